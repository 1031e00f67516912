import Box from "@mui/material/Box";
import { useTranslation } from "react-i18next";
import { SelectInput } from "../../../components/SelectInput";
import { DIMENSIONS } from "../../../domain/coverage/coverage";
import { nearbySchoolYears, todayIso } from "../../../domain/lessons/lesson";
import { subjectName } from "../../../domain/lessons/subjects";
import {
  distinctValues,
  type LessonColumns,
} from "../../../domain/lessons/columns";
import { LEVELS } from "../../../domain/levels";
import { useLocale } from "../../../lib/useLocale";
import type { CoverageView } from "../params";

interface Props {
  view: CoverageView;
  setParam: (key: string, value: string) => void;
  /** The year's lessons: the subjects, classes and teachers to offer. */
  lessons: LessonColumns;
  /** School years that have lessons, newest first. */
  schoolYears: string[];
}

const distinct = (values: string[]) =>
  [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b));

/** What to count, split by what, and for whom. Every choice is kept in the address. */
export function CoverageFilters({
  view,
  setParam,
  lessons,
  schoolYears,
}: Props) {
  const { t } = useTranslation("coverage");
  const locale = useLocale();
  const all = t("all");
  const yearOptions = distinct([
    ...schoolYears,
    ...nearbySchoolYears(todayIso()),
    view.filter.schoolYear,
  ]).reverse();
  return (
    <Box
      role="group"
      aria-label={t("filters")}
      sx={{
        display: "grid",
        gap: 1.5,
        mb: 3,
        gridTemplateColumns: {
          xs: "1fr 1fr",
          sm: "repeat(4, 1fr)",
          lg: "repeat(8, 1fr)",
        },
        "@media print": { display: "none" },
      }}
    >
      <SelectInput
        label={t("show")}
        value={view.status}
        options={(["planned", "taught", "assessed"] as const).map(
          (s) => [s, t(`statusFilter.${s}`)] as const,
        )}
        onChange={(v) => setParam("status", v === "planned" ? "" : v)}
      />
      <SelectInput
        label={t("by")}
        value={view.dimension}
        options={DIMENSIONS.map((d) => [d, t(`dimension.${d}`)] as const)}
        onChange={(v) => setParam("by", v === "keyStage" ? "" : v)}
      />
      <SelectInput
        label={t("schoolYear")}
        value={view.filter.schoolYear}
        options={yearOptions.map((y) => [y, y] as const)}
        onChange={(v) => setParam("year", v)}
      />
      <SelectInput
        label={t("term")}
        value={view.filter.term ? String(view.filter.term) : ""}
        emptyLabel={all}
        options={["1", "2", "3"].map((n) => [n, t("termN", { n })] as const)}
        onChange={(v) => setParam("term", v)}
      />
      <SelectInput
        label={t("subject")}
        value={view.filter.subject ?? ""}
        emptyLabel={all}
        options={distinctValues(lessons, "subject").map(
          (s) => [s, subjectName(s, locale)] as const,
        )}
        onChange={(v) => setParam("subject", v)}
      />
      <SelectInput
        label={t("level")}
        value={view.filter.level ?? ""}
        emptyLabel={all}
        options={LEVELS.map((l) => [l, l] as const)}
        onChange={(v) => setParam("level", v)}
      />
      <SelectInput
        label={t("className")}
        value={view.filter.className ?? ""}
        emptyLabel={all}
        options={distinctValues(lessons, "className").map(
          (c) => [c, c] as const,
        )}
        onChange={(v) => setParam("class", v)}
      />
      <SelectInput
        label={t("teacher")}
        value={view.filter.author ?? ""}
        emptyLabel={all}
        options={distinctValues(lessons, "author").map((a) => [a, a] as const)}
        onChange={(v) => setParam("teacher", v)}
      />
    </Box>
  );
}
