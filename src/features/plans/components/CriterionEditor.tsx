import { useState } from "react";
import Box from "@mui/material/Box";
import IconButton from "@mui/material/IconButton";
import Paper from "@mui/material/Paper";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import DeleteOutlined from "@mui/icons-material/DeleteOutlined";
import { useTranslation } from "react-i18next";
import { SelectInput, TextInput } from "../../../components/fields";
import { KEY_STAGE_CODES } from "../../../domain/levels";
import { LESSON_FLAGS } from "../../../domain/lessons/types";
import { evaluate, type Evidence } from "../../../domain/plans/measures";
import {
  FOCUS_MODES,
  MEASURE_STATUSES,
  type FocusMode,
  type MeasureStatus as Status,
} from "../../../domain/plans/record";
import type { Criterion, Measure } from "../../../domain/plans/types";
import { measureText } from "../presets";
import { MeasureStatus } from "./MeasureStatus";

/**
 * A whole number the school sets. What is typed is kept as typed (a field may be empty for a
 * moment while a new number goes in); the measure changes only with a number in range.
 */
function WholeNumber({
  label,
  value,
  max,
  onChange,
}: {
  label: string;
  value: number;
  max: number;
  onChange: (value: number) => void;
}) {
  const { t } = useTranslation("plans");
  const [typed, setTyped] = useState(String(value));
  const shown = Number(typed) === value ? typed : String(value);
  const n = Number(typed);
  const wrong = typed.trim() === "" || !Number.isInteger(n) || n < 0 || n > max;
  return (
    <TextField
      label={label}
      value={wrong ? typed : shown}
      error={wrong}
      helperText={wrong ? t("measureFields.wholeNumber", { max }) : undefined}
      onChange={(e) => {
        setTyped(e.target.value);
        const next = Number(e.target.value);
        if (
          e.target.value.trim() !== "" &&
          Number.isInteger(next) &&
          next >= 0 &&
          next <= max
        )
          onChange(next);
      }}
      slotProps={{
        htmlInput: { inputMode: "numeric", min: 0, max },
        inputLabel: { shrink: true },
      }}
    />
  );
}

/** The measure's numbers, key stage, focuses and the lesson status it counts from, each editable. */
function MeasureFields({
  measure,
  onChange,
}: {
  measure: Measure;
  onChange: (measure: Measure) => void;
}) {
  const { t } = useTranslation("plans");
  const f = (key: string) => t(`measureFields.${key}`);
  const number = (key: string, label: string, value: number, max: number) => (
    <WholeNumber
      key={key}
      label={label}
      value={value}
      max={max}
      onChange={(v) => onChange({ ...measure, [key]: v })}
    />
  );
  const fields = [];
  if (measure.kind === "focusCoverage" || measure.kind === "focusesPerClass")
    fields.push(
      <SelectInput
        key="keyStage"
        label={f("keyStage")}
        value={measure.keyStage}
        options={KEY_STAGE_CODES.map((k) => [k, k] as const)}
        onChange={(keyStage) => onChange({ ...measure, keyStage } as Measure)}
      />,
    );
  switch (measure.kind) {
    case "focusCoverage":
    case "thinkingEvidenceShare":
      fields.push(number("percent", f("percent"), measure.percent, 100));
      break;
    case "focusesPerClass":
      fields.push(
        <SelectInput
          key="mode"
          label={f("focuses")}
          value={measure.mode ?? "all"}
          options={(["all", ...FOCUS_MODES] as const).map(
            (m) => [m, t(`measureFields.modes.${m}`)] as const,
          )}
          onChange={(m) =>
            onChange({
              ...measure,
              mode: m === "all" ? null : (m as FocusMode),
            })
          }
        />,
        number("minimum", f("timesEach"), measure.minimum, 100),
      );
      break;
    case "aiSubjectsLevels":
      fields.push(
        number("subjects", f("subjects"), measure.subjects, 100),
        number("levels", f("levelsEach"), measure.levels, 12),
      );
      break;
    case "flaggedLessons":
      fields.push(
        <SelectInput
          key="flag"
          label={f("flag")}
          value={measure.flag}
          options={LESSON_FLAGS.map(
            (flag) => [flag, t(`measureFields.flags.${flag}`)] as const,
          )}
          onChange={(flag) =>
            onChange({ ...measure, flag: flag as typeof measure.flag })
          }
        />,
        number("minimum", f("lessons"), measure.minimum, 10_000),
        number("subjects", f("acrossSubjects"), measure.subjects, 100),
      );
      break;
    case "sharingSessions":
      fields.push(number("minimum", f("sessions"), measure.minimum, 1_000));
      break;
  }
  if (measure.kind !== "sharingSessions")
    fields.push(
      <SelectInput
        key="reached"
        label={f("reached")}
        value={measure.reached}
        options={MEASURE_STATUSES.map(
          (s) => [s, t(`measureFields.statuses.${s}`)] as const,
        )}
        onChange={(reached) =>
          onChange({ ...measure, reached: reached as Status })
        }
      />,
    );
  return (
    <Box
      sx={{
        display: "grid",
        gap: 1.5,
        gridTemplateColumns: {
          xs: "1fr 1fr",
          md: "repeat(4, minmax(0, 1fr))",
        },
      }}
    >
      {fields}
    </Box>
  );
}

/**
 * One success criterion. A measured one reads as its measure (words made from the numbers the
 * school sets here, so they always agree), with the school's own note beside it if wanted.
 */
export function CriterionEditor({
  criterion,
  n,
  evidence,
  onChange,
  onRemove,
}: {
  criterion: Criterion;
  /** Its place among the task's criteria, from 1. */
  n: number;
  evidence: Evidence | undefined;
  onChange: (criterion: Criterion) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation("plans");
  const { measure } = criterion;
  const remove = (
    <IconButton
      aria-label={t("removeCriterion", { n })}
      onClick={onRemove}
      sx={{ alignSelf: "flex-start" }}
    >
      <DeleteOutlined />
    </IconButton>
  );
  if (!measure)
    return (
      <Box sx={{ display: "flex", gap: 1 }}>
        <TextInput
          multiline
          label={t("criterionN", { n })}
          value={criterion.text}
          onChange={(text) => onChange({ ...criterion, text })}
        />
        {remove}
      </Box>
    );
  const words = measureText(measure, t);
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={t("measuredN", { n, words })}
      sx={{ p: 1.5 }}
    >
      <Box sx={{ display: "flex", gap: 1, alignItems: "flex-start" }}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="caption" color="text.secondary">
            {t("measuredCriterionN", { n })}
          </Typography>
          <Typography aria-live="polite">{words}</Typography>
        </Box>
        {remove}
      </Box>
      <Box sx={{ mt: 1.5 }}>
        <MeasureFields
          measure={measure}
          onChange={(next) => onChange({ ...criterion, measure: next })}
        />
      </Box>
      {evidence && (
        <Box sx={{ mt: 1 }}>
          <MeasureStatus result={evaluate(measure, evidence)} />
        </Box>
      )}
      <Box sx={{ mt: 1.5 }}>
        <TextInput
          multiline
          label={t("criterionNote")}
          helperText={t("criterionNoteHint")}
          value={criterion.text}
          onChange={(text) => onChange({ ...criterion, text })}
        />
      </Box>
    </Paper>
  );
}
