import type { Lesson } from "../lessons/types";
import type { Sender, ShareReceipt } from "./receipt";

// Merging teachers' share files into the head's device, without touching the database: what
// each lesson would do (planMerge), and which of that is carried out once the head has said
// which files may change lessons that came from elsewhere (stepsToApply).

/** Where the copy of a lesson on this device came from, as far as the device can tell. */
export type Origin =
  /** No receipt: made on this device (the head's own, or restored here from a backup). */
  | { kind: "here" }
  /** Taken from a share file: the teacher and device it named ("" when it did not say). */
  | { kind: "file"; teacher: string; device: string };

export interface Incoming {
  lesson: Lesson;
  /** Who the file it is in says made it. */
  sender: Sender;
}

interface Common {
  lesson: Lesson;
  sender: Sender;
  /**
   * Where the device's copy came from, when that is not this file's sender. Such a step writes
   * nothing (no lesson, no receipt) unless the head allows the sender (see stepsToApply).
   */
  other?: Origin;
}

/** What importing does with one lesson of a file. */
export type MergeStep =
  /** The device does not have it: add it. */
  | (Common & { kind: "add" })
  /** Only the file changed it since last time: take the file's. */
  | (Common & { kind: "update"; local: Lesson })
  /** The same edit is already here: nothing to do. */
  | (Common & { kind: "same" })
  /** The device has a newer edit, and the file nothing new: keep the device's. */
  | (Common & { kind: "keep"; local: Lesson })
  /** Both changed it since the last import: the user chooses. */
  | (Common & { kind: "conflict"; local: Lesson });

/** One key per sender: a file's teacher and device together (two devices, two senders). */
export function senderKey(sender: Sender): string {
  return JSON.stringify([sender.teacher, sender.device]);
}

/** Where a lesson came from: its receipt's teacher and device, or, with none, this device. */
export function originOf(receipt: ShareReceipt | undefined): Origin {
  return receipt
    ? { kind: "file", teacher: receipt.from, device: receipt.device }
    : { kind: "here" };
}

/**
 * Whether a file is where the device's copy of a lesson came from. A file made on this device
 * is the source of the lessons made here; a teacher's file is the source of the lessons taken
 * from her name and device. A receipt that does not know its device (taken before files named
 * one) matches on the name alone; a file that names no device (version 1) matches only those.
 */
export function isSource(
  origin: Origin,
  sender: Sender,
  self: string,
): boolean {
  const own = sender.device !== "" && sender.device === self;
  if (origin.kind === "here") return own;
  if (own || origin.teacher !== sender.teacher) return false;
  return origin.device === "" || origin.device === sender.device;
}

/** A step that would change a lesson that came from elsewhere than its file. */
export function needsConsent(step: MergeStep): boolean {
  return (
    step.other !== undefined &&
    (step.kind === "update" || step.kind === "conflict")
  );
}

function stepFor(
  { lesson, sender }: Incoming,
  have: Lesson | undefined,
  receipt: ShareReceipt | undefined,
  self: string,
): MergeStep {
  if (!have) return { kind: "add", lesson, sender };
  const origin = originOf(receipt);
  const from = isSource(origin, sender, self)
    ? { lesson, sender }
    : { lesson, sender, other: origin };
  if (have.updatedAt === lesson.updatedAt) return { kind: "same", ...from };
  const base = receipt?.baseUpdatedAt;
  if (base === undefined)
    return lesson.updatedAt > have.updatedAt
      ? { kind: "update", local: have, ...from }
      : { kind: "keep", local: have, ...from };
  if (lesson.updatedAt <= base) return { kind: "keep", local: have, ...from };
  return have.updatedAt !== base
    ? { kind: "conflict", local: have, ...from }
    : { kind: "update", local: have, ...from };
}

/**
 * Decides, without touching the database, what importing these lessons would do: for each
 * lesson, one step per sender holding it (that sender's newest edit). With a receipt (the edit
 * last taken), a lesson changed on both sides since then is a conflict; otherwise the newer
 * edit wins. Importing a file a second time finds only "same" or "keep". `self` is this
 * device's identity ("" if it has none yet).
 */
