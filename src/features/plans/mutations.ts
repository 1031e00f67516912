import { useMemo } from "react";
import type { PlannerDatabase } from "../../db/schema";
import type { SchoolPlan } from "../../domain/plans/types";
import { deepEqual } from "../../domain/merge";
import { nextRevision } from "../../domain/revision";
import type { SaveOutcome } from "../../lib/useAutosave";
import { useServices } from "../../services/ServicesProvider";

export async function savePlan(
  db: PlannerDatabase,
  plan: SchoolPlan,
  now = new Date(),
): Promise<SchoolPlan> {
  const saved = { ...plan, updatedAt: now.toISOString() };
  await db.plans.put(saved);
  return saved;
}

/**
 * Saves the editor's plan over the revision it was edited from (`expected`, null for a plan
 * never saved), checked inside the write's transaction: if the stored plan is no longer that one
 * (another tab, a restored backup), nothing is written and the stored plan comes back, for the
 * editor to merge with.
 */
export function savePlanEdit(
  db: PlannerDatabase,
  plan: SchoolPlan,
  expected: SchoolPlan | null,
  now = new Date(),
): Promise<SaveOutcome<SchoolPlan>> {
  return db.transaction("rw", db.plans, async () => {
    const current = (await db.plans.get(plan.id)) ?? null;
    if (!deepEqual(current, expected)) return { changed: current };
    const saved = {
      ...plan,
      updatedAt: nextRevision(now, current?.updatedAt),
    };
    await db.plans.put(saved);
    return { saved };
  });
}

/**
 * Sets or clears a plan's deletion. A deletion is an edit (a new revision), so it reaches the
 * school server as any edit does; the plan is kept, so Undo can bring it back.
 */
export async function setPlanDeleted(
  db: PlannerDatabase,
  id: string,
  deletedAt: string | null,
  now = new Date(),
): Promise<void> {
  await db.transaction("rw", db.plans, async () => {
    const plan = await db.plans.get(id);
    if (!plan) return;
    await db.plans.put({
      ...plan,
      deletedAt,
      updatedAt: nextRevision(now, plan.updatedAt),
    });
  });
}

/**
 * The plan writes a page makes, through the app's write path. Saving rejects (the editor shows
 * why and keeps what was typed); creating, deleting and restoring report a failure with Try again.
 */
export function usePlanWrites() {
  const { db, writes } = useServices();
  return useMemo(
    () => ({
      /** The editor's save, over the revision it edited (see savePlanEdit). */
      savePlanEdit: (plan: SchoolPlan, expected: SchoolPlan | null) =>
        writes.attempt(() => savePlanEdit(db, plan, expected)),
      /** A new plan; a failure is reported with Try again. True once stored. */
      createPlan: (plan: SchoolPlan) => writes.run(() => savePlan(db, plan)),
      deletePlan: (id: string) =>
        writes.run(() => setPlanDeleted(db, id, new Date().toISOString())),
      restorePlan: (id: string) =>
        writes.run(() => setPlanDeleted(db, id, null)),
    }),
    [db, writes],
  );
}
