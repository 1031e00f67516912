import { useLiveQuery } from "dexie-react-hooks";
import { db } from "../../db/db";
import { readFrameworks } from "../../db/frameworkItems";
import { readLessonIndex } from "../../db/lessonRecords";
import { ensureDerivedOnce } from "../../db/derived";
import type { SchoolPlan } from "../../domain/plans/types";
import type { Evidence } from "../../domain/plans/measures";
import type { FrameworkItemRecord } from "../../domain/framework/types";

// The lesson index, if an older version wrote it, is rebuilt once, in the background.
void ensureDerivedOnce(db);

export const AI_LITERACY_ID = "hk-edb-ai-literacy-framework";
export const BLUEPRINT_ID = "hk-edb-digital-education-blueprint";

export function usePlans(): SchoolPlan[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.plans.orderBy("updatedAt").reverse().toArray()).filter(
        (p) => !p.deletedAt,
      ),
    [],
  );
}

export function usePlan(id: string): SchoolPlan | null | undefined {
  return useLiveQuery(async () => (await db.plans.get(id)) ?? null, [id]);
}

/** The lesson index narrowed to one school year: the evidence a plan is measured by. */
export function useEvidence(schoolYear: string): Evidence | undefined {
  return useLiveQuery(async () => {
    const [all, items] = await Promise.all([
      readLessonIndex(db),
      db.frameworkItems.where("frameworkId").equals(AI_LITERACY_ID).toArray(),
    ]);
    return { index: all.year(schoolYear), items, schoolYear };
  }, [schoolYear]);
}

/** Blueprint strategies, for linking targets and tasks and for the draft. */
export function useStrategies(): FrameworkItemRecord[] | undefined {
  return useLiveQuery(
    async () =>
      (
        await db.frameworkItems
          .where("frameworkId")
          .equals(BLUEPRINT_ID)
          .sortBy("position")
      ).filter(
        (i) => i.type === "strategy" && i.retiredInVersion === undefined,
      ),
    [],
  );
}

/** What a target or task can link to: Blueprint strategies, then AI Literacy learning focuses. */
export function useLinkableItems(): FrameworkItemRecord[] | undefined {
  return useLiveQuery(async () => {
    const { items } = await readFrameworks(db);
    const current = items
      .filter((i) => i.retiredInVersion === undefined)
      .sort((a, b) => a.position - b.position);
    return [
      ...current.filter((i) => i.type === "strategy"),
      ...current.filter((i) => i.type === "learning-focus"),
    ];
  }, []);
}
