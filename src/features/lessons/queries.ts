import { useMemo } from "react";
import { useLiveQuery } from "dexie-react-hooks";
import { db } from "../../db/db";
import { ensureDerivedOnce } from "../../db/derived";
import { getTeacherName } from "../../db/preferences";
import {
  compareLessons,
  matchesFilter,
  summaryMatches,
  type LessonFilter,
  type LessonSort,
} from "../../domain/lessons/filter";
import type { Lesson, LessonSummary } from "../../domain/lessons/types";
import type {
  FrameworkItemRecord,
  FrameworkRecord,
} from "../../domain/framework/types";
import { orderFrameworks } from "../../domain/framework/tree";
import { addDays } from "../../domain/lessons/week";

// Summaries and coverage rows written by an older version are rebuilt once, in the background.
void ensureDerivedOnce(db);

/** One lesson; undefined while reading, null if there is no such lesson (or it was deleted). */
export function useLesson(id: string | undefined): Lesson | null | undefined {
  return useLiveQuery(
    async () => (id ? ((await db.lessons.get(id)) ?? null) : null),
    [id],
  );
}

export interface LibraryPage {
  lessons: Lesson[];
  total: number;
}

/**
 * The lesson library: lessons passing the filter, sorted, the first `limit` of them, and how
 * many matched in all. Filtering, counting and sorting use the lesson summaries, narrowed
 * through an index; only the lessons on the page are read in full (and, for search words, the
 * candidates' text).
 */
export function useLessonLibrary(
  filter: LessonFilter,
  sort: LessonSort,
  limit: number,
  locale: string,
) {
  const key = JSON.stringify(filter);
  return useLiveQuery(
    () => libraryPage(filter, sort, limit, locale),
    [key, sort, limit, locale],
  );
}

/** Every lesson passing the filter, sorted (for sharing them). */
export async function findLessons(
  filter: LessonFilter,
  sort: LessonSort,
  locale: string,
): Promise<Lesson[]> {
  return (await libraryPage(filter, sort, Infinity, locale)).lessons;
}

async function libraryPage(
  filter: LessonFilter,
  sort: LessonSort,
  limit: number,
  locale: string,
): Promise<LibraryPage> {
  const searching = !!filter.query?.trim();
  const filtered = Object.entries(filter).some(([, v]) => v !== undefined);
  if (!filtered && sort === "date") return firstByDate(limit, locale);
  const summaries = await matchingSummaries(filter);
  if (searching) {
    const bodies = await db.lessons.bulkGet(summaries.map((s) => s.lessonId));
    const found = bodies
      .filter((l): l is Lesson => !!l && matchesFilter(l, filter))
      .sort(compareLessons(sort, locale));
    return { lessons: found.slice(0, limit), total: found.length };
  }
  summaries.sort(compareLessons(sort, locale));
  return {
    lessons: await bodiesOf(summaries.slice(0, limit)),
    total: summaries.length,
  };
}

async function bodiesOf(
  summaries: readonly LessonSummary[],
): Promise<Lesson[]> {
  const bodies = await db.lessons.bulkGet(summaries.map((s) => s.lessonId));
  return bodies.filter((l): l is Lesson => !!l);
}

/**
 * The summaries passing the filter's fields (search words aside), read through the most
 * selective index the filter offers.
 */
async function matchingSummaries(
  filter: LessonFilter,
): Promise<LessonSummary[]> {
  const table = db.lessonSummaries;
  let found: (LessonSummary | undefined)[];
  if (filter.itemId)
    found = await table.where("itemIds").equals(filter.itemId).toArray();
  else if (filter.className) {
    // "4a" and "4A" are one class. Each spelling is an exact index read (equalsIgnoreCase walks
    // a cursor, several times slower on a school's year).
    const { className } = filter;
    const spellings = new Set([
      className,
      className.toUpperCase(),
      className.toLowerCase(),
    ]);
    found = (
      await Promise.all(
        [...spellings].map((c) => table.where("className").equals(c).toArray()),
      )
    ).flat();
  } else if (filter.author)
    found = await table.where("author").equals(filter.author).toArray();
  else if (filter.subject)
    found = await table.where("subject").equals(filter.subject).toArray();
  else if (filter.schoolYear)
    found = await table.where("schoolYear").equals(filter.schoolYear).toArray();
  else found = await table.toArray();
  return found.filter(
    (s): s is LessonSummary => !!s && summaryMatches(s, filter),
  );
}

