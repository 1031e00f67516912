import {
  decideRemote,
  type Arrival,
  type PlanEntry,
} from "../domain/sync/entry";
import { readPlanEntry } from "../domain/sync/readEntry";
import type { SchoolPlan } from "../domain/plans/types";
import { newId } from "../lib/id";
import type { PlannerDatabase } from "./schema";
import type { SyncDocRecord } from "./sync";

// The school's plans through the school server, on the database side. Heads write the plans
// document, teachers read it: on a teacher's device the plans that arrive are the heads' word
// (held read-only, listed in the document's record); on a head's, an arrival that would overwrite
// an edit made here that it was not built on (two heads' edits crossed) is kept beside it as a
// copy, so neither head's work is lost. Values are read with the backup's plan schema.

export type PlanChange = Arrival<PlanEntry>;

export interface PlanCounts {
  taken: number;
  /** Plans kept as copies beside this device's own edit. */
  copies: number;
  /** Values that were not plans of this key: left out. */
  unreadable: number;
  /**
   * This device's plans kept over an arrival, to go in the document again: those the arrival
   * crossed (their copies made), and those it could not replace (it was not a plan).
   */
  kept: SchoolPlan[];
}

export async function applyRemotePlans(
  db: PlannerDatabase,
  record: Pick<SyncDocRecord, "name" | "owner" | "ownerName">,
  changes: readonly PlanChange[],
  device: string,
  options: { readOnly: boolean; now?: Date },
): Promise<PlanCounts> {
  const at = (options.now ?? new Date()).toISOString();
  const counts: PlanCounts = { taken: 0, copies: 0, unreadable: 0, kept: [] };
  const read: (PlanChange & NonNullable<ReturnType<typeof readPlanEntry>>)[] =
    [];
  const unreadable: string[] = [];
  for (const change of changes) {
    const found = readPlanEntry(change.key, change.value);
    if (found) read.push({ ...change, ...found });
    else unreadable.push(change.key);
  }
  counts.unreadable = unreadable.length;
  // What is not a plan replaces nothing here: this device's own plan goes in again over it.
  if (!options.readOnly && unreadable.length > 0)
    counts.kept.push(
      ...(await db.plans.bulkGet(unreadable)).filter((p) => p !== undefined),
    );
  if (read.length === 0) return counts;
  await db.transaction("rw", [db.plans, db.syncDocs], async () => {
    const locals = await db.plans.bulkGet(read.map((r) => r.key));
    const had = await db.syncDocs.get(record.name);
    const held = new Set(had?.held ?? []);
    const copies = [...(had?.copies ?? [])];
    const put: SchoolPlan[] = [];
    read.forEach((r, i) => {
      const local = locals[i];
      const step = options.readOnly
        ? local?.updatedAt === r.entry.rev
          ? "same"
          : "take"
        : decideRemote(local, r.prev, r.entry, device);
      if (options.readOnly) held.add(r.key);
      if (step === "take") {
        put.push(r.plan);
        counts.taken++;
      }
      if (step !== "conflict") return;
      counts.kept.push(local!);
      const id = newId();
      put.push({ ...r.plan, id, createdAt: at, updatedAt: at });
      copies.push({ id, of: r.key, at });
      counts.copies++;
    });
    await db.plans.bulkPut(put);
    await db.syncDocs.put({
      syncedAt: null,
      waiting: [],
      ...had,
      ...record,
      ...(options.readOnly ? { held: [...held] } : { copies }),
    });
  });
  return counts;
}

/** The plans on this device, deleted ones too (a deletion syncs). */
export function allPlans(db: PlannerDatabase): Promise<SchoolPlan[]> {
  return db.plans.toArray();
}

export interface PlanMarks {
  /** The school's plans a teacher's device holds read-only (from the plans document). */
  held: Set<string>;
  /** The copies kept on a head's device when two heads' edits of a plan crossed, by copy id. */
  copies: Map<string, { of: string; at: string }>;
}

/** What the plans document records about this device's plans, in one read. */
export async function planMarks(db: PlannerDatabase): Promise<PlanMarks> {
  const records = await db.syncDocs.toArray();
  return {
    held: new Set(records.flatMap((r) => r.held ?? [])),
    copies: new Map(
      records.flatMap((r) => r.copies ?? []).map((c) => [c.id, c] as const),
    ),
  };
}

/** The school's plans a teacher's device holds read-only. */
export async function heldPlanIds(db: PlannerDatabase): Promise<Set<string>> {
  return (await planMarks(db)).held;
}

/** Takes the school's plans off a teacher's device (a sign-out that leaves no copy). */
export async function removeHeldPlans(
  db: PlannerDatabase,
  ids: readonly string[],
): Promise<void> {
  await db.plans.bulkDelete([...ids]);
}

/** The plans changed on this device after `since` (an updatedAt), oldest first. */
export function plansChangedSince(
  db: PlannerDatabase,
  since: string,
): Promise<SchoolPlan[]> {
  return db.plans.where("updatedAt").above(since).sortBy("updatedAt");
}

/** The last plan change on this device (where pushing picks up after a start). */
export async function lastPlanChange(db: PlannerDatabase): Promise<string> {
  const last = await db.plans.orderBy("updatedAt").last();
  return last?.updatedAt ?? "";
}
