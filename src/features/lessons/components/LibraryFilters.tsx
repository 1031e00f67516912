import Box from "@mui/material/Box";
import { useTranslation } from "react-i18next";
import { LEVELS } from "../../../domain/levels";
import { subjectName } from "../../../domain/lessons/subjects";
import { LESSON_STATUSES } from "../../../domain/lessons/types";
import { useLocale } from "../../../lib/useLocale";
import { useLessonFacets, usePickerData } from "../queries";
import { SelectInput } from "../../../components/fields";

interface Props {
  params: URLSearchParams;
  setParam: (key: string, value: string) => void;
  sort: string;
}

/** School year, term, level, subject, class, teacher (where there are several), status, framework item, and sort order. */
export function LibraryFilters({ params, setParam, sort }: Props) {
  const { t } = useTranslation("lessons");
  const locale = useLocale();
  const facets = useLessonFacets();
  const data = usePickerData();
  const all = t("lessons.filters.all");
  const selectableItems = (data?.items ?? []).filter(
    (i) =>
      i.retiredInVersion === undefined &&
      !data?.items.some((c) => c.parentId === i.id),
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
      <SelectInput
        label={t("lessons.fields.schoolYear")}
        value={params.get("year") ?? ""}
        emptyLabel={all}
        options={(facets?.schoolYears ?? []).map((y) => [y, y] as const)}
        onChange={(v) => setParam("year", v)}
      />
      <SelectInput
        label={t("lessons.fields.term")}
        value={params.get("term") ?? ""}
        emptyLabel={all}
        options={[1, 2, 3].map(
          (n) => [String(n), t("lessons.termN", { n })] as const,
        )}
        onChange={(v) => setParam("term", v)}
      />
      <SelectInput
        label={t("lessons.fields.level")}
        value={params.get("level") ?? ""}
        emptyLabel={all}
        options={LEVELS.map((l) => [l, l] as const)}
        onChange={(v) => setParam("level", v)}
      />
      <SelectInput
        label={t("lessons.fields.subject")}
        value={params.get("subject") ?? ""}
        emptyLabel={all}
        options={(facets?.subjects ?? []).map(
          (s) => [s, subjectName(s, locale)] as const,
        )}
        onChange={(v) => setParam("subject", v)}
      />
      <SelectInput
        label={t("lessons.fields.className")}
        value={params.get("class") ?? ""}
        emptyLabel={all}
        options={(facets?.classes ?? []).map((c) => [c, c] as const)}
        onChange={(v) => setParam("class", v)}
      />
      {(facets?.authors.length ?? 0) > 1 && (
        <SelectInput
          label={t("lessons.filters.teacher")}
          value={params.get("teacher") ?? ""}
          emptyLabel={all}
          options={(facets?.authors ?? []).map((a) => [a, a] as const)}
          onChange={(v) => setParam("teacher", v)}
        />
      )}
      <SelectInput
        label={t("lessons.fields.status")}
        value={params.get("status") ?? ""}
        emptyLabel={all}
        options={LESSON_STATUSES.map(
          (s) => [s, t(`lessons.status.${s}`)] as const,
        )}
        onChange={(v) => setParam("status", v)}
      />
      <SelectInput
        label={t("lessons.filters.item")}
        value={params.get("item") ?? ""}
        emptyLabel={all}
        options={selectableItems.map(
          (i) => [i.id, `${i.code} ${i.title[locale]}`] as const,
        )}
        onChange={(v) => setParam("item", v)}
      />
      <SelectInput
        label={t("lessons.filters.sort")}
        value={sort}
        options={(["date", "updated", "title"] as const).map(
          (s) => [s, t(`lessons.filters.sortBy.${s}`)] as const,
        )}
        onChange={(v) => setParam("sort", v === "date" ? "" : v)}
      />
    </Box>
  );
}
