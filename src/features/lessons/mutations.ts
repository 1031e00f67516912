import { useMemo } from "react";
import { nextRevision } from "../../domain/revision";
import type { PlannerDatabase } from "../../db/schema";
import { useServices } from "../../services/ServicesProvider";
import { missingFor, type RequiredField } from "../../domain/lessons/lesson";
import { ensureDeviceId } from "../../db/device";
import { putLessons } from "../../db/lessonRecords";
import { allMappings } from "../../domain/lessons/mapping";
import { makeShareFile } from "../../domain/share/share";
import type { Lesson } from "../../domain/lessons/types";
import { deepEqual } from "../../domain/merge";
import type { SaveOutcome } from "../../lib/useAutosave";

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
  const outcome = await writeLesson(db, lesson, undefined, now);
  if (!("saved" in outcome)) throw new Error("unreachable: no revision check");
  return outcome.saved;
}

/**
 * Saves the editor's lesson over the revision it was edited from (`expected`, null for a lesson
 * never saved), checked inside the write's transaction: if the stored lesson is no longer that
 * one (another tab saved it, an import or a restore replaced it), nothing is written and the
 * stored lesson comes back, for the editor to merge with.
 */
export function saveLessonEdit(
  db: PlannerDatabase,
  lesson: Lesson,
  expected: Lesson | null,
  now = new Date(),
): Promise<SaveOutcome<Lesson>> {
  return writeLesson(db, lesson, expected, now);
}

async function writeLesson(
  db: PlannerDatabase,
  lesson: Lesson,
  expected: Lesson | null | undefined,
  now: Date,
): Promise<SaveOutcome<Lesson>> {
  const missing = missingFor(lesson, lesson.status);
  if (missing.length > 0) throw new MissingFieldsError(missing);
  return db.transaction(
    "rw",
    db.lessons,
    db.lessonIndex,
    db.frameworkItems,
    async () => {
      const current = (await db.lessons.get(lesson.id)) ?? null;
      if (expected !== undefined && !deepEqual(current, expected))
        return { changed: current };
      const ids = [...new Set(allMappings(lesson).map((m) => m.itemId))];
      const found = await db.frameworkItems.bulkGet(ids);
      const unknown = ids.filter((_, i) => !found[i]);
      if (unknown.length > 0) throw new UnknownItemsError(unknown);
      const saved: Lesson = {
        ...lesson,
        updatedAt: nextRevision(now, current?.updatedAt),
      };
      await putLessons(db, [saved]);
      return { saved };
    },
  );
}

/**
 * Sets or clears a lesson's deletion, with its place in the lesson index, in one transaction.
 * A deletion is an edit (a new revision), so it travels to the teacher's other devices and the
 * head's, through share files and the school server, as any edit does.
 */
async function setDeleted(
  db: PlannerDatabase,
  id: string,
  deletedAt: string | null,
  now = new Date(),
): Promise<void> {
  await db.transaction("rw", db.lessons, db.lessonIndex, async () => {
    const lesson = await db.lessons.get(id);
    if (!lesson) return;
    await putLessons(db, [
      { ...lesson, deletedAt, updatedAt: nextRevision(now, lesson.updatedAt) },
    ]);
  });
}

/** Moves a lesson to the bin (kept, so Undo can bring it back) and out of coverage. */
export function deleteLesson(
  db: PlannerDatabase,
  id: string,
  now = new Date(),
): Promise<void> {
  return setDeleted(db, id, now.toISOString(), now);
}

export function restoreLesson(
  db: PlannerDatabase,
  id: string,
  now = new Date(),
): Promise<void> {
  return setDeleted(db, id, null, now);
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

/**
 * The chosen lessons as a share file for the school (see domain/share), naming the teacher and
 * this device (its identity is made the first time a file is shared).
 */
export async function shareFileFor(
  db: PlannerDatabase,
  teacher: string,
  lessons: readonly Lesson[],
  appVersion: string,
): Promise<Blob> {
  const device = await ensureDeviceId(db);
  const file = await makeShareFile({ teacher, device }, lessons, appVersion);
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
      /** The editor's save, over the revision it edited (see saveLessonEdit). */
      saveLessonEdit: (lesson: Lesson, expected: Lesson | null) =>
        writes.attempt(() => saveLessonEdit(db, lesson, expected)),
      deleteLesson: (id: string) => writes.run(() => deleteLesson(db, id)),
      restoreLesson: (id: string) => writes.run(() => restoreLesson(db, id)),
      moveLesson: (id: string, date: string, period: number) =>
        writes.run(() => moveLesson(db, id, date, period)),
      /** Rejects if the device's identity could not be stored: the dialog says so. */
      shareFile: (
        teacher: string,
        lessons: readonly Lesson[],
        appVersion: string,
      ) => writes.attempt(() => shareFileFor(db, teacher, lessons, appVersion)),
    }),
    [db, writes],
  );
}
