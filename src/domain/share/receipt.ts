import type { output, ZodType } from "zod";
import type { Lesson } from "../lessons/record";
import { fileBounds, type Assert, type SameShape, type Zod } from "../records";
import { DEVICE_ID } from "../device";

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
  /**
   * The device that file was made on (as the file claims: see docs/file-formats.md), or "" when
   * not known: taken from a file, or kept in a backup, made before files named their device.
   */
  device: string;
  receivedAt: string;
}

/** Who a share file says made it: the teacher's name and the device ("" in version 1 files). */
export interface Sender {
  teacher: string;
  device: string;
}

/** The schema of a receipt arriving in a backup (`shareReceipts`). */
export function receiptSchema(z: Zod) {
  const { id, iso } = fileBounds(z);
  return z.strictObject({
    lessonId: id,
    baseUpdatedAt: iso,
    from: z.string().max(200),
    device: z.union([z.literal(""), z.string().regex(DEVICE_ID)]),
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
  sender: Sender,
  now: Date,
): ShareReceipt {
  return {
    lessonId: lesson.id,
    baseUpdatedAt: lesson.updatedAt,
    from: sender.teacher,
    device: sender.device,
    receivedAt: now.toISOString(),
  };
}
