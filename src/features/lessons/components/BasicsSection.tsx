import Autocomplete from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import TextField from "@mui/material/TextField";
import { useTranslation } from "react-i18next";
import { LEVELS, type Level } from "../../../domain/levels";
import { nearbySchoolYears, todayIso } from "../../../domain/lessons/lesson";
import { SUBJECTS, subjectName } from "../../../domain/lessons/subjects";
import type { Lesson } from "../../../domain/lessons/types";
import { useLocale } from "../../../lib/useLocale";
import {
  NumberInput,
  SelectInput,
  TextInput,
} from "../../../components/fields";
import { Section } from "./Section";
import { memoOnFields } from "./memoOnFields";

interface Props {
  lesson: Lesson;
  update: (change: (l: Lesson) => Lesson) => void;
  /** Fields the chosen status still needs, shown in red. */
  missing: readonly string[];
}

const grid = {
  display: "grid",
  gap: 2,
  gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr", lg: "1fr 1fr 1fr" },
};

function BasicsSectionFields({ lesson, update, missing }: Props) {
  const { t } = useTranslation("lessons");
  const locale = useLocale();
  const set =
    <K extends keyof Lesson>(key: K) =>
    (value: Lesson[K]) =>
      update((l) => ({ ...l, [key]: value }));
  const years = [
    ...new Set([...nearbySchoolYears(todayIso()), lesson.schoolYear]),
  ].sort();
  const subjectOptions = SUBJECTS.map((s) => s.id as string);

  return (
    <Section id="basics" title={t("lessons.sections.basics")}>
      <Box sx={grid}>
        <Autocomplete
          freeSolo
          options={subjectOptions}
          value={lesson.subject || null}
          getOptionLabel={(option) => subjectName(option, locale)}
          onChange={(_, value) => set("subject")(value ?? "")}
          onInputChange={(_, text, reason) => {
            // A school's own subject is kept as typed; a known subject's name becomes its id.
            if (reason !== "input") return;
            const known = SUBJECTS.find(
              (s) => s.name.en === text || s.name["zh-HK"] === text,
            );
            set("subject")(known ? known.id : text);
          }}
          renderInput={(params) => (
            <TextField
              {...params}
              label={t("lessons.fields.subject")}
              error={missing.includes("subject")}
              helperText={
                missing.includes("subject")
                  ? t("lessons.required")
                  : t("lessons.fields.subjectHint")
              }
            />
          )}
        />
        <SelectInput
          label={t("lessons.fields.level")}
          value={lesson.level ?? ""}
          emptyLabel={t("lessons.notSet")}
          options={LEVELS.map((l) => [l, t(`levels.${l}`)] as const)}
          onChange={(v) => set("level")((v || null) as Level | null)}
          error={missing.includes("level")}
          helperText={
            missing.includes("level") ? t("lessons.required") : undefined
          }
        />
        <TextInput
          label={t("lessons.fields.className")}
          placeholder={t("lessons.fields.classNameExample")}
          value={lesson.className}
          onChange={set("className")}
        />
        <SelectInput
          label={t("lessons.fields.schoolYear")}
          value={lesson.schoolYear}
          options={years.map((y) => [y, y] as const)}
          onChange={set("schoolYear")}
        />
        <SelectInput
          label={t("lessons.fields.term")}
          value={lesson.term === null ? "" : String(lesson.term)}
          emptyLabel={t("lessons.notSet")}
          options={[1, 2, 3].map(
            (n) => [String(n), t("lessons.termN", { n })] as const,
          )}
          onChange={(v) => set("term")(v ? (Number(v) as 1 | 2 | 3) : null)}
        />
        <TextInput
          type="date"
          label={t("lessons.fields.date")}
          value={lesson.date ?? ""}
          onChange={(v) => set("date")(v || null)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <SelectInput
          label={t("lessons.fields.period")}
          value={lesson.period === null ? "" : String(lesson.period)}
          emptyLabel={t("lessons.notSet")}
          options={Array.from(
            { length: 10 },
            (_, i) =>
              [String(i + 1), t("lessons.periodN", { n: i + 1 })] as const,
          )}
          onChange={(v) => set("period")(v ? Number(v) : null)}
        />
        <TextInput
          type="time"
          label={t("lessons.fields.startTime")}
          value={lesson.startTime}
          onChange={set("startTime")}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <NumberInput
          label={t("lessons.fields.duration")}
          value={lesson.durationMinutes}
          onChange={set("durationMinutes")}
          max={600}
        />
      </Box>
      <Box
        sx={{
          mt: 2,
          display: "grid",
          gap: 2,
          gridTemplateColumns: { xs: "1fr", sm: "2fr 1fr" },
        }}
      >
        <TextInput
          label={t("lessons.fields.unit")}
          value={lesson.unit}
          onChange={set("unit")}
        />
        <TextInput
          label={t("lessons.fields.author")}
          value={lesson.author}
          onChange={set("author")}
        />
      </Box>
    </Section>
  );
}

export const BasicsSection = memoOnFields(BasicsSectionFields, [
  "subject",
  "level",
  "className",
  "schoolYear",
  "term",
  "date",
  "period",
  "startTime",
  "durationMinutes",
  "unit",
  "author",
]);
