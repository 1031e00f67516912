import type { LessonIndex } from "../domain/lessons/lessonIndex";
import type { SchoolPlan } from "../domain/plans/types";
import { readLessonIndex, type IndexReadCache } from "./lessonRecords";
import type { PlannerDatabase } from "./schema";

export interface GrantRecords {
  /** Every lesson on the device (the grant's conditions span three school years). */
  index: LessonIndex;
  /** The school's plans, not deleted: the sharing sessions are recorded in them. */
  plans: SchoolPlan[];
}

/** What the grant's conditions are counted from. */
export async function readGrantRecords(
  db: PlannerDatabase,
  cache: IndexReadCache,
): Promise<GrantRecords> {
  const [index, plans] = await Promise.all([
    readLessonIndex(db, cache),
    db.plans.toArray(),
  ]);
  return { index, plans: plans.filter((p) => !p.deletedAt) };
}
