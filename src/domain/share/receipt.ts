import type { output, ZodType } from "zod";
import type { Lesson } from "../lessons/record";
import { fileBounds, type Assert, type SameShape, type Zod } from "../records";

// The share receipt, defined once: its type, its schema (for receipts that arrive in backups) and
// how one is made. A field added to the type and not to the schema fails to compile.

/** Where a lesson on this device came from, if it came from a share file. */
export interface ShareReceipt {
  lessonId: string;
  /**
   * The edit (updatedAt) of the lesson as last taken from, or settled against, a share file:
   * the common starting point for telling who changed it since.
   */
  baseUpdatedAt: string;
  /** The teacher whose file it came from. */
  from: string;
  receivedAt: string;
}

/** The schema of a receipt arriving in a backup (`shareReceipts`). */
export function receiptSchema(z: Zod) {
  const { id, iso } = fileBounds(z);
  return z.strictObject({
    lessonId: id,
    baseUpdatedAt: iso,
    from: z.string().max(200),
    receivedAt: iso,
  }) satisfies ZodType<ShareReceipt>;
}

/** Fails to compile when the schema has a field the type lacks (or the other way round). */
export type ReceiptSchemaMatchesType = Assert<
  SameShape<output<ReturnType<typeof receiptSchema>>, ShareReceipt>
>;

/** The receipt for taking (or settling against) this edit of a lesson from a teacher's file. */
export function receiptFor(
  lesson: Pick<Lesson, "id" | "updatedAt">,
  from: string,
  now: Date,
): ShareReceipt {
  return {
    lessonId: lesson.id,
    baseUpdatedAt: lesson.updatedAt,
    from,
    receivedAt: now.toISOString(),
  };
}
