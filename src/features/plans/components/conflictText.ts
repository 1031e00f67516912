import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ConflictText } from "../../../components/EditConflicts";
import type { Path } from "../../../domain/merge";

/** The name of each list's items, numbered as the editor numbers them. */
const ITEMS: Record<string, string> = {
  concerns: "concernN",
  targets: "targetN",
  tasks: "editing:editConflict.taskN",
  criteria: "editing:editConflict.criterionN",
  sessions: "grant.sessionN",
};

/** Fields named other than `fields.<name>`. */
const FIELDS: Record<string, string> = {
  title: "fields.concern",
  text: "editing:editConflict.text",
  years: "editing:editConflict.years",
  reports: "reportTitle",
  concerns: "sections.concerns",
  swot: "sections.swot",
  measure: "measuredCriterion",
  grant: "tabs.grant",
  sessions: "grant.sessions",
  date: "grant.date",
  topic: "grant.topic",
  where: "grant.where",
  arrangements: "grant.arrangements",
  budget: "grant.budget",
  expenditure: "grant.expenditure",
  evaluation: "grant.evaluation",
  approvedOn: "grant.approvedOn",
  publishedOn: "grant.publishedOn",
};

/** How the plan editor names a field in conflict ("Major concern 1 › Target 2 › Time scale"). */
export function usePlanConflictText(): ConflictText {
  const { t, i18n } = useTranslation(["plans", "editing"]);
  return useMemo(() => {
    const field = (name: string, parent: string | undefined) => {
      const key =
        parent === "swot" ? `swot.${name}` : (FIELDS[name] ?? `fields.${name}`);
      return i18n.exists(key, { ns: "plans" })
        ? t(key)
        : t("editing:editConflict.otherField");
    };
    return {
      label(path: Path, record: unknown) {
        const parts: string[] = [];
        let here: unknown = record;
        let list: string | undefined;
        let parent: string | undefined;
        for (const step of path) {
          if (typeof step === "string") {
            if (!ITEMS[step]) parts.push(field(step, parent));
            list = step;
            parent = step;
            here = (here as Record<string, unknown> | undefined)?.[step];
          } else {
            const items = Array.isArray(here) ? (here as { id: string }[]) : [];
            const n = items.findIndex((i) => i.id === step.id) + 1;
            parts.push(
              t(ITEMS[list ?? ""] ?? "editing:editConflict.itemN", { n }),
            );
            here = items[n - 1];
          }
        }
        return parts.join(" › ");
      },
      value(path: Path, value: unknown) {
        if (path.at(-1) === "years" && Array.isArray(value))
          return value
            .map((on, i) => (on ? t("columns.year", { n: i + 1 }) : undefined))
            .filter(Boolean)
            .join(", ");
        return undefined;
      },
    };
  }, [t, i18n]);
}
