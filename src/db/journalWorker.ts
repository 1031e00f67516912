// The journal's writer, off the page's main thread (see journalOffThread.ts). Each message
// puts or deletes one journal record; per record, at most one write is in flight and only the
// newest waiting one is written next. Running here, the next write starts the moment the last
// one commits, however busy the page is rendering what is being typed.

/** What the page sends: a journal record to put, or the key of one to delete. */
export type JournalWrite =
  | { seq: number; key: string; put: { key: string } }
  | { seq: number; key: string; put?: undefined };

/** What comes back: the writes settled (the newest written, the older ones it replaced). */
export interface JournalWritten {
  seqs: number[];
  ok: boolean;
}

interface WorkerScope {
  /** The database's name, given when the worker was made. */
  name: string;
  onmessage: ((event: MessageEvent<JournalWrite>) => void) | null;
  postMessage(message: JournalWritten): void;
}

const scope = self as unknown as WorkerScope;
let database: Promise<IDBDatabase | null> | undefined;

/** The app's database as it is; never created or upgraded here (the page does that). */
function open(): Promise<IDBDatabase | null> {
  database ??= new Promise((resolve) => {
    const request = indexedDB.open(scope.name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      // Another tab is upgrading: let it. The page writes the journal itself from now on.
      db.onversionchange = () => {
        db.close();
        database = Promise.resolve(null);
      };
      if (db.objectStoreNames.contains("journal")) resolve(db);
      else {
        db.close();
        resolve(null);
      }
    };
  });
  return database;
}

async function apply(write: JournalWrite): Promise<boolean> {
  const db = await open();
  if (!db) return false;
  return new Promise((resolve) => {
    try {
      const tx = db.transaction("journal", "readwrite");
      const store = tx.objectStore("journal");
      if (write.put) store.put(write.put);
      else store.delete(write.key);
      tx.oncomplete = () => resolve(true);
      tx.onerror = () => resolve(false);
      tx.onabort = () => resolve(false);
    } catch {
      resolve(false); // the connection closed under us
    }
  });
}

const slots = new Map<
  string,
  { running: boolean; next: JournalWrite | null; seqs: number[] }
>();

async function drain(key: string) {
  const slot = slots.get(key)!;
  slot.running = true;
  while (slot.next) {
    const write = slot.next;
    const seqs = slot.seqs;
    slot.next = null;
    slot.seqs = [];
    scope.postMessage({ seqs, ok: await apply(write) });
  }
  slots.delete(key);
}

scope.onmessage = ({ data }) => {
  let slot = slots.get(data.key);
  if (!slot) {
    slot = { running: false, next: null, seqs: [] };
    slots.set(data.key, slot);
  }
  slot.next = data;
  slot.seqs.push(data.seq);
  if (!slot.running) void drain(data.key);
};
