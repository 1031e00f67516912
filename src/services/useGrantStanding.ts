import { useMemo } from "react";
import { useLiveQuery } from "dexie-react-hooks";
import { readGrantRecords } from "../db/grant";
import { grantByYear, type GrantStanding } from "../domain/plans/grant";
import { schoolSessions } from "../domain/plans/sessions";
import type { SchoolPlan } from "../domain/plans/types";
import { useServices } from "./ServicesProvider";
import { useEnsureIndex } from "./useIndexState";

export interface GrantView {
  /** Over the grant period, 2025/26–2027/28. */
  period: GrantStanding[];
  /** Each year of the period alone. */
  years: [string, GrantStanding[]][];
}

/**
 * Where the school stands on the 「智」啟學教 grant's conditions, for Coverage and the plans:
 * from every lesson on the device and the sharing sessions in the school's plans. `editing`:
 * the plan on screen, whose sessions count as shown rather than as last saved.
 */
export function useGrantStanding(
  editing?: Pick<SchoolPlan, "id" | "grant">,
): GrantView | undefined {
  const { db, caches } = useServices();
  useEnsureIndex();
  const records = useLiveQuery(
    () => readGrantRecords(db, caches.lessonIndex),
    [db],
  );
  const id = editing?.id;
  const grant = editing?.grant;
  return useMemo(() => {
    if (!records) return undefined;
    const shown = id && grant ? { id, grant } : undefined;
    return grantByYear(records.index, schoolSessions(records.plans, shown));
  }, [records, id, grant]);
}
