import { useMemo } from "react";
import { useLiveQuery } from "dexie-react-hooks";
import { db } from "../../db/db";
import { ensureDerivedOnce } from "../../db/derived";
import { getTeacherName } from "../../db/preferences";
import {
  compareLessons,
  matchesFilter,
  orderSlots,
  slotsMatching,
  type LessonFilter,
  type LessonSort,
} from "../../domain/lessons/filter";
import { distinctValues } from "../../domain/lessons/columns";
import type { Lesson } from "../../domain/lessons/types";
import { readLessonIndex } from "../../db/lessonRecords";
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
 * many matched in all. Filtering, counting and sorting run over the lesson index in memory;
 * only the lessons on the page are read in full (and, for search words, the candidates' text).
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
  const index = await readLessonIndex(db);
  const slots = slotsMatching(index, filter);
  if (filter.query?.trim()) {
    const bodies = await db.lessons.bulkGet(
      slots.map((i) => index.lessonId[i]!),
    );
    const found = bodies
      .filter((l): l is Lesson => !!l && matchesFilter(l, filter))
      .sort(compareLessons(sort, locale));
    return { lessons: found.slice(0, limit), total: found.length };
  }
  const page = orderSlots(index, slots, sort, limit, locale);
  const bodies = await db.lessons.bulkGet(page.map((i) => index.lessonId[i]!));
  return {
    lessons: bodies.filter((l): l is Lesson => !!l),
    total: slots.length,
  };
}

/** Values teachers have already used, for filter menus and suggestions. */
export function useLessonFacets() {
  return useLiveQuery(async () => {
    const index = await readLessonIndex(db);
    return {
      schoolYears: distinctValues(index, "schoolYear"),
      classes: distinctValues(index, "className"),
      subjects: distinctValues(index, "subject"),
      authors: distinctValues(index, "author"),
    };
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
