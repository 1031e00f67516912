import { normalise } from "../framework/search";
import type { Level } from "../levels";
import { allMappings } from "./mapping";
import type { Lesson, LessonStatus, LessonSummary } from "./types";

export interface LessonFilter {
  schoolYear?: string;
  term?: number;
  level?: Level;
  subject?: string;
  className?: string;
  /** The teacher who wrote it (on a head's device, lessons come from many). */
  author?: string;
  status?: LessonStatus;
  itemId?: string;
  query?: string;
}

export type LessonSort = "date" | "updated" | "title";

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
export function matchesFilter(lesson: Lesson, filter: LessonFilter): boolean {
  if (lesson.deletedAt) return false;
  if (filter.schoolYear && lesson.schoolYear !== filter.schoolYear)
    return false;
  if (filter.term && lesson.term !== filter.term) return false;
  if (filter.level && lesson.level !== filter.level) return false;
  if (filter.subject && lesson.subject !== filter.subject) return false;
  if (
    filter.className &&
    lesson.className.toLowerCase() !== filter.className.toLowerCase()
  )
    return false;
  if (filter.author && lesson.author !== filter.author) return false;
  if (filter.status && lesson.status !== filter.status) return false;
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
type Sortable = Pick<Lesson, "title" | "updatedAt" | "date" | "period">;

/**
 * Whether a lesson's summary passes the filters a summary can answer (all but the search words
 * and the framework item). Summaries exist only for lessons that are not deleted.
 */
export function summaryMatches(
  summary: LessonSummary,
  filter: LessonFilter,
): boolean {
  return (
    (!filter.schoolYear || summary.schoolYear === filter.schoolYear) &&
    (!filter.term || summary.term === filter.term) &&
    (!filter.level || summary.level === filter.level) &&
    (!filter.subject || summary.subject === filter.subject) &&
    (!filter.className ||
      summary.className.toLowerCase() === filter.className.toLowerCase()) &&
    (!filter.author || summary.author === filter.author) &&
    (!filter.status || summary.status === filter.status)
  );
}

/** ISO dates and times sort as plain strings (localeCompare is many times slower on a school's year). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareLessons(sort: LessonSort, locale: string) {
  const collator = new Intl.Collator(locale);
  return (a: Sortable, b: Sortable): number => {
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
}
