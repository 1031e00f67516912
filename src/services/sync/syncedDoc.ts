import {
  HocuspocusProvider,
  type HocuspocusProviderWebsocket,
} from "@hocuspocus/provider";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import type { PlannerDatabase } from "../../db/schema";
import { noteSyncDoc, type SyncDocRecord } from "../../db/sync";

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
  /** Connects; `onSynced` runs each time the server's state is in. */
  connect: (onSynced: () => void) => void;
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
    connect(onSynced) {
      provider = new HocuspocusProvider({
        websocketProvider: options.socket,
        name: options.record.name,
        document: doc,
        token: options.token,
        // Nobody's cursor or presence is shared: only the lessons and plans.
        awareness: null,
        onSynced: () => {
          onSynced();
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
