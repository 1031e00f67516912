import { useMemo } from "react";
import type { PlannerDatabase } from "../../db/schema";
import type { SchoolPlan } from "../../domain/plans/types";
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
 * The plan writes a page makes, through the app's write path. Saving rejects (the editor shows
 * why and keeps what was typed); creating reports a failure with Try again.
 */
export function usePlanWrites() {
  const { db, writes } = useServices();
  return useMemo(
    () => ({
      savePlan: (plan: SchoolPlan) => writes.attempt(() => savePlan(db, plan)),
      /** A new plan; a failure is reported with Try again. True once stored. */
      createPlan: (plan: SchoolPlan) => writes.run(() => savePlan(db, plan)),
    }),
    [db, writes],
  );
}
