import { z } from "zod";
import { lessonSchema } from "../lessons/record";
import type { Lesson } from "../lessons/types";
import type { SyncEntry } from "./entry";

// A value from the school server is untrusted input, read as a file is: with the same lesson
// schema as a backup or a share file. Anything else is left out, and nothing stored changes.

const MAX_LESSON_CHARS = 2_000_000;

const entrySchema = z.strictObject({
  v: z.literal(1),
  rev: z.string().min(1).max(40),
  base: z.string().min(1).max(40).nullable(),
  device: z.string().max(100),
  lesson: z.string().max(MAX_LESSON_CHARS),
});

const lessons = lessonSchema(z);

/** The entry and its lesson, when the value is one and its lesson is the one under this key. */
export function readEntry(
  key: string,
  value: unknown,
): { entry: SyncEntry; lesson: Lesson } | null {
  const entry = entrySchema.safeParse(value);
  if (!entry.success) return null;
  let json: unknown;
  try {
    json = JSON.parse(entry.data.lesson);
  } catch {
    return null;
  }
  const lesson = lessons.safeParse(json);
  if (!lesson.success) return null;
  if (lesson.data.id !== key || lesson.data.updatedAt !== entry.data.rev)
    return null;
  return { entry: entry.data, lesson: lesson.data };
}

/** Whether a value is an entry at all (its lesson unread): for reading the document's values. */
export function asEntry(value: unknown): SyncEntry | undefined {
  const entry = entrySchema.safeParse(value);
  return entry.success ? entry.data : undefined;
}
