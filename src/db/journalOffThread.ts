import type { Journal, JournalEntry, Journaled } from "../lib/journal";
import { createJournal, journalRecord } from "./journal";
import type { JournalWrite, JournalWritten } from "./journalWorker";
import type { PlannerDatabase } from "./schema";

/** One worker writes the journals of every kind, for one database connection. */
export interface JournalWorker {
  send(write: Omit<JournalWrite, "seq">, settled: (ok: boolean) => void): void;
  stop(): void;
}

/**
 * The journal's writer in a worker (journalWorker.ts): on the page's main thread, the next
 * coalesced write would start only when the page got round to the last one's completion,
 * behind the rendering of every keystroke (measured while typing: 17 ms median, 300 ms at
 * worst, where the write itself takes 1 ms). Made on the first write, not before. Null where
 * the browser cannot make one (tests, old browsers): then the page writes the journal itself.
 */
export function journalWorker(name: string): JournalWorker | null {
  if (typeof Worker === "undefined") return null;
  let worker: Worker | undefined;
  let seq = 0;
  const waiting = new Map<number, (ok: boolean) => void>();
  return {
    send(write, settled) {
      if (!worker) {
        worker = new Worker(new URL("./journalWorker.ts", import.meta.url), {
          type: "module",
          name,
        });
        worker.onmessage = ({ data }: MessageEvent<JournalWritten>) => {
          for (const n of data.seqs) {
            waiting.get(n)?.(data.ok);
            waiting.delete(n);
          }
        };
        worker.onerror = () => {
          // The worker could not run: every write still waiting goes the page's way.
          for (const settle of waiting.values()) settle(false);
          waiting.clear();
        };
      }
      waiting.set(++seq, settled);
      worker.postMessage({ ...write, seq } satisfies JournalWrite);
    },
    stop() {
      worker?.terminate();
      worker = undefined;
      for (const settle of waiting.values()) settle(false);
      waiting.clear();
    },
  };
}

/**
 * A journal written by the worker. A write the worker could not make (the database closed for
 * another tab's upgrade, a full disk, no worker) is made by the page instead (createJournal:
 * IndexedDB, else localStorage), so nothing is lost that the page's own journal would keep.
 */
export function createOffThreadJournal<T extends Journaled>(
  db: PlannerDatabase,
  kind: string,
  worker: JournalWorker,
): Journal<T> {
  const onPage = createJournal<T>(db, kind);
  /** Per record, the newest step the worker has not settled yet (null: a clear). */
  const pending = new Map<
    string,
    { entry: JournalEntry<T> | null; n: number }
  >();
  let unsettled = 0;
  const idle = new Set<() => void>();
  let counter = 0;

  function track(id: string, entry: JournalEntry<T> | null) {
    const n = ++counter;
    pending.set(id, { entry, n });
    unsettled++;
    return () => {
      if (pending.get(id)?.n === n) pending.delete(id);
      if (--unsettled === 0) for (const done of idle) done();
    };
  }

  return {
    write(entry) {
      const id = entry.record.id;
      const untrack = track(id, entry);
      const record = journalRecord(kind, entry, Date.now());
      return new Promise<void>((resolve) => {
        worker.send({ key: record.key, put: record }, (ok) => {
          if (ok) {
            untrack();
            resolve();
            return;
          }
          void onPage.write(entry).then(() => {
            untrack();
            resolve();
          });
        });
      });
    },
    clear(id) {
      const untrack = track(id, null);
      onPage.clear(id); // also what the page wrote itself, or an older version left
      worker.send({ key: `${kind}:${id}` }, () => untrack());
    },
    async read(id) {
      const newest = pending.get(id);
      if (newest) return newest.entry;
      return onPage.read(id);
    },
    async settled() {
      if (unsettled > 0)
        await new Promise<void>((resolve) => {
          const done = () => {
            idle.delete(done);
            resolve();
          };
          idle.add(done);
        });
      await onPage.settled();
    },
  };
}