export function planMerge(
  incoming: readonly Incoming[],
  local: ReadonlyMap<string, Lesson>,
  receipts: ReadonlyMap<string, ShareReceipt>,
  self = "",
): MergeStep[] {
  const newest = new Map<string, Incoming>();
  for (const entry of incoming) {
    const key = `${entry.lesson.id}\u0000${senderKey(entry.sender)}`;
    const seen = newest.get(key);
    if (!seen || entry.lesson.updatedAt > seen.lesson.updatedAt)
      newest.set(key, entry);
  }
  return [...newest.values()].map((entry) =>
    stepFor(
      entry,
      local.get(entry.lesson.id),
      receipts.get(entry.lesson.id),
      self,
    ),
  );
}

export interface Chosen {
  /** What importing carries out: one step per lesson. */
  steps: MergeStep[];
  /** Changes to lessons from elsewhere that the head has not allowed: nothing is written. */
  heldBack: MergeStep[];
}

/**
 * The steps importing carries out, now that the head has allowed some senders (by senderKey)
 * to change lessons that came from elsewhere. For each lesson, the newest edit among the steps
 * it may take counts (where several files hold it); a change it may not take is held back.
 */
export function stepsToApply(
  plan: readonly MergeStep[],
  allowed: ReadonlySet<string>,
): Chosen {
  const byLesson = new Map<string, MergeStep[]>();
  for (const step of plan) {
    const list = byLesson.get(step.lesson.id) ?? [];
    list.push(step);
    byLesson.set(step.lesson.id, list);
  }
  const chosen: Chosen = { steps: [], heldBack: [] };
  for (const steps of byLesson.values()) {
    const newestFirst = [...steps].sort(
      (a, b) =>
        b.lesson.updatedAt.localeCompare(a.lesson.updatedAt) ||
        Number(a.other !== undefined) - Number(b.other !== undefined),
    );
    const may = (s: MergeStep) =>
      !needsConsent(s) || allowed.has(senderKey(s.sender));
    const step = newestFirst.find(may);
    const held = newestFirst.find(
      (s) => !may(s) && (!step || s.lesson.updatedAt > step.lesson.updatedAt),
    );
    if (step) chosen.steps.push(step);
    if (held) chosen.heldBack.push(held);
  }
  return chosen;
}

/** A sender whose file would change lessons that came from elsewhere: the head's to allow. */
export interface ConsentAsk {
  key: string;
  sender: Sender;
  /** The changes waiting for the head's word, grouped by where the lessons came from. */
  byOrigin: { origin: Origin; steps: MergeStep[] }[];
  count: number;
}

const originKey = (o: Origin) =>
  o.kind === "here" ? "" : JSON.stringify([o.teacher, o.device]);

/**
 * What the head is asked, one sender at a time: the changes to lessons from elsewhere that
 * would count if allowed (not those a newer edit the lesson may take anyway makes moot).
 */
export function consentAsks(plan: readonly MergeStep[]): ConsentAsk[] {
  const anyway = new Map(
    stepsToApply(plan, new Set()).steps.map((s) => [s.lesson.id, s]),
  );
  const asks = new Map<string, ConsentAsk>();
  for (const step of plan) {
    const other = step.other;
    if (!other || !needsConsent(step)) continue;
    const taken = anyway.get(step.lesson.id);
    if (taken && taken.lesson.updatedAt >= step.lesson.updatedAt) continue;
    const key = senderKey(step.sender);
    const ask = asks.get(key) ?? {
      key,
      sender: step.sender,
      byOrigin: [],
      count: 0,
    };
    const group = ask.byOrigin.find(
      (g) => originKey(g.origin) === originKey(other),
    );
    if (group) group.steps.push(step);
    else ask.byOrigin.push({ origin: other, steps: [step] });
    ask.count++;
    asks.set(key, ask);
  }
  const order = (a: string, b: string) => a.localeCompare(b);
  return [...asks.values()]
    .map((a) => ({
      ...a,
      byOrigin: a.byOrigin.sort((x, y) =>
        order(originKey(x.origin), originKey(y.origin)),
      ),
    }))
    .sort((a, b) => order(a.key, b.key));
}

/** The lesson fields two versions differ in, for showing a conflict ("title", "activities"). */
export function changedFields(a: Lesson, b: Lesson): (keyof Lesson)[] {
  const ignore = new Set<keyof Lesson>(["updatedAt", "createdAt"]);
  return (Object.keys(a) as (keyof Lesson)[]).filter(
    (k) => !ignore.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]),
  );
}
