import { summaryFor } from "../domain/lessons/mapping";
import type { Lesson } from "../domain/lessons/types";
import type { PlannerDatabase } from "./schema";

/**
 * Writes lessons with their summaries (what coverage, plans and the library read). Call it
 * inside a transaction that holds lessons and lessonSummaries, so the two never disagree.
 */
export async function putLessons(
  db: PlannerDatabase,
  lessons: readonly Lesson[],
): Promise<void> {
  if (lessons.length === 0) return;
  const summaries = [];
  const gone = [];
  for (const lesson of lessons) {
    const summary = summaryFor(lesson);
    if (summary) summaries.push(summary);
    else gone.push(lesson.id); // deleted: it leaves coverage and the library
  }
  await db.lessons.bulkPut(lessons);
  await db.lessonSummaries.bulkPut(summaries);
  if (gone.length > 0) await db.lessonSummaries.bulkDelete(gone);
}
