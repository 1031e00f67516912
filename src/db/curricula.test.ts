import { curricula } from "virtual:curricula";
import { describe, expect, it } from "vitest";
import { createCurriculaSync, ensureCurricula } from "./curricula";
import { db as testDb } from "../../tests/support/services";

describe("first run on a new device", () => {
  it("loads every framework shipped in curricula/ into the database", async () => {
    expect(curricula.map((c) => c.id).sort()).toEqual([
      "hk-edb-ai-literacy-framework",
      "hk-edb-digital-education-blueprint",
    ]);
    await ensureCurricula(testDb());
    const stored = await testDb().frameworks.toArray();
    expect(stored.map((f) => [f.id, f.version]).sort()).toEqual(
      curricula.map((c) => [c.id, c.version]).sort(),
    );
    expect(await testDb().frameworkItems.count()).toBe(14 + 92);
  });

  it("does nothing on later runs", async () => {
    await ensureCurricula(testDb());
    const loadedAt = (await testDb().frameworks.toArray()).map(
      (f) => f.loadedAt,
    );
    await ensureCurricula(testDb());
    expect(
      (await testDb().frameworks.toArray()).map((f) => f.loadedAt),
    ).toEqual(loadedAt);
    expect(await testDb().frameworkItems.count()).toBe(106);
  });

  it("reports a failure, and tries again when asked", async () => {
    const sync = createCurriculaSync(testDb());
    expect(sync.state.get()).toEqual({ status: "checking" });
    testDb().close();
    await expect(sync.ensure()).resolves.toMatchObject({ status: "failed" });
    expect(sync.state.get()).toMatchObject({ status: "failed" });
    await testDb().open();
    await sync.ensure();
    expect(sync.state.get()).toEqual({ status: "ready" });
  });
});
