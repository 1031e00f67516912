import { describe, expect, it } from "vitest";
import {
  AI_LITERACY,
  BLUEPRINT,
  shippedFramework,
} from "../../tests/support/frameworks";
import { installFramework } from "./installFramework";
import { db as testDb } from "../../tests/support/services";

const dump = async () => ({
  frameworks: await testDb().frameworks.toArray(),
  items: await testDb().frameworkItems.orderBy("id").toArray(),
});

describe("installing a framework file", () => {
  it("writes the framework and all its items on first run", async () => {
    expect(
      await installFramework(testDb(), shippedFramework(AI_LITERACY)),
    ).toBe("installed");
    const stored = await testDb().frameworks.get(AI_LITERACY);
    expect(stored?.itemCount).toBe(92);
    expect(stored?.typeCounts).toMatchObject({
      strand: 3,
      "sub-strand": 8,
      "key-stage": 4,
      "learning-focus": 63,
    });
    expect(
      await testDb()
        .frameworkItems.where("frameworkId")
        .equals(AI_LITERACY)
        .count(),
    ).toBe(92);
  });

  it("is idempotent: installing the same version again changes nothing", async () => {
    await installFramework(
      testDb(),
      shippedFramework(BLUEPRINT),
      new Date("2026-09-01T00:00:00Z"),
    );
    const before = await dump();
    expect(
      await installFramework(
        testDb(),
        shippedFramework(BLUEPRINT),
        new Date("2026-10-01T00:00:00Z"),
      ),
    ).toBe("unchanged");
    expect(await dump()).toEqual(before);
  });

  it("upgrades in place to a newer version, keeping every item id", async () => {
    await installFramework(testDb(), shippedFramework(BLUEPRINT));
    const v1 = shippedFramework(BLUEPRINT);
    const s7 = v1.items.find((i) => i.code === "S7");
    const s10 = v1.items.find((i) => i.code === "S10");
    if (!s7 || !s10) throw new Error("fixture");

    const v2 = shippedFramework(BLUEPRINT);
    v2.framework.version = "1.1.0";
    v2.items = v2.items
      .filter((i) => i.code !== "S10")
      .map((i) =>
        i.code === "S7"
          ? { ...i, title: { ...i.title, en: "Revised English title" } }
          : i,
      );
    v2.items.push({
      ...s10,
      id: "0b0b0b0b-0000-4000-8000-000000000011",
      code: "S11",
      title: { en: "New", "zh-HK": "新策略" },
    });

    expect(await installFramework(testDb(), v2)).toBe("upgraded");
    expect((await testDb().frameworks.get(BLUEPRINT))?.version).toBe("1.1.0");
    // Same id, new text: anything that points at S7 now shows the revised title.
    expect((await testDb().frameworkItems.get(s7.id))?.title.en).toBe(
      "Revised English title",
    );
    // Dropped from the new version: kept and marked, so old links still resolve.
    expect(await testDb().frameworkItems.get(s10.id)).toMatchObject({
      code: "S10",
      retiredInVersion: "1.1.0",
    });
    expect(
      await testDb()
        .frameworkItems.where("[frameworkId+code]")
        .equals([BLUEPRINT, "S11"])
        .count(),
    ).toBe(1);
    expect(
      (await testDb().frameworks.get(BLUEPRINT))?.typeCounts.strategy,
    ).toBe(10);
  });

  it("never rolls back to an older version", async () => {
    const newer = shippedFramework(BLUEPRINT);
    newer.framework.version = "2.0.0";
    await installFramework(testDb(), newer);
    const before = await dump();
    expect(await installFramework(testDb(), shippedFramework(BLUEPRINT))).toBe(
      "unchanged",
    );
    expect(await dump()).toEqual(before);
  });

  it("writes nothing at all if the write fails part-way", async () => {
    await installFramework(testDb(), shippedFramework(BLUEPRINT));
    const before = await dump();
    const broken = shippedFramework(BLUEPRINT);
    broken.framework.version = "1.1.0";
    // An item IndexedDB cannot store as a key: the transaction must roll back whole.
    (broken.items[5] as { id: unknown }).id = { not: "a key" };
    await expect(installFramework(testDb(), broken)).rejects.toThrow();
    expect(await dump()).toEqual(before);
  });
});
