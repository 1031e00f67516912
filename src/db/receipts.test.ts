import { describe, expect, it } from "vitest";
import { putReceipts, readReceipts } from "./receipts";
import { db } from "../../tests/support/services";

const receipt = (lessonId: string, from: string, at: string) => ({
  lessonId,
  from,
  baseUpdatedAt: at,
  receivedAt: at,
});

describe("share receipts, kept one record per teacher", () => {
  it("keeps one receipt per lesson, moving it when a lesson comes from another teacher's file", async () => {
    await putReceipts(db(), [
      receipt("l1", "Ms Chan", "2026-11-01T00:00:00.000Z"),
      receipt("l2", "Ms Chan", "2026-11-01T00:00:00.000Z"),
      receipt("l3", "Mr Lee", "2026-11-02T00:00:00.000Z"),
    ]);
    expect(await db().receipts.count()).toBe(2);

    // l3 now arrives in Ms Wong's file: Mr Lee's record, left empty, goes.
    await putReceipts(db(), [
      receipt("l3", "Ms Wong", "2026-11-03T00:00:00.000Z"),
    ]);
    const all = await readReceipts(db());
    expect([...all.values()].map((r) => [r.lessonId, r.from]).sort()).toEqual([
      ["l1", "Ms Chan"],
      ["l2", "Ms Chan"],
      ["l3", "Ms Wong"],
    ]);
    expect((await db().receipts.toArray()).map((b) => b.from).sort()).toEqual([
      "Ms Chan",
      "Ms Wong",
    ]);
    expect(all.get("l3")?.baseUpdatedAt).toBe("2026-11-03T00:00:00.000Z");
  });
});
