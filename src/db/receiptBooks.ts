import type { ShareReceipt } from "../domain/share/receipt";

// Apart from receipts.ts so that the schema can name the table's record type without loading
// the rest, which is needed only when sharing. (Schema 4's upgrade has its own frozen copy, in
// migrations/0004-receipt-books.ts.)

/**
 * The share receipts of the lessons that came from one teacher's files, as columns: one record
 * per teacher instead of one per lesson (a school's year is 120 records, not 100,000).
 */
export interface ReceiptBook {
  from: string;
  lessonId: string[];
  baseUpdatedAt: string[];
  receivedAt: string[];
  /**
   * The device each lesson's file named ("" not known). Absent from the books written before
   * share files named their device (schema 4 and 5, unchanged since): every entry reads as "".
   */
  device?: string[];
}

/** Groups receipts into one book per teacher. */
export function booksOf(receipts: Iterable<ShareReceipt>): ReceiptBook[] {
  const books = new Map<string, Required<ReceiptBook>>();
  for (const r of receipts) {
    const book = books.get(r.from) ?? {
      from: r.from,
      lessonId: [],
      baseUpdatedAt: [],
      receivedAt: [],
      device: [],
    };
    book.lessonId.push(r.lessonId);
    book.baseUpdatedAt.push(r.baseUpdatedAt);
    book.receivedAt.push(r.receivedAt);
    book.device.push(r.device);
    books.set(r.from, book);
  }
  return [...books.values()];
}
