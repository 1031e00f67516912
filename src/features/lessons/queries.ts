import { useMemo } from "react";
import { useLiveQuery } from "dexie-react-hooks";
import { db } from "../../db/db";
import { getTeacherName } from "../../db/preferences";
import {
  compareLessons,
  matchesFilter,
  type LessonFilter,
  type LessonSort,
} from "../../domain/lessons/filter";
import type { Lesson } from "../../domain/lessons/types";
import type {
  FrameworkItemRecord,
  FrameworkRecord,
} from "../../domain/framework/types";
import { orderFrameworks } from "../../domain/framework/tree";
import { addDays } from "../../domain/lessons/week";

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
 * many matched in all. A school year narrows the read through its index; a framework item
 * through the coverage rows.
 */
export function useLessonLibrary(
  filter: LessonFilter,
  sort: LessonSort,
  limit: number,
  locale: string,
) {
  const key = JSON.stringify(filter);
  return useLiveQuery(async (): Promise<LibraryPage> => {
    const matching = await findLessons(filter, sort, locale);
    return { lessons: matching.slice(0, limit), total: matching.length };
  }, [key, sort, limit, locale]);
}

/** Every lesson passing the filter, sorted. */
export async function findLessons(
  filter: LessonFilter,
  sort: LessonSort,
  locale: string,
): Promise<Lesson[]> {
  let candidates: Lesson[];
  if (filter.itemId) {
    const rows = await db.lessonMappings
      .where("itemId")
      .equals(filter.itemId)
      .toArray();
    candidates = (await db.lessons.bulkGet(rows.map((r) => r.lessonId))).filter(
      (l): l is Lesson => !!l,
    );
  } else if (filter.schoolYear) {
    candidates = await db.lessons
      .where("schoolYear")
      .equals(filter.schoolYear)
      .toArray();
  } else {
    candidates = await db.lessons.toArray();
  }
  return candidates
    .filter((l) => matchesFilter(l, filter))
    .sort(compareLessons(sort, locale));
}

/** Values teachers have already used, for filter menus and suggestions. */
export function useLessonFacets() {
  return useLiveQuery(async () => {
    const lessons = (await db.lessons.toArray()).filter((l) => !l.deletedAt);
    const sorted = (values: string[]) =>
      [...new Set(values.filter(Boolean))].sort();
    return {
      schoolYears: sorted(lessons.map((l) => l.schoolYear)),
      classes: sorted(lessons.map((l) => l.className)),
      subjects: sorted(lessons.map((l) => l.subject)),
      authors: sorted(lessons.map((l) => l.author)),
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
