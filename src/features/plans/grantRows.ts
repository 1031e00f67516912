import type { Translate } from "../../components/grantText";
import { standingLine } from "../../components/grantText";
import type { Locale } from "../../domain/framework/types";
import {
  GRANT_AMOUNT,
  GRANT_REPORTS,
  grantBalance,
  grantYearsOf,
  type GrantStanding,
} from "../../domain/plans/grant";
import { reportOf, yearPlanOf } from "../../domain/plans/grantRecords";
import type { SchoolPlan } from "../../domain/plans/types";
import { planYears } from "../../domain/plans/years";
import { formatIsoDate } from "../../lib/formatDate";
import { formatHkd } from "../../lib/formatMoney";

/** A block of the grant's records for a document: a heading and its rows of [label, text]. */
export interface GrantBlock {
  title: string;
  rows: [string, string][];
}

const money = (n: number | null, t: Translate, locale: Locale) =>
  n === null ? t("grant.notGiven") : formatHkd(n, locale);
const date = (d: string, t: Translate, locale: Locale) =>
  d ? formatIsoDate(d, locale) : t("grant.notGiven");

/** The Annual School Plan's grant plan for a year of the plan, if the year is in the grant period. */
export function grantPlanBlock(
  plan: SchoolPlan,
  yearIndex: number,
  t: Translate,
  locale: Locale,
): GrantBlock | null {
  const years = planYears(plan.startYear);
  if (!grantYearsOf(years).includes(yearIndex)) return null;
  const year = yearPlanOf(plan, yearIndex);
  return {
    title: t("grant.yearPlan", { year: years[yearIndex] }),
    rows: [
      [t("grant.arrangements"), year.arrangements || t("grant.notGiven")],
      [t("grant.budget"), money(year.budget, t, locale)],
    ],
  };
}

/** The School Report's grant report (interim with 2026/27's, final with 2027/28's), if due that year. */
export function grantReportBlock(
  plan: SchoolPlan,
  yearIndex: number,
  standing: readonly GrantStanding[] | undefined,
  t: Translate,
  locale: Locale,
): GrantBlock | null {
  const schoolYear = planYears(plan.startYear)[yearIndex];
  const due = GRANT_REPORTS.find((r) => r.schoolYear === schoolYear);
  if (!due) return null;
  const report = reportOf(plan, due.due);
  return {
    title: t(`grant.report.${due.due}`),
    rows: [
      [
        t("grant.conditions"),
        standing
          ? standing.map((s) => standingLine(s, t)).join("\n")
          : t("grant.notGiven"),
      ],
      [t("grant.expenditure"), money(report.expenditure, t, locale)],
      [
        t("grant.balanceLabel"),
        money(grantBalance(report.expenditure), t, locale),
      ],
      [t("grant.grantAmount"), formatHkd(GRANT_AMOUNT, locale)],
      [t("grant.evaluation"), report.evaluation || t("grant.notGiven")],
      [t("grant.approvedOn"), date(report.approvedOn, t, locale)],
      [t("grant.publishedOn"), date(report.publishedOn, t, locale)],
    ],
  };
}
