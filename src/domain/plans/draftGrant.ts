import {
  GRANT_CONDITIONS,
  grantYearsOf,
  splitOver,
  type GrantCondition,
} from "./grant";
import type { Measure } from "./record";
import { planYears } from "./years";

type Yearly = Exclude<GrantCondition, "aiTeaching">;

function conditionOf(key: GrantCondition): Measure {
  const found = GRANT_CONDITIONS.find((c) => c.key === key);
  if (!found) throw new Error(`No grant condition ${key}`);
  return found.measure;
}

/** AI-assisted teaching in at least 3 subjects, each at 2 or more levels (the grant's condition). */
export const GRANT_AI_TEACHING = conditionOf("aiTeaching");

/** After the grant (or before it), a year keeps the practice going at these numbers. */
const KEEP_GOING: Record<Yearly, number> = {
  examples: 2,
  openLessons: 1,
  sessions: 1,
  activities: 1,
};

function withMinimum(measure: Measure, minimum: number, subjects: number) {
  if (measure.kind === "sharingSessions") return { ...measure, minimum };
  if (measure.kind === "flaggedLessons")
    return { ...measure, minimum, subjects };
  return measure;
}

/**
 * The draft's yearly criteria for the grant's counted conditions: in the plan's years that fall
 * in the grant period (2025/26–2027/28), the condition is shared out so the years add up to it by
 * the end of 2027/28 (6 examples over two years: 3 and 3; 3 open lessons in 3 subjects: 2 in 2
 * subjects, then 1); other years keep the practice going. A year with no share has no criterion.
 */
export function grantYearly(
  startYear: string,
): (yearIndex: number, key: Yearly) => Measure[] {
  const inGrant = grantYearsOf(planYears(startYear));
  return (yearIndex, key) => {
    const measure = conditionOf(key);
    const at = inGrant.indexOf(yearIndex);
    if (at < 0) return [withMinimum(measure, KEEP_GOING[key], 0)];
    const total = measure.kind === "sharingSessions" ? measure.minimum : 0;
    const lessons = measure.kind === "flaggedLessons" ? measure : null;
    const minimum = splitOver(lessons?.minimum ?? total, inGrant.length)[at]!;
    const subjects = lessons
      ? splitOver(lessons.subjects, inGrant.length)[at]!
      : 0;
    return minimum > 0 ? [withMinimum(measure, minimum, subjects)] : [];
  };
}
