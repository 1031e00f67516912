import type { Lesson } from "../domain/lessons/types";
import { receiptFor, type ShareReceipt } from "../domain/share/receipt";
import {
  planMerge,
  type Incoming,
  type MergeStep,
} from "../domain/share/share";
import { getLessons, putLessons } from "./lessonRecords";
import { putReceipts, readReceipts } from "./receipts";
import type { PlannerDatabase } from "./schema";

/** Reads what the merge needs to decide: the device's copies of these lessons and their receipts. */
export async function planShareImport(
  db: PlannerDatabase,
  incoming: readonly Incoming[],
): Promise<MergeStep[]> {
  const ids = [...new Set(incoming.map((i) => i.lesson.id))];
  return db.transaction("r", db.lessons, db.receipts, async () => {
    // Only the lessons the device already has are read in full (on a first import, none): the
    // table's keys alone are cheap to read.
    const keys = new Set(await db.lessons.toCollection().primaryKeys());
    const [lessons, receipts] = await Promise.all([
      getLessons(
        db,
        ids.filter((id) => keys.has(id)),
      ),
      readReceipts(db),
    ]);
    return planMerge(
      incoming,
      new Map(lessons.flatMap((l) => (l ? [[l.id, l] as const] : []))),
      receipts,
    );
  });
}

/** For each conflict, by lesson id: keep this device's version, or take the file's. */
export type Resolutions = ReadonlyMap<string, "mine" | "theirs">;

export interface ImportCounts {
  added: number;
  updated: number;
  /** This device's version kept: it was newer, or the user chose it. */
  kept: number;
  unchanged: number;
}

/**
 * Carries out a merge plan in one transaction: either every lesson (with its index entry and
 * receipt) is written, or nothing is. A conflict the user has not resolved keeps this device's
 * version and stays a conflict. A receipt is written only where it moves forward, so a repeated import writes nothing.
 */
export async function applyShareImport(
  db: PlannerDatabase,
  steps: readonly MergeStep[],
  resolutions: Resolutions,
  now = new Date(),
): Promise<ImportCounts> {
  const counts: ImportCounts = { added: 0, updated: 0, kept: 0, unchanged: 0 };
  const take: Lesson[] = [];
  const receipts: ShareReceipt[] = [];
  const receipt = (step: MergeStep) => receiptFor(step.lesson, step.from, now);
  await db.transaction(
    "rw",
    [db.lessons, db.lessonIndex, db.receipts],
    async () => {
      const held = await readReceipts(db);
      /** Settled against this file's edit without taking it. */
      const settle = (step: MergeStep) => {
        const have = held.get(step.lesson.id);
        if (!have || have.baseUpdatedAt < step.lesson.updatedAt)
          receipts.push(receipt(step));
      };
      for (const step of steps) {
        const theirs =
          step.kind === "add" ||
          step.kind === "update" ||
          (step.kind === "conflict" &&
            resolutions.get(step.lesson.id) === "theirs");
        if (theirs) {
          take.push(step.lesson);
          receipts.push(receipt(step));
          counts[step.kind === "add" ? "added" : "updated"]++;
        } else {
          // An unresolved conflict is left open, to be shown again next time.
          if (step.kind !== "conflict" || resolutions.has(step.lesson.id))
            settle(step);
          counts[step.kind === "same" ? "unchanged" : "kept"]++;
        }
      }
      await putLessons(db, take);
      await putReceipts(db, receipts, held);
    },
  );
  return counts;
}
