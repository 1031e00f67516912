import { describe, expect, it } from "vitest";
import { receiptBooksFromReceipts } from "./0004-receipt-books";

describe("migration 4: receipts kept one record per teacher", () => {
  it("groups each teacher's receipts into one book of columns, keeping every receipt", () => {
    const receipts = [
      { lessonId: "a", baseUpdatedAt: "1", from: "陳老師", receivedAt: "x" },
      { lessonId: "b", baseUpdatedAt: "2", from: "黃老師", receivedAt: "y" },
      { lessonId: "c", baseUpdatedAt: "3", from: "陳老師", receivedAt: "z" },
    ];
    expect(receiptBooksFromReceipts(receipts)).toEqual([
      {
        from: "陳老師",
        lessonId: ["a", "c"],
        baseUpdatedAt: ["1", "3"],
        receivedAt: ["x", "z"],
      },
      {
        from: "黃老師",
        lessonId: ["b"],
        baseUpdatedAt: ["2"],
        receivedAt: ["y"],
      },
    ]);
  });

  it("writes no books when there were no receipts", () => {
    expect(receiptBooksFromReceipts([])).toEqual([]);
  });
});
