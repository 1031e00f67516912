import type { Lesson } from "../domain/lessons/types";
import { receiptFor, type ShareReceipt } from "../domain/share/receipt";
import {
  planMerge,
  stepsToApply,
  type Incoming,
  type MergeStep,
} from "../domain/share/merge";
import { readDeviceId } from "./device";
import { getLessons, putLessons } from "./lessonRecords";
import { putReceipts, readReceipts } from "./receipts";
import type { PlannerDatabase } from "./schema";

/**
 * Reads what the merge needs to decide: the device's copies of these lessons, their receipts
 * and this device's identity (a file made here is the source of the lessons made here).
 */
export async function planShareImport(
  db: PlannerDatabase,
  incoming: readonly Incoming[],
): Promise<MergeStep[]> {
  const ids = [...new Set(incoming.map((i) => i.lesson.id))];
  return db.transaction("r", db.lessons, db.receipts, db.settings, async () => {
    // Only the lessons the device already has are read in full (on a first import, none): the
    // table's keys alone are cheap to read.
    const keys = new Set(await db.lessons.toCollection().primaryKeys());
    const [lessons, receipts, self] = await Promise.all([
      getLessons(
        db,
        ids.filter((id) => keys.has(id)),
      ),
      readReceipts(db),
      readDeviceId(db),
    ]);
    return planMerge(
      incoming,
      new Map(lessons.flatMap((l) => (l ? [[l.id, l] as const] : []))),
      receipts,
      self,
    );
  });
}

export interface ImportDecisions {
  /** For each conflict, by lesson id: keep this device's version, or take the file's. */
  resolutions: ReadonlyMap<string, "mine" | "theirs">;
  /**
   * The senders (senderKey) the head allows to change lessons that came from elsewhere. A
   * sender not here changes none of them.
   */
  allowed: ReadonlySet<string>;
}

export interface ImportCounts {
  added: number;
  updated: number;
  /** This device's version kept: it was newer, or the user chose it. */
  kept: number;
  unchanged: number;
  /** Changes to lessons from elsewhere that the head did not allow: not made. */
  heldBack: number;
}

/**
 * Carries out a merge plan in one transaction: either every lesson (with its index entry and
 * receipt) is written, or nothing is. A change to a lesson that came from elsewhere than its
 * file is made only if the head allowed that file's sender; otherwise the lesson and its
 * receipt stay exactly as they were. A conflict the user has not resolved keeps this device's
 * version and stays a conflict. A receipt is written only where it moves forward, so a
 * repeated import writes nothing.
 */
export async function applyShareImport(
  db: PlannerDatabase,
  plan: readonly MergeStep[],
  { resolutions, allowed }: ImportDecisions,
  now = new Date(),
): Promise<ImportCounts> {
  const { steps, heldBack } = stepsToApply(plan, allowed);
  const counts: ImportCounts = {
    added: 0,
    updated: 0,
    kept: 0,
    unchanged: 0,
    heldBack: heldBack.length,
  };
  const take: Lesson[] = [];
  const receipts: ShareReceipt[] = [];
  await db.transaction(
    "rw",
    [db.lessons, db.lessonIndex, db.receipts, db.settings],
    async () => {
      const [held, self] = await Promise.all([
        readReceipts(db),
        readDeviceId(db),
      ]);
      /** This device's own file: its lessons came from here, and no receipt says otherwise. */
      const own = (step: MergeStep) =>
        step.sender.device !== "" && step.sender.device === self;
      /** Taken: the lesson now comes from this file's sender (from this edit). */
      const took = (step: MergeStep) => {
        if (!own(step))
          receipts.push(receiptFor(step.lesson, step.sender, now));
      };
      /**
       * Settled against this file's edit without taking it: the base moves, the lesson's
       * source does not. Only for the file the lesson came from (refusing another's edit
       * gives that sender nothing).
       */
      const settle = (step: MergeStep) => {
        const have = held.get(step.lesson.id);
        if (!have || step.other || have.baseUpdatedAt >= step.lesson.updatedAt)
          return;
        receipts.push(
          receiptFor(
            step.lesson,
            { teacher: have.from, device: have.device },
            now,
          ),
        );
      };
      for (const step of steps) {
        const theirs =
          step.kind === "add" ||
          step.kind === "update" ||
          (step.kind === "conflict" &&
            resolutions.get(step.lesson.id) === "theirs");
        if (theirs) {
          take.push(step.lesson);
          took(step);
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
