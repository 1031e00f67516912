import { curricula } from "virtual:curricula";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureCurricula, getCurriculaState } from "./curricula";
import { PlannerDatabase } from "./schema";

let db: PlannerDatabase;
let n = 0;
beforeEach(async () => {
  db = new PlannerDatabase(`curricula-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe("first run on a new device", () => {
  it("loads every framework shipped in curricula/ into the database", async () => {
    expect(curricula.map((c) => c.id).sort()).toEqual([
      "hk-edb-ai-literacy-framework",
      "hk-edb-digital-education-blueprint",
    ]);
    await ensureCurricula(db);
    expect(getCurriculaState()).toEqual({ status: "ready" });
    const stored = await db.frameworks.toArray();
    expect(stored.map((f) => [f.id, f.version]).sort()).toEqual(
      curricula.map((c) => [c.id, c.version]).sort(),
    );
    expect(await db.frameworkItems.count()).toBe(14 + 92);
  });

  it("does nothing on later runs", async () => {
    await ensureCurricula(db);
    const loadedAt = (await db.frameworks.toArray()).map((f) => f.loadedAt);
    await ensureCurricula(db);
    expect((await db.frameworks.toArray()).map((f) => f.loadedAt)).toEqual(
      loadedAt,
    );
    expect(await db.frameworkItems.count()).toBe(106);
  });

  it("reports a failure, and tries again when asked", async () => {
    db.close();
    await expect(
      ensureCurricula(db).then(getCurriculaState),
    ).resolves.toMatchObject({ status: "failed" });
    await db.open();
    await ensureCurricula(db);
    expect(getCurriculaState()).toEqual({ status: "ready" });
  });
});
