import { useMemo, useRef } from "react";
import { useLiveQuery } from "dexie-react-hooks";
import type { PlannerDatabase } from "../../db/schema";
import type { IndexReadCache } from "../../db/lessonRecords";
import { useServices } from "../../services/ServicesProvider";
import { useStore } from "../../lib/useStore";
import { useEnsureIndex } from "../../services/useIndexState";
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

export { useIndexState } from "../../services/useIndexState";

/** One lesson; undefined while reading, null if there is no such lesson (or it was deleted). */
export function useLesson(id: string | undefined): Lesson | null | undefined {
  const { db } = useServices();
  return useLiveQuery(
    async () => (id ? ((await db.lessons.get(id)) ?? null) : null),
    [db, id],
  );
}

/** One lesson in full, or null if there is none (or it was deleted). */
async function readLesson(
  db: PlannerDatabase,
  id: string,
): Promise<Lesson | null> {
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
  const { db, caches } = useServices();
  useEnsureIndex();
  const key = JSON.stringify(filter);
  return useLiveQuery(
    async () =>
      libraryPage(
        db,
        await readLessonIndex(db, caches.lessonIndex),
        filter,
        sort,
        limit,
        locale,
      ),
    [db, key, sort, limit, locale],
  );
}

/** Every lesson passing the filter, sorted, in full (for sharing them). */
async function findLessons(
  db: PlannerDatabase,
  cache: IndexReadCache,
  filter: LibraryFilter,
  sort: LessonSort,
  locale: string,
): Promise<Lesson[]> {
  const index = await readLessonIndex(db, cache);
  const { lessons } = await libraryPage(
    db,
    index,
    filter,
    sort,
    Infinity,
    locale,
  );
  const bodies = await db.lessons.bulkGet(lessons.map((s) => s.lessonId));
  return bodies.filter((l): l is Lesson => !!l);
}

async function libraryPage(
  db: PlannerDatabase,
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
  const { db, caches } = useServices();
  useEnsureIndex();
  // The items to filter by, kept while the frameworks are unchanged (per mounted page).
  const filterItems = useRef<{ key?: string; items: FrameworkItemRecord[] }>({
    items: [],
  });
  const key = JSON.stringify(filter);
  return useLiveQuery(async () => {
    const [index, { frameworks, items, key }] = await Promise.all([
      readLessonIndex(db, caches.lessonIndex),
      readFrameworks(db, caches.frameworks),
    ]);
    const page = await libraryPage(db, index, filter, sort, limit, locale);
    const kept = filterItems.current;
    if (kept.key !== key) {
      const parents = new Set(items.map((i) => i.parentId));
      filterItems.current = {
        key,
        items: inFrameworkOrder(frameworks, items).filter(
          (i) => i.retiredInVersion === undefined && !parents.has(i.id),
        ),
      };
    }
    return { page, facets: index.facets(), items: filterItems.current.items };
  }, [db, key, sort, limit, locale]);
}

/** Lessons dated in the five school days from `monday`. */
export function useWeekLessons(monday: string): Lesson[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const lessons = await db.lessons
      .where("date")
      .between(monday, addDays(monday, 4), true, true)
      .toArray();
    return lessons.filter((l) => !l.deletedAt);
  }, [db, monday]);
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
  const { db, caches } = useServices();
  const data = useLiveQuery(() => readFrameworks(db, caches.frameworks), [db]);
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
async function resolveCodes(
  db: PlannerDatabase,
  codes: { frameworkId: string; code: string }[],
): Promise<Map<string, FrameworkItemRecord>> {
  const found = await db.frameworkItems
    .where("[frameworkId+code]")
    .anyOf(codes.map((c) => [c.frameworkId, c.code]))
    .toArray();
  return new Map(found.map((i) => [`${i.frameworkId}|${i.code}`, i]));
}

/** Reads a page asks for when a person acts (not live): bound to this app's database. */
export function useLessonReads() {
  const { db, caches, derived } = useServices();
  return useMemo(
    () => ({
      readLesson: (id: string) => readLesson(db, id),
      /** The lesson as stored, deleted or not (what an editor merges with), or null. */
      storedLesson: async (id: string) => (await db.lessons.get(id)) ?? null,
      findLessons: async (
        filter: LibraryFilter,
        sort: LessonSort,
        locale: string,
      ) => {
        await derived.ensureOnce();
        return findLessons(db, caches.lessonIndex, filter, sort, locale);
      },
      resolveCodes: (codes: { frameworkId: string; code: string }[]) =>
        resolveCodes(db, codes),
      /** The name new lessons on this device carry as their author. */
      teacherName: () => getTeacherName(db),
    }),
    [db, caches, derived],
  );
}

/** The teacher's name from Settings ("" if not set); undefined while reading. */
export function useTeacherName(): string | undefined {
  const { db } = useServices();
  return useLiveQuery(() => getTeacherName(db), [db]);
}

export type LessonSyncState = "reached" | "waiting" | "conflict";

/**
 * Whether this lesson has reached the school server, for a teacher signed in to one (null
 * otherwise): waiting while the server has not confirmed its last save, kept aside while it
 * conflicts with another device's edit.
 */
export function useLessonSync(
  lesson: Pick<Lesson, "id" | "updatedAt"> | null | undefined,
): LessonSyncState | null {
  const { db, school } = useServices();
  const status = useStore(school.status);
  const id = lesson?.id;
  const conflict = useLiveQuery(
    async () => (id ? (await db.syncConflicts.get(id)) !== undefined : false),
    [db, id],
  );
  if (!lesson || !status || status.role !== "teacher" || conflict === undefined)
    return null;
  if (conflict) return "conflict";
  if (status.waiting.has(lesson.id)) return "waiting";
  return status.lastSyncedAt && lesson.updatedAt <= status.lastSyncedAt
    ? "reached"
    : "waiting";
}
