import { DatabaseSync } from "node:sqlite";
import type { Row, SchoolStore } from "./store";

/**
 * The embedded default, for a school server run with no database configured: one SQLite file
 * (Node 22's own `node:sqlite`, nothing to install). Same tables as the PostgreSQL store, so a
 * school can move to PostgreSQL by copying rows.
 */
export function embeddedStore(path: string): SchoolStore {
  const db = new DatabaseSync(path);
  db.exec("PRAGMA journal_mode = WAL");
  // Several server processes may share one file; a writer waits for another instead of failing.
  db.exec("PRAGMA busy_timeout = 5000");
  db.exec(
    "CREATE TABLE IF NOT EXISTS ydocs (name TEXT PRIMARY KEY, state BLOB NOT NULL)",
  );
  const read = db.prepare("SELECT state FROM ydocs WHERE name = ?");
  const write = db.prepare(
    "INSERT INTO ydocs (name, state) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state",
  );
  // node:sqlite is synchronous; the store's interface is a promise's, as PostgreSQL's is.
  return {
    fetch(name) {
      const row = read.get(name) as { state: Uint8Array } | undefined;
      return Promise.resolve(row ? new Uint8Array(row.state) : null);
    },
    store(name, state) {
      write.run(name, state);
      return Promise.resolve();
    },
    sql(text, params = []) {
      return Promise.resolve(db.prepare(text).all(...params) as Row[]);
    },
    close() {
      db.close();
      return Promise.resolve();
    },
  };
}
