import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import FormControlLabel from "@mui/material/FormControlLabel";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import type { Lesson } from "../../../domain/lessons/types";
import { changedFields, type MergeStep } from "../../../domain/share/merge";
import { formatDateTime } from "../../../lib/formatDate";
import { useLocale } from "../../../lib/useLocale";

export type Choice = "mine" | "theirs";
export type Conflict = Extract<MergeStep, { kind: "conflict" }>;

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

/** The lessons changed on both sides since the last import, each settled by the head. */
export function ConflictList({
  conflicts,
  choices,
  onChoose,
}: {
  conflicts: readonly Conflict[];
  choices: ReadonlyMap<string, Choice>;
  onChoose: (choices: ReadonlyMap<string, Choice>) => void;
}) {
  const { t } = useTranslation(["coverage", "lessons"]);
  const locale = useLocale();
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
  const chooseAll = (choice: Choice) =>
    onChoose(new Map(conflicts.map((c) => [c.lesson.id, choice])));

  return (
    <Box component="section" aria-labelledby="import-conflicts">
      <Typography variant="h3" component="h2" id="import-conflicts">
        {t("import.conflicts", { count: conflicts.length })}
      </Typography>
      <Typography sx={{ my: 1 }}>{t("import.conflictsHelp")}</Typography>
      <Box sx={{ display: "flex", gap: 1, mb: 1, flexWrap: "wrap" }}>
        <Button onClick={() => chooseAll("mine")}>{t("import.allMine")}</Button>
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
              teacher: c.sender.teacher || t("notSet"),
              fields: differs(c),
            })}
          </Typography>
          <RadioGroup
            aria-labelledby={`conflict-${c.lesson.id}`}
            value={choices.get(c.lesson.id) ?? ""}
            onChange={(e) =>
              onChoose(
                new Map(choices).set(c.lesson.id, e.target.value as Choice),
              )
            }
          >
            <FormControlLabel
              value="mine"
              control={<Radio sx={{ p: 1.25 }} />}
              label={t("import.mine", {
                when: formatDateTime(c.local.updatedAt, locale),
              })}
            />
            <FormControlLabel
              value="theirs"
              control={<Radio sx={{ p: 1.25 }} />}
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
  );
}
