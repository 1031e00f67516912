import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import FormControlLabel from "@mui/material/FormControlLabel";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import { FileExcerpt } from "../../../components/FileExcerpt";
import { useFileProblemText } from "../../../components/useFileProblemText";
import type { Lesson } from "../../../domain/lessons/types";
import { changedFields, type MergeStep } from "../../../domain/share/share";
import { isQuotaError } from "../../../lib/errors";
import { formatDateTime } from "../../../lib/formatDate";
import { useLocale } from "../../../lib/useLocale";
import { useCoverageWrites, type ImportPreview } from "../mutations";

type Choice = "mine" | "theirs";
type Conflict = Extract<MergeStep, { kind: "conflict" }>;
export type ImportOutcome =
  | { kind: "done"; text: string }
  | { kind: "failed"; quota: boolean }
  | { kind: "cancelled" };

/** Where a lesson field is edited, for naming what two versions differ in. */
const FIELD_SECTION: Partial<Record<keyof Lesson, string>> = {
  activities: "sections.activities",
  mappings: "sections.framework",
  aiUses: "sections.aiUse",
  thinkingEvidence: "sections.aiUse",
  thinkingEvidenceNote: "sections.aiUse",
  flags: "sections.aiUse",
  durationMinutes: "fields.duration",
};

/**
 * What importing teachers' files would do: each file (or why it was refused), the counts, and the
 * lessons changed on both sides, each settled by the head, before anything is written in one
 * transaction. Loaded only when a head picks files.
 */
export default function ImportDialog({
  preview,
  onClose,
}: {
  preview: ImportPreview;
  onClose: (outcome: ImportOutcome | null) => void;
}) {
  const { t } = useTranslation(["coverage", "lessons"]);
  const locale = useLocale();
  const { importShared } = useCoverageWrites();
  const [choices, setChoices] = useState<ReadonlyMap<string, Choice>>(
    new Map(),
  );
  const steps = preview.steps;
  const conflicts = steps.filter((s): s is Conflict => s.kind === "conflict");
  const tally = (kind: MergeStep["kind"]) =>
    steps.filter((s) => s.kind === kind).length;
  const unresolved = conflicts.filter((c) => !choices.has(c.lesson.id)).length;
  const chooseAll = (choice: Choice) =>
    setChoices(new Map(conflicts.map((c) => [c.lesson.id, choice])));

  const apply = async () => {
    try {
      const counts = await importShared(steps, choices);
      onClose({
        kind: "done",
        text: t("import.done", {
          count: preview.files.filter((f) => f.result.ok).length,
          ...counts,
        }),
      });
    } catch (e) {
      onClose({ kind: "failed", quota: isQuotaError(e) });
    }
  };

  const problemText = useFileProblemText("coverage:import.problem");
  const fieldLabel = (k: keyof Lesson) =>
    t(FIELD_SECTION[k] ?? `fields.${k}`, {
      ns: "lessons",
      keyPrefix: "lessons",
      defaultValue: k,
    });
  const differs = (c: Conflict) =>
    [...new Set(changedFields(c.local, c.lesson).map(fieldLabel))].join(
      t("separator"),
    );

  return (
    <Dialog
      open
      onClose={() => onClose(null)}
      fullWidth
      maxWidth="md"
      scroll="paper"
    >
      <DialogTitle>{t("import.title")}</DialogTitle>
      <DialogContent dividers>
        <Box component="ul" sx={{ pl: 0, listStyle: "none", mt: 0 }}>
          {preview.files.map(({ name, result }, i) => (
            <Box component="li" key={`${name}-${i}`} sx={{ mb: 1 }}>
              <Alert
                severity={result.ok ? "info" : "error"}
                icon={result.ok ? false : undefined}
              >
                <Box
                  component="strong"
                  sx={{ display: "block", overflowWrap: "anywhere" }}
                >
                  {name}
                </Box>
                <Box component="span" sx={{ display: "block" }}>
                  {result.ok
                    ? t("import.fileHolds", {
                        teacher: result.file.data.teacher || t("notSet"),
                        count: result.file.data.lessons.length,
                        when: formatDateTime(result.file.createdAt, locale),
                      })
                    : `${problemText(result.problem)} ${t("import.leftOut")}`}
                </Box>
                {!result.ok && <FileExcerpt problem={result.problem} />}
              </Alert>
            </Box>
          ))}
        </Box>
        <Typography sx={{ mb: 2 }}>
          {t("import.plan", {
            add: tally("add"),
            update: tally("update"),
            same: tally("same"),
            keep: tally("keep"),
          })}
        </Typography>
        {conflicts.length > 0 && (
          <Box component="section" aria-labelledby="import-conflicts">
            <Typography variant="h3" component="h2" id="import-conflicts">
              {t("import.conflicts", { count: conflicts.length })}
            </Typography>
            <Typography sx={{ my: 1 }}>{t("import.conflictsHelp")}</Typography>
            <Box sx={{ display: "flex", gap: 1, mb: 1, flexWrap: "wrap" }}>
              <Button onClick={() => chooseAll("mine")}>
                {t("import.allMine")}
              </Button>
              <Button onClick={() => chooseAll("theirs")}>
                {t("import.allTheirs")}
              </Button>
            </Box>
            {conflicts.map((c) => (
              <Box
                key={c.lesson.id}
                sx={{
                  border: 1,
                  borderColor: "divider",
                  borderRadius: 1,
                  p: 1.5,
                  mb: 1,
                }}
              >
                <Typography
                  sx={{ fontWeight: 600, overflowWrap: "anywhere" }}
                  id={`conflict-${c.lesson.id}`}
                >
                  {c.local.title}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {t("import.conflictFrom", {
                    teacher: c.from || t("notSet"),
                    fields: differs(c),
                  })}
                </Typography>
                <RadioGroup
                  aria-labelledby={`conflict-${c.lesson.id}`}
                  value={choices.get(c.lesson.id) ?? ""}
                  onChange={(e) =>
                    setChoices((m) =>
                      new Map(m).set(c.lesson.id, e.target.value as Choice),
                    )
                  }
                >
                  <FormControlLabel
                    value="mine"
                    control={<Radio />}
                    label={t("import.mine", {
                      when: formatDateTime(c.local.updatedAt, locale),
                    })}
                  />
                  <FormControlLabel
                    value="theirs"
                    control={<Radio />}
                    label={t("import.theirs", {
                      title: c.lesson.title,
                      when: formatDateTime(c.lesson.updatedAt, locale),
                    })}
                    sx={{ overflowWrap: "anywhere" }}
                  />
                </RadioGroup>
              </Box>
            ))}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        {unresolved > 0 && (
          <Typography color="warning.main" sx={{ mr: "auto", ml: 1 }}>
            {t("import.unresolved", { count: unresolved })}
          </Typography>
        )}
        <Button onClick={() => onClose(null)}>{t("close")}</Button>
        <Button
          variant="contained"
          disabled={unresolved > 0 || steps.length === 0}
          onClick={() => void apply()}
        >
          {t("import.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
