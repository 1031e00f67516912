import { allPlans, applyRemotePlans, type PlanChange } from "../../db/planSync";
import type { SchoolPlan } from "../../domain/plans/types";
import {
  arrivalAtStart,
  planEntryFor,
  stepAtStart,
  type PlanEntry,
} from "../../domain/sync/entry";
import { asPlanEntry } from "../../domain/sync/readEntry";
import type { HeldDocument } from "./documentSync";
import { LOCAL, openSyncedDoc, type SyncedDocOptions } from "./syncedDoc";

// The school's plans document on this device: a head's device writes every plan it holds and
// takes the other heads' edits; a teacher's device reads the heads' plans (held read-only here).

export interface PlansSyncOptions extends SyncedDocOptions {
  writable: boolean;
  device: string;
}

export interface PlansSync extends HeldDocument {
  /** Puts this device's plans in the document (a head's; a teacher's device writes none). */
  push(plans: readonly SchoolPlan[]): Promise<void>;
}

export async function openPlansSync(
  options: PlansSyncOptions,
): Promise<PlansSync> {
  const { db, device, writable } = options;
  const shared = await openSyncedDoc(options);
  const { doc, enqueue } = shared;
  const map = doc.getMap<unknown>("plans");

  const apply = async (changes: PlanChange[]) => {
    if (changes.length === 0) return;
    const { kept } = await applyRemotePlans(
      db,
      options.record,
      changes,
      device,
      { readOnly: !writable },
    );
    changes.forEach((c) => unapplied.delete(c.key));
    // Kept over the other head's edit (now a copy beside it): made on it, so it goes in again.
    await put(kept);
    options.onChange();
  };

  const put = async (plans: readonly SchoolPlan[]) => {
    if (!writable) return;
    const put: string[] = [];
    doc.transact(() => {
      for (const plan of plans) {
        if (unapplied.has(plan.id)) continue;
        const entry = planEntryFor(plan, asPlanEntry(map.get(plan.id)), device);
        if (!entry) continue;
        map.set(plan.id, entry);
        put.push(plan.id);
      }
    }, LOCAL);
    await shared.wrote(put);
  };

  /** Brings the plans and the document level after a start (as a teacher's lessons are). */
  const reconcile = async () => {
    const local = new Map((await allPlans(db)).map((p) => [p.id, p]));
    const take: PlanChange[] = [];
    const give: SchoolPlan[] = [];
    const ids = writable
      ? new Set([...map.keys(), ...local.keys()])
      : new Set(map.keys());
    for (const id of ids) {
      const plan = local.get(id);
      const value = map.get(id);
      const entry: PlanEntry | undefined = asPlanEntry(value);
      const step = writable
        ? stepAtStart(plan, entry, device, shared.syncedAt())
        : entry && plan?.updatedAt !== entry.rev
          ? "decide"
          : "none";
      if (step === "give") give.push(plan!);
      const arrival = arrivalAtStart(step, id, plan, entry, value);
      if (arrival) take.push(arrival);
    }
    await apply(take);
    await put(give);
  };
  /** Keys whose arrived values are not yet written to the plans: put leaves them alone. */
  const unapplied = shared.follow(map, asPlanEntry, apply);
  shared.start(reconcile, !!shared.syncedAt() || !writable);

  return {
    name: options.record.name,
    writable,
    waiting: shared.waiting,
    get syncedAt() {
      return shared.syncedAt();
    },
    get synced() {
      return shared.synced();
    },
    push: (plans) => enqueue(() => put(plans)),
    retry: shared.retry,
    settled: () => enqueue(() => Promise.resolve()),
    keys: () => [...map.keys()],
    close: shared.close,
  };
}
