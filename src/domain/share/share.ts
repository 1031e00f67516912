import { makeEnvelope, type Envelope } from "../backup/envelope";
import type { Lesson } from "../lessons/types";
import type { ShareReceipt } from "./receipt";

/**
 * A share file: the lessons one teacher chose to give the school (usually the panel head or the
 * principal), without a server. The head imports many of them; lessons merge by id. Reading one
 * (with zod) is in ./read.ts, so the pages that only write or merge do not download the validator.
 */
export const SHARE_FORMAT = "blueprint-planner/lessons";
export const SHARE_VERSION = 1;
export const MAX_SHARE_BYTES = 50 * 1024 * 1024;

export interface ShareData {
  /** The teacher who shared, as set in their Settings. */
  teacher: string;
  lessons: Lesson[];
}

export type ShareFile = Envelope<ShareData>;

/**
 * The file a teacher hands over. Deleted lessons stay behind, and a lesson without an author
 * is signed with the teacher's name, so the school sees whose lesson it is.
 */
export function makeShareFile(
  teacher: string,
  lessons: readonly Lesson[],
  appVersion: string,
  now = new Date(),
): Promise<ShareFile> {
  const data: ShareData = {
    teacher,
    lessons: lessons
      .filter((l) => !l.deletedAt)
      .map((l) => (l.author.trim() ? l : { ...l, author: teacher })),
  };
  return makeEnvelope(SHARE_FORMAT, SHARE_VERSION, data, appVersion, now);
}

/** What importing does with one lesson of a file. */
export type MergeStep =
  /** The device does not have it: add it. */
  | { kind: "add"; lesson: Lesson; from: string }
  /** Only the file changed it since last time: take the file's. */
  | { kind: "update"; lesson: Lesson; local: Lesson; from: string }
  /** The same edit is already here: nothing to do. */
  | { kind: "same"; lesson: Lesson; from: string }
  /** The device has a newer edit, and the file nothing new: keep the device's. */
  | { kind: "keep"; lesson: Lesson; local: Lesson; from: string }
  /** Both changed it since the last import: the user chooses. */
  | { kind: "conflict"; lesson: Lesson; local: Lesson; from: string };

export interface Incoming {
  lesson: Lesson;
  /** The teacher whose file it is in. */
  from: string;
}

/**
 * Decides, without touching the database, what importing these lessons does. Lessons merge by
 * id. Where several files hold the same lesson, its newest edit counts. With a receipt (the
 * edit last taken), a lesson changed on both sides since then is a conflict; otherwise the
 * newer edit wins. Importing a file a second time finds only "same" or "keep": it changes nothing.
 */
export function planMerge(
  incoming: readonly Incoming[],
  local: ReadonlyMap<string, Lesson>,
  receipts: ReadonlyMap<string, ShareReceipt>,
): MergeStep[] {
  const newest = new Map<string, Incoming>();
  for (const entry of incoming) {
    const seen = newest.get(entry.lesson.id);
    if (!seen || entry.lesson.updatedAt > seen.lesson.updatedAt)
      newest.set(entry.lesson.id, entry);
  }
  return [...newest.values()].map(({ lesson, from }): MergeStep => {
    const have = local.get(lesson.id);
    if (!have) return { kind: "add", lesson, from };
    if (have.updatedAt === lesson.updatedAt)
      return { kind: "same", lesson, from };
    const base = receipts.get(lesson.id)?.baseUpdatedAt;
    if (base === undefined)
      return lesson.updatedAt > have.updatedAt
        ? { kind: "update", lesson, local: have, from }
        : { kind: "keep", lesson, local: have, from };
    const fileChanged = lesson.updatedAt > base;
    const deviceChanged = have.updatedAt !== base;
    if (!fileChanged) return { kind: "keep", lesson, local: have, from };
    return deviceChanged
      ? { kind: "conflict", lesson, local: have, from }
      : { kind: "update", lesson, local: have, from };
  });
}

/** The lesson fields two versions differ in, for showing a conflict ("title", "activities"). */
export function changedFields(a: Lesson, b: Lesson): (keyof Lesson)[] {
  const ignore = new Set<keyof Lesson>(["updatedAt", "createdAt"]);
  return (Object.keys(a) as (keyof Lesson)[]).filter(
    (k) => !ignore.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]),
  );
}
