import pg from "pg";
import type { SchoolStore } from "./store";

/** `?` placeholders, numbered as PostgreSQL wants them (`$1`, `$2`, …). */
export const numberPlaceholders = (text: string) => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

/**
 * The school's data in PostgreSQL (`pg`, pure JavaScript): one row per Yjs document, its whole
 * state, in the same `ydocs(name, state)` shape as the embedded store, and the same small tables.
 */
export async function postgresStore(
  connectionString: string,
): Promise<SchoolStore> {
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
    async sql(text, params = []) {
      const { rows } = await pool.query(numberPlaceholders(text), [...params]);
      return rows as Record<string, unknown>[];
    },
    close: () => pool.end(),
  };
}
