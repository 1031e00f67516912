import type { Lesson } from "../domain/lessons/types";
import {
  decideRemote,
  type Arrival,
  type SyncEntry,
} from "../domain/sync/entry";
import { readEntry } from "../domain/sync/readEntry";
import { getLessons, indexLessons, putLessons } from "./lessonRecords";
import { readReceipts } from "./receipts";
import type { PlannerDatabase } from "./schema";

// The database side of the school server: values arriving in a document are read as untrusted
// input and written through putLessons (so the lesson index and coverage follow), in one
// transaction per batch; an edit that would overwrite this device's own is kept aside as a
// conflict for the person to settle.

export interface SyncConflictRecord {
  lessonId: string;
  /** The document the other edit arrived in. */
  doc: string;
  /** The other device's lesson. */
  theirs: Lesson;
  theirDevice: string;
  at: string;
}

export interface SyncDocRecord {
  name: string;
  /**
   * The teacher whose lessons it holds (their person id on the school server); "" for the
   * school's plans document.
   */
  owner: string;
  ownerName: string;
  /** When the device and the server last held the same document. */
  syncedAt: string | null;
  /** Lessons this device put in the document that the server has not yet confirmed. */
  waiting: string[];
  /** The plans document on a teacher's device: the plans it holds, read-only here. */
  held?: string[];
  /**
   * The plans document on a head's device: plans kept as copies when two heads' edits of one
   * plan crossed, with the plan each was an edit of.
   */
  copies?: { id: string; of: string; at: string }[];
}

export type RemoteChange = Arrival<SyncEntry>;

export interface RemoteCounts {
  taken: number;
  conflicts: number;
  /** The lessons now kept aside as conflicts. */
  conflicted: string[];
  /** Values that were not lessons of this key: left out. */
  unreadable: number;
  /** This device's lessons an arrival could not replace (it was not a lesson): to go in again. */
  kept: Lesson[];
}

export async function applyRemote(
  db: PlannerDatabase,
  doc: string,
  changes: readonly RemoteChange[],
  device: string,
  options: { readOnly?: boolean; now?: Date } = {},
): Promise<RemoteCounts> {
  const now = options.now ?? new Date();
  const counts: RemoteCounts = {
    taken: 0,
    conflicts: 0,
    conflicted: [],
    unreadable: 0,
    kept: [],
  };
  const read: (RemoteChange & NonNullable<ReturnType<typeof readEntry>>)[] = [];
  const unreadable: string[] = [];
  for (const change of changes) {
    const found = readEntry(change.key, change.value);
    if (found) read.push({ ...change, ...found });
    else unreadable.push(change.key);
  }
  counts.unreadable = unreadable.length;
  // What is not a lesson replaces nothing here: this device's own lesson goes in again over it.
  if (!options.readOnly && unreadable.length > 0)
    counts.kept = (await getLessons(db, unreadable)).filter(
      (l) => l !== undefined,
    );
  if (read.length === 0) return counts;
  await db.transaction(
    "rw",
    [db.lessons, db.lessonIndex, db.syncConflicts],
    async () => {
      const locals = await getLessons(
        db,
        read.map((r) => r.key),
      );
      const take: Lesson[] = [];
      const conflicts: SyncConflictRecord[] = [];
      const settled: string[] = [];
      read.forEach((r, i) => {
        // A document this device only reads (a head's view of a teacher's) is always the teacher's
        // word: nothing of this device's is overwritten that it could have written there.
        const step = options.readOnly
          ? locals[i]?.updatedAt === r.entry.rev
            ? "same"
            : "take"
          : decideRemote(locals[i], r.prev, r.entry, device);
        if (step === "take") take.push(r.lesson);
        if (step !== "conflict") settled.push(r.key);
        else
          conflicts.push({
            lessonId: r.key,
            doc,
            theirs: r.lesson,
            theirDevice: r.entry.device,
            at: now.toISOString(),
          });
      });
      await putLessons(db, take);
      await db.syncConflicts.bulkDelete(settled);
      await db.syncConflicts.bulkPut(conflicts);
      counts.taken = take.length;
      counts.conflicts = conflicts.length;
      counts.conflicted = conflicts.map((c) => c.lessonId);
    },
  );
  return counts;
}

