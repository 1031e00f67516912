import type { LessonIndex } from "../lessons/lessonIndex";
import { schoolYearOf } from "../lessons/lesson";
import { evaluate, type Evidence, type MeasureResult } from "./measures";
import type { Measure } from "./record";
import type { SharingSession } from "./sessions";

// The 「智」啟學教 grant (AI for Empowering Learning and Teaching Funding Programme), as circular
// EDBCM 221/2025 and the school's letter of commitment (承諾書) define it. The circular's words:
// 「在最少3個科目或課程範疇中推行人工智能輔助教學（每個科目或課程範疇最少涉及2個級別），並發展最少共6個
// 應用人工智能的教學例子或資源；於最少3個科目或課程範疇，舉辦合共最少3次運用人工智能輔助教學的公開課或
// 示範課（校內或校外）；舉辦最少3次運用人工智能輔助教學經驗分享會（校內或校外）；以及舉辦或安排學生參加
// 最少2個，以提升學生人工智能素養與技能為重點的學生活動。」 The grant is used in 2025/26–2027/28 (any
// balance until 31 August 2028), so the conditions are met over those three school years.

/** The school years the grant's conditions are met over. */
export const GRANT_PERIOD = ["2025/26", "2026/27", "2027/28"] as const;

export type GrantCondition =
  "aiTeaching" | "examples" | "openLessons" | "sessions" | "activities";

/**
 * Each condition as a measure. Examples and resources are developed (planned lessons count);
 * open or demonstration lessons and student activities are held (taught lessons count); AI-assisted
 * teaching is teaching (taught lessons count, a teacher's demonstration of AI included).
 */
export const GRANT_CONDITIONS: readonly {
  key: GrantCondition;
  measure: Measure;
}[] = [
  {
    key: "aiTeaching",
    measure: {
      kind: "aiSubjectsLevels",
      subjects: 3,
      levels: 2,
      reached: "taught",
    },
  },
  {
    key: "examples",
    measure: {
      kind: "flaggedLessons",
      flag: "aiTeachingExample",
      minimum: 6,
      subjects: 0,
      reached: "planned",
    },
  },
  {
    key: "openLessons",
    measure: {
      kind: "flaggedLessons",
      flag: "openLesson",
      minimum: 3,
      subjects: 3,
      reached: "taught",
    },
  },
  { key: "sessions", measure: { kind: "sharingSessions", minimum: 3 } },
  {
    key: "activities",
    measure: {
      kind: "flaggedLessons",
      flag: "studentActivity",
      minimum: 2,
      subjects: 0,
      reached: "taught",
    },
  },
];

export interface GrantStanding {
  key: GrantCondition;
  measure: Measure;
  result: MeasureResult;
}

/** The sessions held in the given school years. */
export function sessionsIn(
  sessions: readonly SharingSession[],
  years: readonly string[],
): SharingSession[] {
  return sessions.filter((s) => years.includes(schoolYearOf(s.date)));
}

/**
 * Where the school stands on each condition over some school years: the whole grant period, or
 * one year of it (the conditions themselves are for the period; one year shows its share).
 */
export function grantStanding(
  index: LessonIndex,
  sessions: readonly SharingSession[],
  years: readonly string[] = GRANT_PERIOD,
): GrantStanding[] {
  const evidence: Evidence = {
    index: index.inYears(years),
    // No condition is about learning focuses.
    items: [],
    schoolYear: null,
    sessions: sessionsIn(sessions, years),
  };
  return GRANT_CONDITIONS.map(({ key, measure }) => ({
    key,
    measure,
    result: evaluate(measure, evidence),
  }));
}

/** `total` split over `n` years, the earlier years taking the remainder: 6 over 2 → [3, 3]; 3 over 2 → [2, 1]. */
export function splitOver(total: number, n: number): number[] {
  return Array.from(
    { length: n },
    (_, i) => Math.floor(total / n) + (i < total % n ? 1 : 0),
  );
}

/** Which of a plan's three years fall in the grant period (their indexes, 0–2). */
export function grantYearsOf(planYears: readonly string[]): number[] {
  return planYears.flatMap((y, i) =>
    (GRANT_PERIOD as readonly string[]).includes(y) ? [i] : [],
  );
}

/** Where the school stands over the grant period, and in each of its years. */
export function grantByYear(
  index: LessonIndex,
  sessions: readonly SharingSession[],
): { period: GrantStanding[]; years: [string, GrantStanding[]][] } {
  return {
    period: grantStanding(index, sessions),
    years: GRANT_PERIOD.map((y) => [y, grantStanding(index, sessions, [y])]),
  };
}

/** The grant: a one-off HK$500,000 for each school (Blueprint, strategy S8; EDBCM 221/2025). */
export const GRANT_AMOUNT = 500_000;

/**
 * The School Report each grant report goes in, and when it is due: the interim report by
 * 30 September 2027 (with the 2026/27 School Report), the final one by 30 September 2028 (with
 * 2027/28's). Each is approved by the school management committee and put on the school's website.
 */
export const GRANT_REPORTS = [
  { due: "interim", schoolYear: "2026/27", dueOn: "2027-09-30" },
  { due: "final", schoolYear: "2027/28", dueOn: "2028-09-30" },
] as const;

/** What is left of the grant after `expenditure`; null when the spending is not yet given. */
export function grantBalance(expenditure: number | null): number | null {
  return expenditure === null ? null : GRANT_AMOUNT - expenditure;
}
