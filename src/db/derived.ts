import { mappingRowsFor, summaryFor } from "../domain/lessons/mapping";
import type { PlannerDatabase } from "./schema";

/**
 * The shape of the tables derived from lessons (coverage rows and summaries). Raise it when
 * mappingRowsFor or summaryFor change: each device then rebuilds them from its lessons, once.
 * 2: summaries carry period and updatedAt, so the library lists from summaries alone.
 */
export const DERIVED_VERSION = 2;
const SETTING = "derivedVersion";

/** Rebuilds the derived tables if they were written by an older shape; true if it did. */
export async function ensureDerived(db: PlannerDatabase): Promise<boolean> {
  return db.transaction(
    "rw",
    [db.lessons, db.lessonMappings, db.lessonSummaries, db.settings],
    async () => {
      const stored = await db.settings.get(SETTING);
      if (stored?.value === DERIVED_VERSION) return false;
      const lessons = await db.lessons.toArray();
      await db.lessonMappings.clear();
      await db.lessonSummaries.clear();
      await db.lessonMappings.bulkPut(lessons.flatMap(mappingRowsFor));
      await db.lessonSummaries.bulkPut(
        lessons.flatMap((l) => summaryFor(l) ?? []),
      );
      await db.settings.put({ key: SETTING, value: DERIVED_VERSION });
      return true;
    },
  );
}

let once: Promise<boolean> | undefined;

/**
 * ensureDerived, at most once per page load. Called when a section that reads the derived
 * tables (lessons, coverage, plans) is first opened, so start-up never waits on it; live queries
 * re-read when it finishes.
 */
export function ensureDerivedOnce(db: PlannerDatabase): Promise<boolean> {
  once ??= ensureDerived(db).catch(() => false);
  return once;
}
