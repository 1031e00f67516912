import { readLessonIndex, summariesOf } from "../../src/db/lessonRecords";
import { readReceipts } from "../../src/db/receipts";
import type { PlannerDatabase } from "../../src/db/schema";
import type { LessonSummary } from "../../src/domain/lessons/types";
import type { ShareReceipt } from "../../src/domain/share/receipt";

/** Every summary in the lesson index, by lesson id: what coverage and the library see. */
export async function indexedSummaries(
  db: PlannerDatabase,
): Promise<LessonSummary[]> {
  return (await readLessonIndex(db))
    .summaries()
    .sort((a, b) => a.lessonId.localeCompare(b.lessonId));
}

/** Every share receipt on the device, by lesson id. */
export async function allReceipts(
  db: PlannerDatabase,
): Promise<ShareReceipt[]> {
  return [...(await readReceipts(db)).values()].sort((a, b) =>
    a.lessonId.localeCompare(b.lessonId),
  );
}

/** One lesson's summary in the index; undefined if it is not there (deleted, or never saved). */
export async function indexedSummary(
  db: PlannerDatabase,
  lessonId: string,
): Promise<LessonSummary | undefined> {
  return (await summariesOf(db, [lessonId]))[0];
}