/**
 * The unfiltered library in date order, without reading every summary: the first dated lessons
 * through the date index (all of those on the last date, so periods order correctly), and the
 * undated ones only when there are too few dated lessons to fill the page.
 */
async function firstByDate(
  limit: number,
  locale: string,
): Promise<LibraryPage> {
  const table = db.lessonSummaries;
  const total = await table.count();
  let chosen = await table.orderBy("date").limit(limit).toArray();
  const last = chosen.at(-1)?.date;
  if (chosen.length === limit && last) {
    const tied = await table.where("date").equals(last).toArray();
    chosen = [...chosen.filter((s) => s.date !== last), ...tied];
  } else {
    chosen.push(...(await table.filter((s) => s.date === null).toArray()));
  }
  chosen.sort(compareLessons("date", locale));
  return { lessons: await bodiesOf(chosen.slice(0, limit)), total };
}

/** Values teachers have already used, for filter menus and suggestions (from index keys alone). */
export function useLessonFacets() {
  return useLiveQuery(async () => {
    const keys = async (index: string) =>
      (
        (await db.lessonSummaries.orderBy(index).uniqueKeys()) as string[]
      ).filter(Boolean);
    const [schoolYears, classes, subjects, authors] = await Promise.all([
      keys("schoolYear"),
      keys("className"),
      keys("subject"),
      keys("author"),
    ]);
    return { schoolYears, classes, subjects, authors };
  }, []);
}

/** Lessons dated in the five school days from `monday`. */
export function useWeekLessons(monday: string): Lesson[] | undefined {
  return useLiveQuery(async () => {
    const lessons = await db.lessons
      .where("date")
      .between(monday, addDays(monday, 4), true, true)
      .toArray();
    return lessons.filter((l) => !l.deletedAt);
  }, [monday]);
}

export interface PickerData {
  frameworks: FrameworkRecord[];
  items: FrameworkItemRecord[];
  byId: Map<string, FrameworkItemRecord>;
}

/** Every stored framework and its current items: the only things a lesson can be mapped to. */
export function usePickerData(): PickerData | undefined {
  const data = useLiveQuery(async () => {
    const frameworks = orderFrameworks(await db.frameworks.toArray());
    const items = await db.frameworkItems.toArray();
    return { frameworks, items };
  }, []);
  return useMemo(() => {
    if (!data) return undefined;
    const order = new Map(data.frameworks.map((f, i) => [f.id, i]));
    const items = data.items.sort(
      (a, b) =>
        (order.get(a.frameworkId) ?? 0) - (order.get(b.frameworkId) ?? 0) ||
        a.position - b.position,
    );
    return {
      frameworks: data.frameworks,
      items,
      byId: new Map(items.map((i) => [i.id, i])),
    };
  }, [data]);
}

/** Resolves template codes ("KS2-A4" in the AI Literacy framework) to stored item ids. */
export async function resolveCodes(
  codes: { frameworkId: string; code: string }[],
): Promise<Map<string, FrameworkItemRecord>> {
  const found = await db.frameworkItems
    .where("[frameworkId+code]")
    .anyOf(codes.map((c) => [c.frameworkId, c.code]))
    .toArray();
  return new Map(found.map((i) => [`${i.frameworkId}|${i.code}`, i]));
}

/** The name new lessons on this device carry as their author. */
export function teacherName(): Promise<string> {
  return getTeacherName(db);
}

/** The teacher's name from Settings ("" if not set); undefined while reading. */
export function useTeacherName(): string | undefined {
  return useLiveQuery(() => getTeacherName(db), []);
}
