import { useMemo } from "react";
import type { SchoolPlan } from "../../domain/plans/types";
import type { Opening } from "../../lib/journal";
import { useAutosave } from "../../lib/useAutosave";
import { useServices } from "../../services/ServicesProvider";
import { usePlanWrites } from "./mutations";
import { usePlanReads } from "./queries";

/** Unsaved plan edits, kept through a closed or killed tab or a full disk (see lib/journal). */
export function usePlanJournal() {
  return useServices().journals.plans;
}

/**
 * The plan being edited, from `opening` (the stored plan, or the journal's unsaved edits),
 * saved as it is typed (useAutosave) and merged with the stored plan (`stored`, live) when it
 * changes elsewhere, exactly as lessons are.
 */
export function usePlanDraft(
  opening: Opening<SchoolPlan>,
  stored: SchoolPlan | null,
) {
  const { savePlanEdit } = usePlanWrites();
  const { storedPlan } = usePlanReads();
  const { settings, journals } = useServices();
  const store = useMemo(
    () => ({ save: savePlanEdit, read: storedPlan }),
    [savePlanEdit, storedPlan],
  );
  const { record, ...draft } = useAutosave({
    opening,
    stored,
    journal: journals.plans,
    store,
    delayMs: settings.saveDelayMs,
    maxWaitMs: settings.saveMaxWaitMs,
  });
  return { plan: record, ...draft };
}
