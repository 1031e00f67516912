import { useCallback, useEffect, useRef, useState } from "react";
import type { SchoolPlan } from "../../domain/plans/types";
import { journalFor, pickStartingVersion } from "../../lib/journal";
import { savePlan } from "./mutations";

export type PlanSaveState = "saved" | "saving" | "failed";

/** Unsaved plan edits, kept through a closed tab or a full disk (see lib/journal). */
export const planJournal = journalFor<SchoolPlan>("plan");

/**
 * The plan being edited, from the stored plan or the journal's unsaved edits: changes show at once, go to the journal at once, and are saved after a
 * short pause or when the page is left. A failed save (a full disk) keeps every change in memory
 * and in the journal, says why, and is tried again on the next edit or on "Try again".
 */
export function usePlanDraft(stored: SchoolPlan) {
  // The stored plan, or the edits the journal kept from last time (unless it changed since).
  const [initial] = useState(
    () => pickStartingVersion(stored, planJournal.read(stored.id)) ?? stored,
  );
  const [plan, setPlan] = useState(initial);
  const [state, setState] = useState<PlanSaveState>("saved");
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(initial);
  const base = useRef(stored.updatedAt);
  const dirty = useRef(initial !== stored);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = useCallback(async () => {
    clearTimeout(timer.current);
    if (!dirty.current) return;
    dirty.current = false;
    setState("saving");
    try {
      const saved = await savePlan(latest.current);
      base.current = saved.updatedAt;
      setError(null);
      if (dirty.current) setState("saving");
      else {
        planJournal.clear(saved.id);
        setState("saved");
      }
    } catch (e) {
      dirty.current = true;
      setError(e);
      setState("failed");
    }
  }, []);

  const update = useCallback(
    (change: (plan: SchoolPlan) => SchoolPlan) => {
      latest.current = change(latest.current);
      dirty.current = true;
      planJournal.write({
        record: latest.current,
        baseUpdatedAt: base.current,
      });
      setPlan(latest.current);
      setState((s) => (s === "failed" ? s : "saving"));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), 600);
    },
    [save],
  );

  useEffect(() => {
    // Edits restored from the journal are saved straight away.
    if (dirty.current) void save();
    const flush = () => void save();
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", flush);
      void save();
    };
  }, [save]);

  return { plan, update, state, error, saveNow: save };
}
