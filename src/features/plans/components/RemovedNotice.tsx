import { useCallback, useState } from "react";
import { UndoSnackbar } from "../../../components/UndoSnackbar";
import type { SchoolPlan } from "../../../domain/plans/types";

/** What a section calls after removing part of a plan: what to say, and how to put it back. */
export type Removed = (
  message: string,
  undo: (p: SchoolPlan) => SchoolPlan,
) => void;

/**
 * A removal says what went and offers Undo, which puts the part back where it was in the plan
 * as it is now (edits made since are kept).
 */
export function useRemovedNotice(
  update: (change: (p: SchoolPlan) => SchoolPlan) => void,
) {
  const [last, setLast] = useState<{
    message: string;
    undo: (p: SchoolPlan) => SchoolPlan;
    key: number;
  } | null>(null);
  const removed: Removed = useCallback(
    (message, undo) => setLast({ message, undo, key: Date.now() }),
    [],
  );
  const notice = (
    <UndoSnackbar
      key={last?.key}
      open={!!last}
      message={last?.message ?? ""}
      onClose={() => setLast(null)}
      onUndo={() => {
        if (last) update(last.undo);
        setLast(null);
      }}
    />
  );
  return { removed, notice };
}
