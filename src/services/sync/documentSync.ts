import {
  HocuspocusProvider,
  type HocuspocusProviderWebsocket,
} from "@hocuspocus/provider";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import type { PlannerDatabase } from "../../db/schema";
import {
  applyRemote,
  getLessons,
  lessonsOfYear,
  noteSyncDoc,
  type RemoteChange,
  type SyncDocRecord,
} from "../../db/sync";
import type { Lesson } from "../../domain/lessons/types";
import { entryFor, type SyncEntry } from "../../domain/sync/entry";
import { asEntry } from "../../domain/sync/readEntry";

// One school-server document on this device: a Yjs document kept in IndexedDB (y-indexeddb), so
// what arrived and what this device wrote outlive a restart with no network, and synced through
// the school's one WebSocket. Values that arrive are written to the lessons in order, one batch
// at a time; this device's saves are put in the document by push().

/** The origin of this device's own writes, so the observer leaves them alone. */
const LOCAL = Symbol("this device");

/** Lessons read and written per batch: a head's first sync holds 100,000 of them. */
const BATCH = 500;

export type DocumentProblem = "signed-out" | "forbidden";

export interface DocumentSyncOptions {
  db: PlannerDatabase;
  record: Omit<SyncDocRecord, "waiting" | "syncedAt">;
  /** The teacher's own document (this device writes it); otherwise read only (a head's view). */
  writable: boolean;
  /** The lessons' school year, for a writable document. */
  schoolYear: string | null;
  device: string;
  /** Where the Yjs state is kept on this device. */
  persistenceName: string;
  socket: HocuspocusProviderWebsocket;
  token: () => Promise<string>;
  /** Lessons never put in the document: kept aside as conflicts, or from other teachers' files. */
  leftOut: () => Promise<Set<string>>;
  /** Each lesson's revision on this device (shared by a head's many documents). */
  revisions: () => Promise<Map<string, string>>;
  onChange: () => void;
  onRefused: (problem: DocumentProblem) => void;
}

export interface DocumentSync {
  readonly name: string;
  readonly writable: boolean;
  /** Lessons put in the document that the server has not confirmed yet. */
  readonly waiting: ReadonlySet<string>;
  readonly syncedAt: string | null;
  readonly synced: boolean;
  /** The lessons kept aside here as conflicts since the document opened. */
  readonly conflicted: ReadonlySet<string>;
  /** Puts this device's lessons in the document (those it does not hold already). */
  push(lessons: readonly Lesson[]): Promise<void>;
  /** Sends the token again (after a refresh) and syncs. */
  retry(): void;
  /** Resolves once every value that has arrived so far is written to the lessons. */
  settled(): Promise<void>;
  /** The lessons the document holds. */
  keys(): string[];
  close(): Promise<void>;
}

export async function openDocumentSync(
  options: DocumentSyncOptions,
): Promise<DocumentSync> {
  const { db, device, writable } = options;
  const doc = new Y.Doc();
  const map = doc.getMap<unknown>("lessons");
  const persistence = new IndexeddbPersistence(options.persistenceName, doc);
  await persistence.whenSynced;
  const stored = await db.syncDocs.get(options.record.name);
  const waiting = new Set(stored?.waiting ?? []);
  let syncedAt = stored?.syncedAt ?? null;
  const conflicted = new Set<string>();
  /** Keys whose arrived values are not yet written to the lessons: push leaves them alone. */
  const unapplied = new Set<string>();

  // Everything that reads or writes the lessons for this document runs in this order.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (step: () => Promise<void>) => {
    const next = queue.then(step);
    queue = next.catch((error: unknown) => {
      console.error("school sync:", error);
    });
    return next;
  };

  const note = () =>
    noteSyncDoc(db, {
      ...options.record,
      syncedAt,
      waiting: [...waiting],
    });

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
    if (put.length === 0) return;
    put.forEach((id) => waiting.add(id));
    await note();
    options.onChange();
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
      if (!entry) {
        if (ofYear(lesson)) give.push(lesson!);
      } else if (!lesson) take.push({ key: id, prev: undefined, value });
      else if (entry.rev === lesson.updatedAt) continue;
      else if (entry.device === device) {
        // This device's own last word in the document: its lessons are the truth.
        if (ofYear(lesson)) give.push(lesson);
      } else if (syncedAt && lesson.updatedAt > entry.rev) {
        if (ofYear(lesson)) give.push(lesson);
      } else if (syncedAt && lesson.updatedAt <= syncedAt)
        // Unchanged here since the last sync: the document's value was built on it.
        take.push({
          key: id,
          prev: { ...entry, rev: lesson.updatedAt, device: "" },
          value,
        });
      else take.push({ key: id, prev: undefined, value });
    }
    await apply(take);
    await put(give);
  };
  let reconciled = false;
  const reconcileOnce = () => {
    if (reconciled) return;
    reconciled = true;
    void enqueue(reconcile);
  };

  map.observe((event, transaction) => {
    if (transaction.origin === LOCAL) return;
    const changes: RemoteChange[] = [];
    event.changes.keys.forEach((change, key) => {
      // Lessons are deleted by marking them (deletedAt), which syncs as an edit; a key taken out
      // of the document (a lesson moved to another school year's) leaves the lesson as it is.
      if (change.action === "delete") return;
      unapplied.add(key);
      changes.push({
        key,
        prev: asEntry(change.oldValue),
        value: map.get(key),
      });
    });
    if (changes.length > 0) void enqueue(() => apply(changes));
  });

  // A document synced before holds what the device last agreed with the server; one never synced
  // is level only once the server's values are in.
  if (syncedAt || !writable) reconcileOnce();

  const confirm = () => {
    if (!provider.isSynced || provider.unsyncedChanges > 0) return;
    syncedAt = new Date().toISOString();
    waiting.clear();
    void enqueue(note);
    options.onChange();
  };
  const provider = new HocuspocusProvider({
    websocketProvider: options.socket,
    name: options.record.name,
    document: doc,
    token: options.token,
    // Nobody's cursor or presence is shared: only the lessons.
    awareness: null,
    onSynced: () => {
      reconcileOnce();
      confirm();
    },
    onUnsyncedChanges: confirm,
    onDisconnect: () => options.onChange(),
    onAuthenticationFailed: ({ reason }) =>
      options.onRefused(reason === "forbidden" ? "forbidden" : "signed-out"),
  });
  provider.attach();

  return {
    name: options.record.name,
    writable,
    get waiting() {
      return waiting;
    },
    get syncedAt() {
      return syncedAt;
    },
    get synced() {
      return provider.isSynced && provider.unsyncedChanges === 0;
    },
    conflicted,
    push: (lessons) => enqueue(() => put(lessons)),
    retry() {
      provider.detach();
      provider.attach();
    },
    settled: () => enqueue(() => Promise.resolve()),
    keys: () => [...map.keys()],
    async close() {
      provider.destroy();
      await queue;
      await persistence.destroy();
      doc.destroy();
    },
  };
}
