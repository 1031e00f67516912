import { describe, expect, it } from "vitest";
import snapshot from "./schema.snapshot.json";
import { DATABASE_NAME, PlannerDatabase } from "./schema";

/**
 * Guards the stored shape: changing a table or index without adding a new Dexie version
 * (and a migration) would break every teacher's existing database. If this fails, add a
 * version in schema.ts, then update schema.snapshot.json in the same commit.
 */
describe("database schema", () => {
  it("matches the committed snapshot of tables and indexes", async () => {
    const db = new PlannerDatabase("schema-snapshot-test");
    await db.open();
    const tables = Object.fromEntries(
      db.tables
        .map(
          (t) =>
            [
              t.name,
              [
                t.schema.primKey.src,
                ...t.schema.indexes.map((i) => i.src),
              ].join(", "),
            ] as const,
        )
        .sort(([a], [b]) => a.localeCompare(b)),
    );
    expect({ version: db.verno, tables }).toEqual(snapshot);
    db.close();
    await db.delete();
  });

  it("keeps the database name, which holds every teacher's data", () => {
    expect(DATABASE_NAME).toBe("blueprint-planner");
  });
});
