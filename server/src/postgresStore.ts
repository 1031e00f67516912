import pg from "pg";
import type { DocumentStore } from "./embeddedStore";

/**
 * The school's documents in PostgreSQL (`pg`, pure JavaScript): one row per Yjs document, its
 * whole state, in the same `ydocs(name, state)` shape as the embedded store.
 */
export async function postgresStore(
  connectionString: string,
): Promise<DocumentStore> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  await pool.query(
    "CREATE TABLE IF NOT EXISTS ydocs (name text PRIMARY KEY, state bytea NOT NULL)",
  );
  return {
    async fetch(name) {
      const { rows } = await pool.query<{ state: Buffer }>(
        "SELECT state FROM ydocs WHERE name = $1",
        [name],
      );
      const row = rows[0];
      return row ? new Uint8Array(row.state) : null;
    },
    async store(name, state) {
      await pool.query(
        "INSERT INTO ydocs (name, state) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET state = excluded.state",
        [name, Buffer.from(state)],
      );
    },
    close: () => void pool.end(),
  };
}
