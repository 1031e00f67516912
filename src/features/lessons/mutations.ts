import { db } from "../../db/db";
import { missingFor, type RequiredField } from "../../domain/lessons/lesson";
import { putLessons } from "../../db/lessonRecords";
import { allMappings } from "../../domain/lessons/mapping";
import { makeShareFile } from "../../domain/share/share";
import type { Lesson } from "../../domain/lessons/types";

/** The lesson points at framework items the device does not hold; nothing was saved. */
export class UnknownItemsError extends Error {
  constructor(readonly itemIds: string[]) {
    super(`Unknown framework items: ${itemIds.join(", ")}`);
    this.name = "UnknownItemsError";
  }
}

/** The lesson lacks what its status requires; nothing was saved. */
export class MissingFieldsError extends Error {
  constructor(readonly fields: RequiredField[]) {
    super(`Missing: ${fields.join(", ")}`);
    this.name = "MissingFieldsError";
  }
}

/**
 * Saves a lesson and its place in the lesson index, in one transaction: either both are written
 * or neither. Refuses mappings to items that are not stored, and statuses the lesson is not
 * ready for.
 */
export async function saveLesson(
  lesson: Lesson,
  now = new Date(),
): Promise<Lesson> {
  const missing = missingFor(lesson, lesson.status);
  if (missing.length > 0) throw new MissingFieldsError(missing);
  const saved: Lesson = { ...lesson, updatedAt: now.toISOString() };
  await db.transaction(
    "rw",
    db.lessons,
    db.lessonIndex,
    db.frameworkItems,
    async () => {
      const ids = [...new Set(allMappings(saved).map((m) => m.itemId))];
      const found = await db.frameworkItems.bulkGet(ids);
      const unknown = ids.filter((_, i) => !found[i]);
      if (unknown.length > 0) throw new UnknownItemsError(unknown);
      await putLessons(db, [saved]);
    },
  );
  return saved;
}

/** Sets or clears a lesson's deletion, with its place in the lesson index, in one transaction. */
async function setDeleted(id: string, deletedAt: string | null): Promise<void> {
  await db.transaction("rw", db.lessons, db.lessonIndex, async () => {
    const lesson = await db.lessons.get(id);
    if (!lesson) return;
    await putLessons(db, [{ ...lesson, deletedAt }]);
  });
}

/** Moves a lesson to the bin (kept, so Undo can bring it back) and out of coverage. */
export function deleteLesson(id: string, now = new Date()): Promise<void> {
  return setDeleted(id, now.toISOString());
}

export function restoreLesson(id: string): Promise<void> {
  return setDeleted(id, null);
}

/** Puts a lesson in another timetable slot (with its place in the lesson index, in one transaction). */
export async function moveLesson(
  id: string,
  date: string,
  period: number,
  now = new Date(),
): Promise<void> {
  await db.transaction("rw", db.lessons, db.lessonIndex, async () => {
    const lesson = await db.lessons.get(id);
    if (!lesson) return;
    await putLessons(db, [
      { ...lesson, date, period, updatedAt: now.toISOString() },
    ]);
  });
}

/** The chosen lessons as a share file for the school (see domain/share). */
export async function shareFileFor(
  teacher: string,
  lessons: readonly Lesson[],
  appVersion: string,
): Promise<Blob> {
  const file = await makeShareFile(teacher, lessons, appVersion);
  return new Blob([JSON.stringify(file)], { type: "application/json" });
}
