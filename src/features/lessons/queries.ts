import { useMemo, useRef } from "react";
import { useLiveQuery } from "dexie-react-hooks";
import { db } from "../../db/db";
import { ensureDerivedOnce } from "../../db/derived";
import { getTeacherName } from "../../db/preferences";
import {
  compareLessons,
  matchesFilter,
  type LibraryFilter,
  type LessonSort,
} from "../../domain/lessons/filter";
import type {
  LessonFacets,
  LessonIndex,
} from "../../domain/lessons/lessonIndex";
import { readFrameworks } from "../../db/frameworkItems";
import { summaryFor } from "../../domain/lessons/mapping";
import type { Lesson, LessonSummary } from "../../domain/lessons/types";
import { readLessonIndex } from "../../db/lessonRecords";
import type {
  FrameworkItemRecord,
  FrameworkRecord,
} from "../../domain/framework/types";
import { orderFrameworks } from "../../domain/framework/tree";
import { addDays } from "../../domain/lessons/week";

// The lesson index, if an older version wrote it, is rebuilt once, in the background.
void ensureDerivedOnce(db);

/** One lesson; undefined while reading, null if there is no such lesson (or it was deleted). */
export function useLesson(id: string | undefined): Lesson | null | undefined {
  return useLiveQuery(
    async () => (id ? ((await db.lessons.get(id)) ?? null) : null),
    [id],
  );
}

/** One lesson in full, or null if there is none (or it was deleted). */
export async function readLesson(id: string): Promise<Lesson | null> {
  const lesson = await db.lessons.get(id);
  return lesson && !lesson.deletedAt ? lesson : null;
}

export interface LibraryPage {
  /** The page's lessons as the index has them: all a list shows, without reading the lessons. */
  lessons: LessonSummary[];
  total: number;
}

/**
 * The lesson library: lessons passing the filter, sorted, the first `limit` of them, and how
 * many matched in all. Filtering, counting and sorting run over the lesson index in memory, and
 * the page is listed from it; lessons are read in full only to match search words.
 */
export function useLessonLibrary(
  filter: LibraryFilter,
  sort: LessonSort,
  limit: number,
  locale: string,
) {
  const key = JSON.stringify(filter);
  return useLiveQuery(
    async () =>
      libraryPage(await readLessonIndex(db), filter, sort, limit, locale),
    [key, sort, limit, locale],
  );
}

/** Every lesson passing the filter, sorted, in full (for sharing them). */
export async function findLessons(
  filter: LibraryFilter,
  sort: LessonSort,
  locale: string,
): Promise<Lesson[]> {
  const index = await readLessonIndex(db);
  const { lessons } = await libraryPage(index, filter, sort, Infinity, locale);
  const bodies = await db.lessons.bulkGet(lessons.map((s) => s.lessonId));
  return bodies.filter((l): l is Lesson => !!l);
}

async function libraryPage(
  index: LessonIndex,
  { status, ...filter }: LibraryFilter,
  sort: LessonSort,
  limit: number,
  locale: string,
): Promise<LibraryPage> {
  const rule = status && { is: status };
  const slots = index.select(filter, rule);
  if (filter.query?.trim()) {
    const bodies = await db.lessons.bulkGet(
      Array.from(slots, (i) => index.lessonId(i)),
    );
    const found = bodies
      .filter((l): l is Lesson => !!l && matchesFilter(l, filter, rule))
      .sort(compareLessons(sort, locale));
    return {
      lessons: found.slice(0, limit).flatMap((l) => summaryFor(l) ?? []),
      total: found.length,
    };
  }
  return {
    lessons: index
      .order(slots, sort, limit, locale)
      .map((i) => index.summaryAt(i)),
    total: slots.length,
  };
}

export type LibraryFacets = LessonFacets;

export interface LibraryView {
  page: LibraryPage;
  facets: LibraryFacets;
  /** Framework items a lesson can be filtered by: current ones without children, in order. */
  items: FrameworkItemRecord[];
}

/**
 * What the library page shows, read at once so the page renders once: the page of lessons, the
 * values for its filter menus, and the framework items to filter by.
 */
export function useLibraryView(
  filter: LibraryFilter,
  sort: LessonSort,
  limit: number,
  locale: string,
): LibraryView | undefined {
  const key = JSON.stringify(filter);
  // Kept while the library is open and the frameworks unchanged, so the item menu is not rebuilt.
  const filterItems = useRef<{ key: string; items: FrameworkItemRecord[] }>(
    undefined,
  );
  return useLiveQuery(async () => {
    const [index, { frameworks, items, key }] = await Promise.all([
      readLessonIndex(db),
      readFrameworks(db),
    ]);
    const page = await libraryPage(index, filter, sort, limit, locale);
    if (filterItems.current?.key !== key) {
      const parents = new Set(items.map((i) => i.parentId));
      filterItems.current = {
        key,
        items: inFrameworkOrder(frameworks, items).filter(
          (i) => i.retiredInVersion === undefined && !parents.has(i.id),
        ),
      };
    }
    return { page, facets: index.facets(), items: filterItems.current.items };
  }, [key, sort, limit, locale]);
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

/** Items by framework (in reading order), then by position within each. */
function inFrameworkOrder(
  frameworks: readonly FrameworkRecord[],
  items: FrameworkItemRecord[],
): FrameworkItemRecord[] {
  const order = new Map(orderFrameworks(frameworks).map((f, i) => [f.id, i]));
  return items.sort(
    (a, b) =>
      (order.get(a.frameworkId) ?? 0) - (order.get(b.frameworkId) ?? 0) ||
      a.position - b.position,
  );
}

/** Every stored framework and its current items: the only things a lesson can be mapped to. */
export function usePickerData(): PickerData | undefined {
  const data = useLiveQuery(() => readFrameworks(db), []);
  return useMemo(() => {
    if (!data) return undefined;
    const items = inFrameworkOrder(data.frameworks, data.items);
    return {
      frameworks: orderFrameworks(data.frameworks),
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
