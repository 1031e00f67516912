import Box from "@mui/material/Box";
import { useTranslation } from "react-i18next";
import { useMemo } from "react";
import { FilterSelect } from "../../../components/FilterSelect";
import { useStableCallback } from "../../../lib/useStableCallback";
import { DIMENSIONS } from "../../../domain/coverage/coverage";
import { nearbySchoolYears, todayIso } from "../../../domain/lessons/lesson";
import { subjectName } from "../../../domain/lessons/subjects";
import type { LessonIndex } from "../../../domain/lessons/lessonIndex";
import { LEVELS } from "../../../domain/levels";
import { useLocale } from "../../../lib/useLocale";
import type { CoverageView } from "../params";

interface Props {
  view: CoverageView;
  setParam: (key: string, value: string) => void;
  /** The year's lessons: the subjects, classes and teachers to offer. */
  lessons: LessonIndex;
  /** School years that have lessons, newest first. */
  schoolYears: string[];
}

/** Choices that are the default, so they leave the address. */
const DEFAULTS: Record<string, string> = { status: "planned", by: "keyStage" };

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
  const { schoolYear } = view.filter;
  const all = t("all");
  // The defaults leave the address; one stable handler serves every filter.
  const choose = useStableCallback((name: string, value: string) =>
    setParam(name, DEFAULTS[name] === value ? "" : value),
  );
  const options = useMemo(() => {
    const facets = lessons.facets();
    return {
      status: (["planned", "taught", "assessed"] as const).map(
        (s) => [s, t(`statusFilter.${s}`)] as const,
      ),
      by: DIMENSIONS.map((d) => [d, t(`dimension.${d}`)] as const),
      year: distinct([
        ...schoolYears,
        ...nearbySchoolYears(todayIso()),
        schoolYear,
      ])
        .reverse()
        .map((y) => [y, y] as const),
      term: ["1", "2", "3"].map((n) => [n, t("termN", { n })] as const),
      subject: facets.subjects.map((s) => [s, subjectName(s, locale)] as const),
      level: LEVELS.map((l) => [l, l] as const),
      class: facets.classes.map((c) => [c, c] as const),
      teacher: facets.authors.map((a) => [a, a] as const),
    };
  }, [t, schoolYears, schoolYear, lessons, locale]);
  const { filter } = view;
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
      <FilterSelect
        name="status"
        label={t("show")}
        value={view.status}
        options={options.status}
        onChange={choose}
      />
      <FilterSelect
        name="by"
        label={t("by")}
        value={view.dimension}
        options={options.by}
        onChange={choose}
      />
      <FilterSelect
        name="year"
        label={t("schoolYear")}
        value={schoolYear}
        options={options.year}
        onChange={choose}
      />
      <FilterSelect
        name="term"
        label={t("term")}
        value={filter.term ? String(filter.term) : ""}
        emptyLabel={all}
        options={options.term}
        onChange={choose}
      />
      <FilterSelect
        name="subject"
        label={t("subject")}
        value={filter.subject ?? ""}
        emptyLabel={all}
        options={options.subject}
        onChange={choose}
      />
      <FilterSelect
        name="level"
        label={t("level")}
        value={filter.level ?? ""}
        emptyLabel={all}
        options={options.level}
        onChange={choose}
      />
      <FilterSelect
        name="class"
        label={t("className")}
        value={filter.className ?? ""}
        emptyLabel={all}
        options={options.class}
        onChange={choose}
      />
      <FilterSelect
        name="teacher"
        label={t("teacher")}
        value={filter.author ?? ""}
        emptyLabel={all}
        options={options.teacher}
        onChange={choose}
      />
    </Box>
  );
}
