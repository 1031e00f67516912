import {
  evaluate,
  suggestAchievement,
  type Evidence,
} from "../../domain/plans/measures";
import type {
  SchoolPlan,
  Target,
  TargetReport,
} from "../../domain/plans/types";
import { schoolYearOf, todayIso } from "../../domain/lessons/lesson";
import { describeResult } from "./components/MeasureStatus";
import { measureText } from "./presets";
import type { Locale } from "../../domain/framework/types";
import { formatIsoDate } from "../../lib/formatDate";

type Translate = (key: string, o?: Record<string, unknown>) => string;

const MAX_LISTED = 8;

/** The evidence for a target's year: each measured criterion's result, and the lessons behind it. */
export function evidenceText(
  target: Target,
  yearIndex: number,
  evidence: Evidence,
  t: Translate,
  locale: Locale,
): string {
  const day = (iso: string | null) => (iso ? formatIsoDate(iso, locale) : "");
  const criteria = target.tasks
    .filter((k) => k.yearIndex === yearIndex)
    .flatMap((k) => k.criteria);
  if (!criteria.some((c) => c.measure)) return "";
  const { index } = evidence;
  const describe = (id: string) => {
    const i = index.slotOf(id);
    if (i < 0) return id;
    return [
      index.field(i, "title"),
      index.field(i, "className"),
      day(index.field(i, "date")),
    ]
      .filter(Boolean)
      .join(", ");
  };
  return criteria
    .flatMap((c) => {
      if (!c.measure) return [];
      const result = evaluate(c.measure, evidence);
      const head = `${measureText(c.measure, t)}: ${describeResult(result, t)}`;
      if (c.measure.kind === "sharingSessions") {
        const held = evidence.sessions.map(
          (s) => `  – ${[day(s.date), s.topic].filter(Boolean).join(", ")}`,
        );
        return [
          `${head} (${held.length ? t("evidenceSessions", { count: held.length }) : t("noSessionsRecorded")})`,
          ...held,
        ];
      }
      const listed = result.lessonIds
        .slice(0, MAX_LISTED)
        .map((id) => `  – ${describe(id)}`);
      const more = result.lessonIds.length - listed.length;
      return [
        `${head} (${t("evidenceLessons", { count: result.lessonIds.length })})`,
        ...listed,
        ...(more > 0 ? [`  – ${t("andMore", { count: more })}`] : []),
      ];
    })
    .join("\n");
}

/**
 * The School Report entry for a target and year: what the school wrote, or, until it writes
 * something, the verdict and evidence the year's lessons suggest.
 */
export function reportFor(
  plan: SchoolPlan,
  target: Target,
  yearIndex: number,
  evidence: Evidence | undefined,
  t: Translate,
  /** The language the evidence is written in (its dates). */
  locale: Locale,
  now = new Date(),
): TargetReport {
  const stored = plan.reports.find(
    (r) => r.targetId === target.id && r.yearIndex === yearIndex,
  );
  if (stored) return stored;
  return {
    targetId: target.id,
    yearIndex,
    achievement: evidence
      ? suggestAchievement(
          target,
          yearIndex,
          evidence,
          schoolYearOf(todayIso(now)),
        )
      : null,
    evidence: evidence
      ? evidenceText(target, yearIndex, evidence, t, locale)
      : "",
    reflection: "",
  };
}

export function withReport(plan: SchoolPlan, report: TargetReport): SchoolPlan {
  return { ...plan, reports: [...withoutReport(plan, report).reports, report] };
}

/** The plan without the school's entry for that target and year (the suggestion shows again). */
export function withoutReport(
  plan: SchoolPlan,
  report: TargetReport,
): SchoolPlan {
  return {
    ...plan,
    reports: plan.reports.filter(
      (r) =>
        !(r.targetId === report.targetId && r.yearIndex === report.yearIndex),
    ),
  };
}
