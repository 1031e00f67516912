import { normalise } from "../framework/search";
import type { Level } from "../levels";
import { allMappings } from "./mapping";
import { codeOf, hasItem, type LessonColumns } from "./columns";
import { LESSON_STATUSES, type Lesson, type LessonStatus } from "./types";

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
type Sortable = Pick<Lesson, "id" | "title" | "updatedAt" | "date" | "period">;

/**
 * The lessons in the index (their places) that pass the filters the index can answer: all but
 * the search words. The index holds only lessons that are not deleted.
 */
export function slotsMatching(
  c: LessonColumns,
  filter: LessonFilter,
): number[] {
  const exact: [Uint32Array, number][] = [];
  const fields = ["schoolYear", "level", "subject", "author"] as const;
  for (const key of fields) {
    const value = filter[key];
    if (!value) continue;
    const code = codeOf(c, value);
    if (code < 0) return [];
    exact.push([c[key], code]);
  }
  let classes: Uint8Array | null = null;
  if (filter.className) {
    // "4a" and "4A" are one class.
    const wanted = filter.className.toLowerCase();
    classes = Uint8Array.from(c.values, (v) =>
      v.toLowerCase() === wanted ? 1 : 0,
    );
  }
  const item = filter.itemId ? codeOf(c, filter.itemId) : null;
  if (item === -1) return [];
  const status = filter.status ? LESSON_STATUSES.indexOf(filter.status) : -1;
  const term = filter.term ?? 0;
  const found: number[] = [];
  outer: for (let i = 0; i < c.size; i++) {
    if (term && c.term[i] !== term) continue;
    if (status >= 0 && c.status[i] !== status) continue;
    for (const [column, code] of exact) if (column[i] !== code) continue outer;
    if (classes && !classes[c.className[i]!]) continue;
    if (item !== null && !hasItem(c, i, item)) continue;
    found.push(i);
  }
  return found;
}

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

/**
 * The first `limit` of these lessons in the sort's order. By date, the page's cut-off is found
 * on a numeric key in one pass, and only the lessons up to it are compared in full: a school's
 * year is 100,000 lessons, a page is 20.
 */
export function orderSlots(
  c: LessonColumns,
  slots: readonly number[],
  sort: LessonSort,
  limit: number,
  locale: string,
): number[] {
  const sortable = (i: number): Sortable => ({
    id: c.lessonId[i]!,
    title: c.title[i]!,
    updatedAt: c.updatedAt[i]!,
    date: c.date[i] ? String(c.date[i]) : null,
    period: c.period[i] || null,
  });
  let candidates = slots;
  if (sort === "date" && slots.length > limit * 4) {
    const key = (i: number) =>
      (c.date[i] || 99_999_999) * 100 + (c.period[i] || 99);
    // The page's last key: keep the `limit` smallest keys seen, in order (a page is small).
    const best = new Float64Array(limit).fill(Infinity);
    for (const i of slots) {
      const k = key(i);
      if (k >= best[limit - 1]!) continue;
      let at = limit - 1;
      while (at > 0 && best[at - 1]! > k) best[at] = best[--at]!;
      best[at] = k;
    }
    const cutOff = best[limit - 1]!;
    candidates = slots.filter((i) => key(i) <= cutOff);
  }
  const compare = compareLessons(sort, locale);
  const rows = candidates.map((i) => ({ i, s: sortable(i) }));
  rows.sort((a, b) => compare(a.s, b.s));
  return rows.slice(0, limit).map((r) => r.i);
}
