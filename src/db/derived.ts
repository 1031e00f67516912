import { derivedVersion } from "../domain/settings";
import type { PlannerDatabase } from "./schema";
import { DERIVED_VERSION } from "./derivedVersion";
import { indexLessons } from "./lessonRecords";
import { readSetting, writeSetting } from "./settings";
import type { Store } from "../lib/store";

export { DERIVED_VERSION };

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
    const rebuilt = await rebuild(db);
    state?.set("ready");
    return rebuilt;
  } catch (error) {
    state?.set("failed");
    throw error;
  }
}

function rebuild(db: PlannerDatabase): Promise<boolean> {
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
