import { useMemo } from "react";
import { useLiveQuery } from "dexie-react-hooks";
import { useServices } from "../../services/ServicesProvider";
import { useEnsureIndex } from "../../services/useIndexState";
import { readFrameworks } from "../../db/frameworkItems";
import { readLessonIndex } from "../../db/lessonRecords";
import { planMarks, type PlanMarks } from "../../db/planSync";
import type { SchoolPlan } from "../../domain/plans/types";
import type { Evidence } from "../../domain/plans/measures";
import { sessionsIn } from "../../domain/plans/grant";
import { schoolSessions } from "../../domain/plans/sessions";
import {
  schoolTypeOfStages,
  type SchoolType,
} from "../../domain/plans/schoolType";
import type { FrameworkItemRecord } from "../../domain/framework/types";

export const AI_LITERACY_ID = "hk-edb-ai-literacy-framework";
export const BLUEPRINT_ID = "hk-edb-digital-education-blueprint";

export function usePlans(): SchoolPlan[] | undefined {
  const { db } = useServices();
  return useLiveQuery(
    async () =>
      (await db.plans.orderBy("updatedAt").reverse().toArray()).filter(
        (p) => !p.deletedAt,
      ),
    [db],
  );
}

export function usePlan(id: string): SchoolPlan | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await db.plans.get(id)) ?? null, [db, id]);
}

/**
 * How the school server marks this device's plans: those a teacher's device holds read-only
 * (the heads keep them), and the copies a head's device kept when two heads' edits crossed.
 */
export function useSchoolPlanMarks(): PlanMarks | undefined {
  const { db } = useServices();
  return useLiveQuery(() => planMarks(db), [db]);
}

/** The reads the plan editor makes outside a live query. */
export function usePlanReads() {
  const { db } = useServices();
  return useMemo(
    () => ({
      /** The plan as stored, deleted or not (what the editor merges with), or null. */
      storedPlan: async (id: string) => (await db.plans.get(id)) ?? null,
    }),
    [db],
  );
}

/**
 * The lesson index narrowed to one school year, and the sharing sessions held in it: the
 * evidence a plan is measured by. `editing`: the plan on screen, whose sessions count as shown.
 */
export function useEvidence(
  schoolYear: string,
  editing?: SchoolPlan,
): Evidence | undefined {
  const { db, caches } = useServices();
  useEnsureIndex();
  const found = useLiveQuery(async () => {
    const [all, items, plans] = await Promise.all([
      readLessonIndex(db, caches.lessonIndex),
      db.frameworkItems.where("frameworkId").equals(AI_LITERACY_ID).toArray(),
      db.plans.toArray(),
    ]);
    return { index: all.year(schoolYear), items, plans };
  }, [db, schoolYear]);
  // Only the plan's grant records matter here, not every keystroke elsewhere in it.
  const editingId = editing?.id;
  const editingGrant = editing?.grant;
  return useMemo(() => {
    if (!found) return undefined;
    const live = found.plans.filter((p) => !p.deletedAt);
    const shown =
      editingId && editingGrant
        ? { id: editingId, grant: editingGrant }
        : undefined;
    return {
      index: found.index,
      items: found.items,
      schoolYear,
      sessions: sessionsIn(schoolSessions(live, shown), [schoolYear]),
    };
  }, [found, editingId, editingGrant, schoolYear]);
}

/** Blueprint strategies, for linking targets and tasks and for the draft. */
export function useStrategies(): FrameworkItemRecord[] | undefined {
  const { db } = useServices();
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
    [db],
  );
}

/** What a target or task can link to: Blueprint strategies, then AI Literacy learning focuses. */
export function useLinkableItems(): FrameworkItemRecord[] | undefined {
  const { db, caches } = useServices();
  return useLiveQuery(async () => {
    const { items } = await readFrameworks(db, caches.frameworks);
    const current = items
      .filter((i) => i.retiredInVersion === undefined)
      .sort((a, b) => a.position - b.position);
    return [
      ...current.filter((i) => i.type === "strategy"),
      ...current.filter((i) => i.type === "learning-focus"),
    ];
  }, [db]);
}

/** The kind of school the lessons on this device say (see schoolTypeOfStages); null if they do not. */
export function useSchoolTypeOfLessons(): SchoolType | null | undefined {
  const { db, caches } = useServices();
  useEnsureIndex();
  return useLiveQuery(
    async () =>
      schoolTypeOfStages(
        (await readLessonIndex(db, caches.lessonIndex)).distinct("keyStage"),
      ),
    [db],
  );
}
