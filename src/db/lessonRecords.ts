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
  const ids = lessons.map((l) => l.id);
  await db.lessonSummaries.bulkDelete(ids);
  await db.lessons.bulkPut(lessons);
  await db.lessonSummaries.bulkPut(lessons.flatMap((l) => summaryFor(l) ?? []));
}
