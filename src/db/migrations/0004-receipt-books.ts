// Schema version 4: share receipts move from one record per lesson (`shareReceipts`) to one
// record per teacher (`receipts`), as columns. Frozen: a shipped migration never changes, so it
// keeps its own copies of the records it reads and writes and imports no live code.

/** A `shareReceipts` record as schema version 3 stored it. */
export interface ShareReceiptV3 {
  lessonId: string;
  baseUpdatedAt: string;
  from: string;
  receivedAt: string;
}

/** A `receipts` record as schema version 4 stores it: one teacher's receipts, as columns. */
export interface ReceiptBookV4 {
  from: string;
  lessonId: string[];
  baseUpdatedAt: string[];
  receivedAt: string[];
}

/** Groups version 3's receipts into one book per teacher, in the order they come. */
export function receiptBooksFromReceipts(
  receipts: readonly ShareReceiptV3[],
): ReceiptBookV4[] {
  const books = new Map<string, ReceiptBookV4>();
  for (const r of receipts) {
    let book = books.get(r.from);
    if (!book) {
      book = { from: r.from, lessonId: [], baseUpdatedAt: [], receivedAt: [] };
      books.set(r.from, book);
    }
    book.lessonId.push(r.lessonId);
    book.baseUpdatedAt.push(r.baseUpdatedAt);
    book.receivedAt.push(r.receivedAt);
  }
  return [...books.values()];
}
