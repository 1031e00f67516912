import Box from "@mui/material/Box";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { LEVELS } from "../../../domain/levels";
import { subjectName } from "../../../domain/lessons/subjects";
import { LESSON_STATUSES } from "../../../domain/lessons/types";
import { useLocale } from "../../../lib/useLocale";
import type { FrameworkItemRecord } from "../../../domain/framework/types";
import type { LibraryFacets } from "../queries";
import { FilterSelect } from "../../../components/FilterSelect";

interface Props {
  params: URLSearchParams;
  setParam: (key: string, value: string) => void;
  sort: string;
  facets: LibraryFacets;
  /** Framework items to filter by. */
  items: FrameworkItemRecord[];
}

/** School year, term, level, subject, class, teacher (where there are several), status, framework item, and sort order. */
export function LibraryFilters({
  params,
  setParam,
  sort,
  facets,
  items,
}: Props) {
  const { t } = useTranslation("lessons");
  const locale = useLocale();
  const all = t("lessons.filters.all");
  const options = useMemo(() => {
    const same = (values: readonly string[] = []) =>
      values.map((v) => [v, v] as const);
    return {
      year: same(facets.schoolYears),
      term: [1, 2, 3].map(
        (n) => [String(n), t("lessons.termN", { n })] as const,
      ),
      level: same(LEVELS),
      subject: facets.subjects.map((s) => [s, subjectName(s, locale)] as const),
      class: same(facets.classes),
      teacher: same(facets.authors),
      status: LESSON_STATUSES.map(
        (s) => [s, t(`lessons.status.${s}`)] as const,
      ),
      item: items.map((i) => [i.id, `${i.code} ${i.title[locale]}`] as const),
      sort: (["date", "updated", "title"] as const).map(
        (s) => [s, t(`lessons.filters.sortBy.${s}`)] as const,
      ),
    };
  }, [facets, items, locale, t]);
  const filter = (param: keyof typeof options, label: string) => (
    <FilterSelect
      name={param}
      label={label}
      value={params.get(param) ?? ""}
      emptyLabel={all}
      options={options[param]}
      onChange={setParam}
    />
  );
  return (
    <Box
      role="group"
      aria-label={t("lessons.filters.label")}
      sx={{
        display: "grid",
        gap: 1.5,
        gridTemplateColumns: {
          xs: "1fr 1fr",
          sm: "repeat(4, 1fr)",
          lg: "repeat(8, 1fr)",
        },
      }}
    >
      {filter("year", t("lessons.fields.schoolYear"))}
      {filter("term", t("lessons.fields.term"))}
      {filter("level", t("lessons.fields.level"))}
      {filter("subject", t("lessons.fields.subject"))}
      {filter("class", t("lessons.fields.className"))}
      {facets.authors.length > 1 &&
        filter("teacher", t("lessons.filters.teacher"))}
      {filter("status", t("lessons.fields.status"))}
      {filter("item", t("lessons.filters.item"))}
      <FilterSelect
        name="sort"
        label={t("lessons.filters.sort")}
        value={sort}
        options={options.sort}
        onChange={setParam}
      />
    </Box>
  );
}
