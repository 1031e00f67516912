import { z, type ZodType } from "zod";
import { lessonSchema } from "../lessons/record";
import type { Lesson } from "../lessons/types";
import { planSchema, type SchoolPlan } from "../plans/record";
import type { PlanEntry, SyncEntry } from "./entry";

// A value from the school server is untrusted input, read as a file is: with the same lesson and
// plan schemas as a backup or a share file. Anything else is left out, and nothing stored changes.

const MAX_ITEM_CHARS = 2_000_000;

const revision = {
  v: z.literal(1),
  rev: z.string().min(1).max(40),
  base: z.string().min(1).max(40).nullable(),
  device: z.string().max(100),
};
const entrySchema = z.strictObject({
  ...revision,
  lesson: z.string().max(MAX_ITEM_CHARS),
});
const planEntrySchema = z.strictObject({
  ...revision,
  plan: z.string().max(MAX_ITEM_CHARS),
});

const lessons = lessonSchema(z);
const plans = planSchema(z);

/** The item a JSON string holds, when it is one of the schema's under this key and revision. */
function readItem<T extends { id: string; updatedAt: string }>(
  text: string,
  schema: ZodType<T>,
  key: string,
  rev: string,
): T | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const item = schema.safeParse(json);
  if (!item.success) return null;
  if (item.data.id !== key || item.data.updatedAt !== rev) return null;
  return item.data;
}

/** The entry and its lesson, when the value is one and its lesson is the one under this key. */
export function readEntry(
  key: string,
  value: unknown,
): { entry: SyncEntry; lesson: Lesson } | null {
  const entry = entrySchema.safeParse(value);
  if (!entry.success) return null;
  const lesson = readItem(entry.data.lesson, lessons, key, entry.data.rev);
  return lesson ? { entry: entry.data, lesson } : null;
}

/** The entry and its plan, when the value is one and its plan is the one under this key. */
export function readPlanEntry(
  key: string,
  value: unknown,
): { entry: PlanEntry; plan: SchoolPlan } | null {
  const entry = planEntrySchema.safeParse(value);
  if (!entry.success) return null;
  const plan = readItem(entry.data.plan, plans, key, entry.data.rev);
  return plan ? { entry: entry.data, plan } : null;
}

/** Whether a value is an entry at all (its lesson unread): for reading the document's values. */
export function asEntry(value: unknown): SyncEntry | undefined {
  const entry = entrySchema.safeParse(value);
  return entry.success ? entry.data : undefined;
}

/** Whether a value is a plan entry at all (its plan unread). */
export function asPlanEntry(value: unknown): PlanEntry | undefined {
  const entry = planEntrySchema.safeParse(value);
  return entry.success ? entry.data : undefined;
}
