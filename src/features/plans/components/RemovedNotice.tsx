import { useCallback, useState } from "react";
import Button from "@mui/material/Button";
import Snackbar from "@mui/material/Snackbar";
import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation("plans");
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
    <Snackbar
      key={last?.key}
      open={!!last}
      autoHideDuration={10_000}
      onClose={(_, reason) => reason !== "clickaway" && setLast(null)}
      message={last?.message}
      action={
        <Button
          color="secondary"
          onClick={() => {
            if (last) update(last.undo);
            setLast(null);
          }}
        >
          {t("common.undo", { ns: "translation" })}
        </Button>
      }
    />
  );
  return { removed, notice };
}
