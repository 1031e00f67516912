import type { LessonColumns } from "./columns";
import { compareLessons, type LessonSort, type Sortable } from "./filter";

/**
 * The first `limit` of these lessons in the sort's order (LessonIndex.order; part of the index
 * module, so it reads the columns). By date, the page's cut-off is found on a numeric key in one
 * pass, and only the lessons up to it are compared in full: a school's year is 100,000 lessons,
 * a page is 20.
 */
export function orderSlots(
  c: LessonColumns,
  slots: ArrayLike<number>,
  sort: LessonSort,
  limit: number,
  locale: string,
): number[] {
  const { lessonId, title, updatedAt, date, period } = c;
  const sortable = (i: number): Sortable => ({
    id: lessonId[i]!,
    title: title[i]!,
    updatedAt: updatedAt[i]!,
    date: date[i] ? String(date[i]) : null,
    period: period[i] || null,
  });
  let candidates = Array.from(slots);
  if (sort === "date" && candidates.length > limit * 4) {
    const key = (i: number) =>
      (date[i] || 99_999_999) * 100 + (period[i] || 99);
    // The page's last key: keep the `limit` smallest keys seen, in order (a page is small).
    const best = new Float64Array(limit).fill(Infinity);
    for (const i of candidates) {
      const k = key(i);
      if (k >= best[limit - 1]!) continue;
      let at = limit - 1;
      while (at > 0 && best[at - 1]! > k) best[at] = best[--at]!;
      best[at] = k;
    }
    const cutOff = best[limit - 1]!;
    candidates = candidates.filter((i) => key(i) <= cutOff);
  }
  const compare = compareLessons(sort, locale);
  const rows = candidates.map((i) => ({ i, s: sortable(i) }));
  rows.sort((a, b) => compare(a.s, b.s));
  return rows.slice(0, limit).map((r) => r.i);
}
