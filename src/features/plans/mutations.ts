import { db } from "../../db/db";
import type { SchoolPlan } from "../../domain/plans/types";

export async function savePlan(
  plan: SchoolPlan,
  now = new Date(),
): Promise<SchoolPlan> {
  const saved = { ...plan, updatedAt: now.toISOString() };
  await db.plans.put(saved);
  return saved;
}

export async function deletePlan(id: string, now = new Date()): Promise<void> {
  await db.plans.update(id, { deletedAt: now.toISOString() });
}

export async function restorePlan(id: string): Promise<void> {
  await db.plans.update(id, { deletedAt: null });
}
