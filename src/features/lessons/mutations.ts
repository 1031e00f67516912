import { useMemo } from "react";
import type { PlannerDatabase } from "../../db/schema";
import { useServices } from "../../services/ServicesProvider";
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
  db: PlannerDatabase,
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
async function setDeleted(
  db: PlannerDatabase,
  id: string,
  deletedAt: string | null,
): Promise<void> {
  await db.transaction("rw", db.lessons, db.lessonIndex, async () => {
    const lesson = await db.lessons.get(id);
    if (!lesson) return;
    await putLessons(db, [{ ...lesson, deletedAt }]);
  });
}

/** Moves a lesson to the bin (kept, so Undo can bring it back) and out of coverage. */
export function deleteLesson(
  db: PlannerDatabase,
  id: string,
  now = new Date(),
): Promise<void> {
  return setDeleted(db, id, now.toISOString());
}

export function restoreLesson(db: PlannerDatabase, id: string): Promise<void> {
  return setDeleted(db, id, null);
}

/** Puts a lesson in another timetable slot (with its place in the lesson index, in one transaction). */
export async function moveLesson(
  db: PlannerDatabase,
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

/**
 * The lesson writes a page makes, through the app's write path. Saving rejects (the editor and
 * the dialogs show why and keep what was typed); the others report a failure with Try again.
 */
export function useLessonWrites() {
  const { db, writes } = useServices();
  return useMemo(
    () => ({
      saveLesson: (lesson: Lesson) =>
        writes.attempt(() => saveLesson(db, lesson)),
      deleteLesson: (id: string) => writes.run(() => deleteLesson(db, id)),
      restoreLesson: (id: string) => writes.run(() => restoreLesson(db, id)),
      moveLesson: (id: string, date: string, period: number) =>
        writes.run(() => moveLesson(db, id, date, period)),
    }),
    [db, writes],
  );
}
