import { afterEach, beforeEach } from "vitest";
import { PlannerDatabase } from "../../src/db/schema";

let count = 0;

/**
 * A new, empty database for each test, deleted afterwards. Returns a getter, because the
 * database is created in beforeEach: `const db = withTestDatabase(); … db().frameworks`.
 */
export function withTestDatabase(): () => PlannerDatabase {
  let db: PlannerDatabase | undefined;
  beforeEach(async () => {
    db = new PlannerDatabase(`test-${count++}`);
    await db.open();
  });
  afterEach(async () => {
    db?.close();
    await db?.delete();
  });
  return () => {
    if (!db)
      throw new Error(
        "withTestDatabase: the database exists only inside a test",
      );
    return db;
  };
}
