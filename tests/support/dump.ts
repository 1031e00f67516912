import type { PlannerDatabase } from "../../src/db/schema";

/** Every record of every table, in key order: two dumps are equal only if nothing was written. */
export async function dumpDatabase(
  db: PlannerDatabase,
): Promise<Record<string, unknown[]>> {
  return db.transaction("r", db.tables, async () =>
    Object.fromEntries(
      await Promise.all(
        db.tables.map(async (t) => [t.name, await t.toArray()] as const),
      ),
    ),
  );
}
