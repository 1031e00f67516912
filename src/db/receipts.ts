import type { ShareReceipt } from "../domain/share/receipt";
import { booksOf, type ReceiptBook } from "./receiptBooks";
import type { PlannerDatabase } from "./schema";

export function receiptsIn(book: ReceiptBook): ShareReceipt[] {
  return book.lessonId.map((lessonId, i) => ({
    lessonId,
    baseUpdatedAt: book.baseUpdatedAt[i]!,
    receivedAt: book.receivedAt[i]!,
    from: book.from,
    device: book.device?.[i] ?? "",
  }));
}

/** Every receipt on the device, by lesson id. */
export async function readReceipts(
  db: PlannerDatabase,
): Promise<Map<string, ShareReceipt>> {
  const found = new Map<string, ShareReceipt>();
  for (const book of await db.receipts.toArray())
    for (const r of receiptsIn(book)) found.set(r.lessonId, r);
  return found;
}

/**
 * Adds or replaces receipts (a lesson has one; a newer one, even from another teacher's file,
 * replaces it). Call it inside a transaction that holds receipts; `held` is the device's
 * receipts if the caller has just read them in that transaction (else they are read here).
 */
export async function putReceipts(
  db: PlannerDatabase,
  receipts: readonly ShareReceipt[],
  held?: ReadonlyMap<string, ShareReceipt>,
): Promise<void> {
  if (receipts.length === 0) return;
  const all = new Map(held ?? (await readReceipts(db)));
  const touched = new Set<string>();
  for (const r of receipts) {
    const before = all.get(r.lessonId);
    if (before) touched.add(before.from);
    touched.add(r.from);
    all.set(r.lessonId, r);
  }
  const books = booksOf([...all.values()].filter((r) => touched.has(r.from)));
  const emptied = [...touched].filter((f) => !books.some((b) => b.from === f));
  await db.receipts.bulkPut(books);
  if (emptied.length > 0) await db.receipts.bulkDelete(emptied);
}
