import { describe, expect, it } from "vitest";
import { putReceipts, readReceipts } from "./receipts";
import { db } from "../../tests/support/services";

const DEVICE = "3f2a9c1b-0d4e-4a5b-8c6d-7e8f90a1b2c3";
const receipt = (lessonId: string, from: string, at: string, device = "") => ({
  lessonId,
  from,
  device,
  baseUpdatedAt: at,
  receivedAt: at,
});

describe("share receipts, kept one record per teacher", () => {
  it("keeps one receipt per lesson, moving it when a lesson comes from another teacher's file", async () => {
    await putReceipts(db(), [
      receipt("l1", "Ms Chan", "2026-11-01T00:00:00.000Z", DEVICE),
      receipt("l2", "Ms Chan", "2026-11-01T00:00:00.000Z"),
      receipt("l3", "Mr Lee", "2026-11-02T00:00:00.000Z"),
    ]);
    expect(await db().receipts.count()).toBe(2);

    // l3 now arrives in Ms Wong's file: Mr Lee's record, left empty, goes.
    await putReceipts(db(), [
      receipt("l3", "Ms Wong", "2026-11-03T00:00:00.000Z", DEVICE),
    ]);
    const all = await readReceipts(db());
    expect(
      [...all.values()].map((r) => [r.lessonId, r.from, r.device]).sort(),
    ).toEqual([
      ["l1", "Ms Chan", DEVICE],
      ["l2", "Ms Chan", ""],
      ["l3", "Ms Wong", DEVICE],
    ]);
    expect((await db().receipts.toArray()).map((b) => b.from).sort()).toEqual([
      "Ms Chan",
      "Ms Wong",
    ]);
    expect(all.get("l3")?.baseUpdatedAt).toBe("2026-11-03T00:00:00.000Z");
  });

  it("reads a record written before receipts named a device as not knowing it", async () => {
    // As schema versions 4 and 5 wrote it (tests/fixtures/db/v5.json): no device column.
    await db().receipts.put({
      from: "Ms Wong",
      lessonId: ["l1", "l2"],
      baseUpdatedAt: ["2026-10-02T02:30:00.000Z", "2026-10-03T02:30:00.000Z"],
      receivedAt: ["2026-11-21T02:00:00.000Z", "2026-11-21T02:00:00.000Z"],
    });
    expect([...(await readReceipts(db())).values()]).toEqual(
      [
        receipt("l1", "Ms Wong", "2026-10-02T02:30:00.000Z"),
        receipt("l2", "Ms Wong", "2026-10-03T02:30:00.000Z"),
      ].map((r) => ({ ...r, receivedAt: "2026-11-21T02:00:00.000Z" })),
    );
    // Rewritten, the record gains the column, the old entry still "".
    await putReceipts(db(), [
      receipt("l2", "Ms Wong", "2026-11-04T00:00:00.000Z", DEVICE),
    ]);
    expect((await db().receipts.get("Ms Wong"))?.device).toEqual(["", DEVICE]);
  });
});
