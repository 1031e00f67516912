import { normalise } from "../framework/search";
import type { Level } from "../levels";
import { allMappings } from "./mapping";
import { sameName } from "./names";
import { LESSON_STATUSES, type Lesson, type LessonStatus } from "./types";

/**
 * Which lessons to count or list, for the library, coverage and plans alike. Class, subject and
 * teacher compare by nameKey ("4a" is "4A"); school year and level exactly. Status is given
 * separately (StatusRule). Search words are answered from lesson bodies only (matchesFilter):
 * the lesson index does not hold the text.
 */
export interface LessonFilter {
  schoolYear?: string;
  term?: number;
  level?: Level;
  subject?: string;
  className?: string;
  /** The teacher who wrote it (on a head's device, lessons come from many). */
  author?: string;
  itemId?: string;
  query?: string;
}

/** Which statuses pass: exactly one (the library's menu), or one and every one beyond it (coverage). */
export type StatusRule = { is: LessonStatus } | { reached: LessonStatus };

/** The library's menus: a filter and, optionally, one status. */
export type LibraryFilter = LessonFilter & { status?: LessonStatus };

export type LessonSort = "date" | "updated" | "title";

/** Whether a status passes the rule (no rule: every status). */
export function statusPasses(
  status: LessonStatus,
  rule: StatusRule | undefined,
): boolean {
  if (!rule) return true;
  if ("is" in rule) return status === rule.is;
  return (
    LESSON_STATUSES.indexOf(status) >= LESSON_STATUSES.indexOf(rule.reached)
  );
}

function text(lesson: Lesson): string {
  return normalise(
    [
      lesson.title,
      lesson.unit,
      lesson.className,
      ...lesson.objectives,
      ...lesson.keywords.map((k) => k.term),
      ...lesson.activities.map((a) => a.title),
      ...lesson.aiUses.map((u) => u.tool),
    ].join(" "),
  );
}

/** Whether a lesson passes every filter that is set. Search matches every word, in any language. */
export function matchesFilter(
  lesson: Lesson,
  filter: LessonFilter,
  status?: StatusRule,
): boolean {
  if (lesson.deletedAt) return false;
  if (filter.schoolYear && lesson.schoolYear !== filter.schoolYear)
    return false;
  if (filter.term && lesson.term !== filter.term) return false;
  if (filter.level && lesson.level !== filter.level) return false;
  for (const key of ["subject", "className", "author"] as const) {
    const wanted = filter[key];
    if (wanted && !sameName(lesson[key], wanted)) return false;
  }
  if (!statusPasses(lesson.status, status)) return false;
  if (
    filter.itemId &&
    !allMappings(lesson).some((m) => m.itemId === filter.itemId)
  )
    return false;
  const q = normalise(filter.query ?? "");
  if (q) {
    const haystack = text(lesson);
    if (!q.split(" ").every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/** What sorting needs: a lesson and its summary both have it. */
export type Sortable = Pick<
  Lesson,
  "id" | "title" | "updatedAt" | "date" | "period"
>;

/** ISO dates and times sort as plain strings (localeCompare is many times slower on a school's year). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareLessons(sort: LessonSort, locale: string) {
  const collator = new Intl.Collator(locale);
  const order = (a: Sortable, b: Sortable): number => {
    if (sort === "title") return collator.compare(a.title, b.title);
    if (sort === "updated") return byCodeUnits(b.updatedAt, a.updatedAt);
    // By date, then period; undated lessons last, newest edits first among them.
    if (a.date !== b.date)
      return a.date === null
        ? 1
        : b.date === null
          ? -1
          : byCodeUnits(a.date, b.date);
    if (a.period !== b.period) return (a.period ?? 99) - (b.period ?? 99);
    return byCodeUnits(b.updatedAt, a.updatedAt);
  };
  // Ties (copies of a lesson share its title) fall back to the id, so the order never shifts.
  return (a: Sortable, b: Sortable) => order(a, b) || byCodeUnits(a.id, b.id);
}
