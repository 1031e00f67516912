import type { PlannerDatabase } from "../../db/schema";
import {
  applyRemote,
  getLessons,
  lessonsOfYear,
  type RemoteChange,
} from "../../db/sync";
import type { Lesson } from "../../domain/lessons/types";
import {
  arrivalAtStart,
  entryFor,
  stepAtStart,
  type SyncEntry,
} from "../../domain/sync/entry";
import { asEntry } from "../../domain/sync/readEntry";
import { LOCAL, openSyncedDoc, type SyncedDocOptions } from "./syncedDoc";

// One teacher's lessons of one school year on this device (see syncedDoc.ts for what every
// document shares). Values that arrive are written to the lessons in order, one batch at a time;
// this device's saves are put in the document by push().

/** Lessons read and written per batch: a head's first sync holds 100,000 of them. */
const BATCH = 500;

export type { DocumentProblem } from "./syncedDoc";

export interface DocumentSyncOptions extends SyncedDocOptions {
  db: PlannerDatabase;
  /** The teacher's own document (this device writes it); otherwise read only (a head's view). */
  writable: boolean;
  /** The lessons' school year, for a writable document. */
  schoolYear: string | null;
  device: string;
  /** Lessons never put in the document: kept aside as conflicts, or from other teachers' files. */
  leftOut: () => Promise<Set<string>>;
  /** Each lesson's revision on this device (shared by a head's many documents). */
  revisions: () => Promise<Map<string, string>>;
}

/** What the sync runtime asks of any document it holds, lessons or plans. */
export interface HeldDocument {
  readonly name: string;
  readonly writable: boolean;
  /** Keys put in the document that the server has not confirmed yet. */
  readonly waiting: ReadonlySet<string>;
  readonly syncedAt: string | null;
  readonly synced: boolean;
  /** Sends the token again (after a refresh) and syncs. */
  retry(): void;
  /** Resolves once every value that has arrived so far is written to the app's tables. */
  settled(): Promise<void>;
  /** The keys the document holds. */
  keys(): string[];
  close(): Promise<void>;
}

export interface DocumentSync extends HeldDocument {
  /** The lessons kept aside here as conflicts since the document opened. */
  readonly conflicted: ReadonlySet<string>;
  /** Puts this device's lessons in the document (those it does not hold already). */
  push(lessons: readonly Lesson[]): Promise<void>;
}

export async function openDocumentSync(
  options: DocumentSyncOptions,
): Promise<DocumentSync> {
  const { db, device, writable } = options;
  const shared = await openSyncedDoc(options);
  const { doc, waiting, enqueue } = shared;
  const map = doc.getMap<unknown>("lessons");
  const conflicted = new Set<string>();

  const apply = async (changes: RemoteChange[]) => {
    for (let i = 0; i < changes.length; i += BATCH) {
      const batch = changes.slice(i, i + BATCH);
      const counts = await applyRemote(db, options.record.name, batch, device, {
        readOnly: !writable,
      });
      for (const c of batch) {
        unapplied.delete(c.key);
        conflicted.delete(c.key);
      }
      counts.conflicted.forEach((id) => conflicted.add(id));
      await put(counts.kept);
    }
    if (changes.length > 0) options.onChange();
  };

  const put = async (lessons: readonly Lesson[]) => {
    const leftOut = await options.leftOut();
    const put: string[] = [];
    doc.transact(() => {
      for (const lesson of lessons) {
        if (unapplied.has(lesson.id) || leftOut.has(lesson.id)) continue;
        const entry = entryFor(lesson, asEntry(map.get(lesson.id)), device);
        if (!entry) continue;
        map.set(lesson.id, entry);
        put.push(lesson.id);
      }
    }, LOCAL);
    await shared.wrote(put);
  };

  /**
   * Brings the lessons and the document level after a start: what this device changed while the
   * sync was not running goes in, what arrived and was not written comes out. A lesson that
   * differs from the document's with no sign of which was built on which (the device never
   * synced this document, or edited the lesson since it last did) is a conflict, never a guess.
   * Known gap: an arrival persisted by y-indexeddb with the page closed before the lessons were
   * written, followed by an edit here, is taken for an edit made on the arrival.
   */
  const reconcile = async () => {
    const keys = [...map.keys()];
    if (!writable) {
      const have = await options.revisions();
      const changed = keys.flatMap((key) => {
        const value = map.get(key);
        const entry = asEntry(value);
        return entry && have.get(key) !== entry.rev
          ? [{ key, prev: undefined, value }]
          : [];
      });
      await apply(changed);
      return;
    }
    const mine = await lessonsOfYear(db, options.schoolYear!);
    const local = new Map(mine.map((l) => [l.id, l]));
    const elsewhere = keys.filter((k) => !local.has(k));
    (await getLessons(db, elsewhere)).forEach((l) => l && local.set(l.id, l));
    const leftOut = await options.leftOut();
    const take: RemoteChange[] = [];
    const give: Lesson[] = [];
    const ofYear = (lesson: Lesson | undefined) =>
      lesson?.schoolYear === options.schoolYear;
    for (const id of new Set([...keys, ...local.keys()])) {
      if (leftOut.has(id)) continue;
      const lesson = local.get(id);
      const value = map.get(id);
      const entry: SyncEntry | undefined = asEntry(value);
      const step = stepAtStart(lesson, entry, device, shared.syncedAt());
      if (step === "give" && ofYear(lesson)) give.push(lesson!);
      const arrival = arrivalAtStart(step, id, lesson, entry, value);
      if (arrival) take.push(arrival);
    }
    await apply(take);
    await put(give);
  };
  /** Keys whose arrived values are not yet written to the lessons: push leaves them alone. */
  const unapplied = shared.follow(map, asEntry, apply);
  // A document synced before holds what the device last agreed with the server; one never synced
  // is level only once the server's values are in.
  shared.start(reconcile, !!shared.syncedAt() || !writable);

  return {
    name: options.record.name,
    writable,
    get waiting() {
      return waiting;
    },
    get syncedAt() {
      return shared.syncedAt();
    },
    get synced() {
      return shared.synced();
    },
    conflicted,
    push: (lessons) => enqueue(() => put(lessons)),
    retry: shared.retry,
    settled: () => enqueue(() => Promise.resolve()),
    keys: () => [...map.keys()],
    close: shared.close,
  };
}
