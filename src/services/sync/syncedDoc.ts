import {
  HocuspocusProvider,
  type HocuspocusProviderWebsocket,
} from "@hocuspocus/provider";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import type { PlannerDatabase } from "../../db/schema";
import { noteSyncDoc, type SyncDocRecord } from "../../db/sync";
import type { Arrival, EntryRevision } from "../../domain/sync/entry";

// What every school-server document on this device shares, lessons or plans: a Yjs document kept
// in IndexedDB (y-indexeddb), so what arrived and what this device wrote outlive a restart with
// no network; synced through the school's one WebSocket; the device's writes waiting for the
// server, and when the two last agreed, recorded in syncDocs; one queue for everything that
// reads or writes the app's tables for it.

/** The origin of this device's own writes, so observers leave them alone. */
export const LOCAL = Symbol("this device");

export type DocumentProblem = "signed-out" | "forbidden";

export interface SyncedDocOptions {
  db: PlannerDatabase;
  record: Omit<SyncDocRecord, "waiting" | "syncedAt">;
  /** Where the Yjs state is kept on this device. */
  persistenceName: string;
  socket: HocuspocusProviderWebsocket;
  token: () => Promise<string>;
  onChange: () => void;
  onRefused: (problem: DocumentProblem) => void;
}

export interface SyncedDoc {
  doc: Y.Doc;
  /** Keys this device put in the document that the server has not confirmed yet. */
  waiting: Set<string>;
  syncedAt: () => string | null;
  /** Runs a step after every step queued before it. */
  enqueue: (step: () => Promise<void>) => Promise<void>;
  /** Records waiting and syncedAt. */
  note: () => Promise<void>;
  /** Marks keys as written here and waiting for the server. */
  wrote: (keys: readonly string[]) => Promise<void>;
  /**
   * Follows what arrives in `map` from elsewhere: each key changed is marked in the returned set
   * until `apply` (queued) has written it and takes it out. A key taken out of the document is
   * left alone: lessons and plans are deleted by marking them (deletedAt), which syncs as an edit,
   * and a lesson moved to another school year's document leaves this one.
   */
  follow: <E extends EntryRevision>(
    map: Y.Map<unknown>,
    read: (value: unknown) => E | undefined,
    apply: (changes: Arrival<E>[]) => Promise<void>,
  ) => Set<string>;
  /**
   * Connects and runs `reconcile` (queued) once: at once when `early` (the device's copy of the
   * document is already worth comparing with), else when the server's state is first in.
   */
  start: (reconcile: () => Promise<void>, early: boolean) => void;
  synced: () => boolean;
  retry: () => void;
  close: () => Promise<void>;
}

export async function openSyncedDoc(
  options: SyncedDocOptions,
): Promise<SyncedDoc> {
  const { db } = options;
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(options.persistenceName, doc);
  await persistence.whenSynced;
  const stored = await db.syncDocs.get(options.record.name);
  const waiting = new Set(stored?.waiting ?? []);
  let syncedAt = stored?.syncedAt ?? null;

  let queue: Promise<void> = Promise.resolve();
  const enqueue = (step: () => Promise<void>) => {
    const next = queue.then(step);
    queue = next.catch((error: unknown) => {
      console.error("school sync:", error);
    });
    return next;
  };
  const note = () =>
    noteSyncDoc(db, { ...options.record, syncedAt, waiting: [...waiting] });

  let provider: HocuspocusProvider | null = null;
  const synced = () =>
    !!provider && provider.isSynced && provider.unsyncedChanges === 0;
  const confirm = () => {
    if (!synced()) return;
    syncedAt = new Date().toISOString();
    waiting.clear();
    void enqueue(note);
    options.onChange();
  };

  return {
    doc,
    waiting,
    syncedAt: () => syncedAt,
    enqueue,
    note,
    async wrote(keys) {
      if (keys.length === 0) return;
      keys.forEach((k) => waiting.add(k));
      await note();
      options.onChange();
    },
    follow(map, read, apply) {
      const unapplied = new Set<string>();
      map.observe((event, transaction) => {
        if (transaction.origin === LOCAL) return;
        const changes: Parameters<typeof apply>[0] = [];
        event.changes.keys.forEach((change, key) => {
          if (change.action === "delete") return;
          unapplied.add(key);
          changes.push({
            key,
            prev: read(change.oldValue),
            value: map.get(key),
          });
        });
        if (changes.length > 0) void enqueue(() => apply(changes));
      });
      return unapplied;
    },
    start(reconcile, early) {
      let reconciled = false;
      const once = () => {
        if (reconciled) return;
        reconciled = true;
        void enqueue(reconcile);
      };
      if (early) once();
      provider = new HocuspocusProvider({
        websocketProvider: options.socket,
        name: options.record.name,
        document: doc,
        token: options.token,
        // Nobody's cursor or presence is shared: only the lessons and plans.
        awareness: null,
        onSynced: () => {
          once();
          confirm();
        },
        onUnsyncedChanges: confirm,
        onDisconnect: () => options.onChange(),
        onAuthenticationFailed: ({ reason }) =>
          options.onRefused(
            reason === "forbidden" ? "forbidden" : "signed-out",
          ),
      });
      provider.attach();
    },
    synced,
    retry() {
      provider?.detach();
      provider?.attach();
    },
    async close() {
      provider?.destroy();
      await queue;
      await persistence.destroy();
      doc.destroy();
    },
  };
}
