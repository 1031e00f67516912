import { useState } from "react";
import type { SchoolPlan } from "../../domain/plans/types";
import { journalFor, pickStartingVersion } from "../../lib/journal";
import { useAutosave } from "../../lib/useAutosave";
import { useServices } from "../../services/ServicesProvider";
import { usePlanWrites } from "./mutations";

/** Unsaved plan edits, kept through a closed tab or a full disk (see lib/journal). */
export const planJournal = journalFor<SchoolPlan>("plan");

/**
 * The plan being edited, from the stored plan or the journal's unsaved edits (unless the plan
 * changed since), saved as it is typed (useAutosave), exactly as lessons are.
 */
export function usePlanDraft(stored: SchoolPlan) {
  const [initial] = useState(
    () => pickStartingVersion(stored, planJournal.read(stored.id)) ?? stored,
  );
  const { savePlan } = usePlanWrites();
  const { settings } = useServices();
  const { record, ...draft } = useAutosave({
    initial,
    stored,
    journal: planJournal,
    save: savePlan,
    delayMs: settings.saveDelayMs,
  });
  return { plan: record, ...draft };
}
