import { DatabaseSync } from "node:sqlite";

/** Where a school server keeps its Yjs documents: each document's name and its whole state. */
export interface DocumentStore {
  fetch(name: string): Promise<Uint8Array | null>;
  store(name: string, state: Uint8Array): Promise<void>;
  close(): void;
}

/**
 * The embedded default, for a school server run with no database configured: one SQLite file
 * (Node 22's own `node:sqlite`, nothing to install). Same table shape as the PostgreSQL store
 * (`ydocs(name, state)`), so a school can move to PostgreSQL by copying rows.
 */
export function embeddedStore(path: string): DocumentStore {
  const db = new DatabaseSync(path);
  db.exec("PRAGMA journal_mode = WAL");
  db.exec(
    "CREATE TABLE IF NOT EXISTS ydocs (name TEXT PRIMARY KEY, state BLOB NOT NULL)",
  );
  const read = db.prepare("SELECT state FROM ydocs WHERE name = ?");
  const write = db.prepare(
    "INSERT INTO ydocs (name, state) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state",
  );
  return {
    // node:sqlite is synchronous; the store's interface is a promise's, as PostgreSQL's will be.
    fetch(name) {
      const row = read.get(name) as { state: Uint8Array } | undefined;
      return Promise.resolve(row ? new Uint8Array(row.state) : null);
    },
    store(name, state) {
      write.run(name, state);
      return Promise.resolve();
    },
    close: () => db.close(),
  };
}
