import { derivedVersion } from "../domain/settings";
import type { PlannerDatabase } from "./schema";
import type { indexLessons as IndexLessonsFn } from "./lessonRecords";
import { readSetting, writeSetting } from "./settings";
import { createStore, type Store } from "../lib/store";

type IndexLessons = typeof IndexLessonsFn;

/**
 * The shape of what is derived from lessons (their summaries, now in the lesson index). Raise
 * it when summaryFor or the packing changes: each device then rebuilds it from its lessons, once.
 * 2: summaries carry period and updatedAt, so the library lists from summaries alone.
 * 3: summaries carry the lesson's item ids, so coverage counts from summaries alone.
 * 4: summaries are packed into the lesson index (schema 4).
 */
export const DERIVED_VERSION = 4;

/**
 * Whether the lesson index is being rebuilt (after an update, the library and coverage are
 * empty until it is) or could not be: what the pages tell the teacher instead of "no lessons".
 */
export type DerivedState = "ready" | "rebuilding" | "failed";

/** Rebuilds the lesson index if an older shape wrote it; true if it did. */
export async function ensureDerived(
  db: PlannerDatabase,
  state?: Store<DerivedState>,
): Promise<boolean> {
  // Usually there is nothing to do: a read, so no read-write transaction (and its flush to disk)
  // holds up the section's first queries.
  if ((await readSetting(db, derivedVersion)) === DERIVED_VERSION) return false;
  state?.set("rebuilding");
  try {
    // The packing code loads only when a rebuild is due (and before the transaction, which an
    // await on anything but the database would end): the app's first load stays small.
    const { indexLessons } = await import("./lessonRecords");
    const rebuilt = await rebuild(db, indexLessons);
    state?.set("ready");
    return rebuilt;
  } catch (error) {
    state?.set("failed");
    throw error;
  }
}

function rebuild(
  db: PlannerDatabase,
  indexLessons: IndexLessons,
): Promise<boolean> {
  return db.transaction(
    "rw",
    [db.lessons, db.lessonIndex, db.settings],
    async () => {
      if ((await readSetting(db, derivedVersion)) === DERIVED_VERSION)
        return false;
      await db.lessonIndex.clear();
      await indexLessons(db, await db.lessons.toArray());
      await writeSetting(db, derivedVersion, DERIVED_VERSION);
      return true;
    },
  );
}

/** The lesson index's upkeep on this device: its state, and rebuilding it once per page load. */
export interface DerivedIndex {
  state: Store<DerivedState>;
  /**
   * ensureDerived, at most once per page load. Called when a section that reads the index
   * (lessons, coverage, plans) is first opened, so start-up never waits on it; live queries
   * re-read when it finishes. A failure shows in the state, not as a rejection.
   */
  ensureOnce(): Promise<boolean>;
  /** After a failure (a full disk, say), tries the rebuild again. */
  retry(): Promise<boolean>;
}

export function createDerivedIndex(db: PlannerDatabase): DerivedIndex {
  const state = createStore<DerivedState>("ready");
  let once: Promise<boolean> | undefined;
  const ensureOnce = () => {
    once ??= ensureDerived(db, state).catch(() => false);
    return once;
  };
  return {
    state,
    ensureOnce,
    retry() {
      once = undefined;
      return ensureOnce();
    },
  };
}
