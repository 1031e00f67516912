import { useCallback, useEffect, useRef, useState } from "react";
import type { SchoolPlan } from "../../domain/plans/types";
import { savePlan } from "./mutations";

export type PlanSaveState = "saved" | "saving" | "failed";

/** The plan being edited: changes show at once and are saved after a short pause, or when the page is left. */
export function usePlanDraft(initial: SchoolPlan) {
  const [plan, setPlan] = useState(initial);
  const [state, setState] = useState<PlanSaveState>("saved");
  const latest = useRef(initial);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = useCallback(async () => {
    clearTimeout(timer.current);
    if (!dirty.current) return;
    dirty.current = false;
    setState("saving");
    try {
      await savePlan(latest.current);
      setState(dirty.current ? "saving" : "saved");
    } catch {
      dirty.current = true;
      setState("failed");
    }
  }, []);

  const update = useCallback(
    (change: (plan: SchoolPlan) => SchoolPlan) => {
      latest.current = change(latest.current);
      dirty.current = true;
      setPlan(latest.current);
      setState("saving");
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), 600);
    },
    [save],
  );

  useEffect(() => {
    const flush = () => void save();
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", flush);
      void save();
    };
  }, [save]);

  return { plan, update, state, saveNow: save };
}
