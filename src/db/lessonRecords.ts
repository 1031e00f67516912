import { mappingRowsFor, summaryFor } from "../domain/lessons/mapping";
import type { Lesson } from "../domain/lessons/types";
import type { PlannerDatabase } from "./schema";

/**
 * Writes lessons with their derived coverage rows and summaries. Call it inside a transaction
 * that holds lessons, lessonMappings and lessonSummaries, so the three never disagree.
 */
export async function putLessons(
  db: PlannerDatabase,
  lessons: readonly Lesson[],
): Promise<void> {
  if (lessons.length === 0) return;
  const ids = lessons.map((l) => l.id);
  await db.lessonMappings.where("lessonId").anyOf(ids).delete();
  await db.lessonSummaries.bulkDelete(ids);
  await db.lessons.bulkPut(lessons);
  await db.lessonMappings.bulkPut(lessons.flatMap(mappingRowsFor));
  await db.lessonSummaries.bulkPut(lessons.flatMap((l) => summaryFor(l) ?? []));
}