/** The lessons changed on this device after `since` (an updatedAt), oldest first. */
export function lessonsChangedSince(
  db: PlannerDatabase,
  since: string,
): Promise<Lesson[]> {
  return db.lessons.where("updatedAt").above(since).sortBy("updatedAt");
}

/**
 * Each lesson's revision (its updatedAt), by id, read from the updatedAt index alone: a head's
 * device holds 100,000 lessons and need not load them to see which changed.
 */
export async function revisions(
  db: PlannerDatabase,
): Promise<Map<string, string>> {
  const collection = db.lessons.orderBy("updatedAt");
  const [revs, ids] = await db.transaction("r", db.lessons, () =>
    Promise.all([collection.keys(), collection.primaryKeys()]),
  );
  return new Map(ids.map((id, i) => [id, revs[i] as string]));
}

/** The lessons with conflicts waiting to be settled. */
export async function conflictIds(db: PlannerDatabase): Promise<Set<string>> {
  return new Set(await db.syncConflicts.toCollection().primaryKeys());
}

/** The lessons that came from other teachers' share files (this device did not write them). */
export async function receivedIds(db: PlannerDatabase): Promise<Set<string>> {
  return new Set((await readReceipts(db)).keys());
}

export async function noteSyncDoc(
  db: PlannerDatabase,
  record: SyncDocRecord,
): Promise<void> {
  // What a plans document records of its own (held, copies) stays.
  await db.transaction("rw", db.syncDocs, async () => {
    const had = await db.syncDocs.get(record.name);
    await db.syncDocs.put({ ...had, ...record });
  });
}

export function syncDocs(db: PlannerDatabase): Promise<SyncDocRecord[]> {
  return db.syncDocs.toArray();
}

/** This device's lessons of a school year (deleted ones too: a deletion syncs). */
export function lessonsOfYear(
  db: PlannerDatabase,
  schoolYear: string,
): Promise<Lesson[]> {
  return db.lessons.where("schoolYear").equals(schoolYear).toArray();
}

export { getLessons };

/**
 * Settles a conflict. Theirs: the other device's lesson replaces this one. Mine: this device's
 * lesson is saved again as a new edit, made on theirs, so every device takes it.
 */
export async function settleSyncConflict(
  db: PlannerDatabase,
  lessonId: string,
  choice: "mine" | "theirs",
  now = new Date(),
): Promise<void> {
  await db.transaction(
    "rw",
    [db.lessons, db.lessonIndex, db.syncConflicts],
    async () => {
      const conflict = await db.syncConflicts.get(lessonId);
      if (!conflict) return;
      const [mine] = await getLessons(db, [lessonId]);
      const kept =
        choice === "theirs" || !mine
          ? conflict.theirs
          : { ...mine, updatedAt: now.toISOString() };
      await putLessons(db, [kept]);
      await db.syncConflicts.delete(lessonId);
    },
  );
}

/**
 * Takes lessons off this device (a sign-out that leaves no copy): out of the lessons and the
 * index together, with their conflicts and the documents' sync records.
 */
export async function removeSyncedCopy(
  db: PlannerDatabase,
  lessonIds: readonly string[],
  now = new Date(),
): Promise<void> {
  await db.transaction(
    "rw",
    [db.lessons, db.lessonIndex, db.syncConflicts, db.syncDocs],
    async () => {
      const held = (await getLessons(db, lessonIds)).filter(
        (l): l is Lesson => l !== undefined,
      );
      // A deleted lesson leaves the index (indexLessons), then the record goes.
      await indexLessons(
        db,
        held.map((l) => ({ ...l, deletedAt: now.toISOString() })),
      );
      await db.lessons.bulkDelete(held.map((l) => l.id));
      await db.syncConflicts.clear();
      await db.syncDocs.clear();
    },
  );
}

/** The last lesson change on this device (where pushing picks up after a start). */
export async function lastChange(db: PlannerDatabase): Promise<string> {
  const last = await db.lessons.orderBy("updatedAt").last();
  return last?.updatedAt ?? "";
}

/** The school years this device holds lessons of. */
export async function schoolYearsHeld(db: PlannerDatabase): Promise<string[]> {
  return (await db.lessons.orderBy("schoolYear").uniqueKeys()).map(String);
}
