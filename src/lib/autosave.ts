import {
  deepEqual,
  mergeRecords,
  samePath,
  valueAt,
  withValueAt,
  type Conflict,
  type Path,
} from "../domain/merge";
import type { Journal, Journaled, Opening } from "./journal";

/**
 * saved: the database holds what is on screen (but for fields in conflict, which it keeps as
 * the other version until the person chooses); pending: a save is due; saving: one is running;
 * incomplete: the record cannot be saved yet (a lesson without a title); failed: the last save
 * did not reach the database (the text is still on screen and in the journal).
 */
export type AutosaveState =
  "saved" | "pending" | "saving" | "incomplete" | "failed";

/** A save's outcome: written, or not written because the stored record is no longer the expected one. */
export type SaveOutcome<T> = { saved: T } | { changed: T | null };

export interface RecordStore<T> {
  /**
   * Writes the record (with a new updatedAt) if the stored one is still `expected`, checked
   * inside the write's transaction; otherwise writes nothing and returns the stored one.
   * Rejects when the write fails.
   */
  save: (record: T, expected: T | null) => Promise<SaveOutcome<T>>;
  /** The record as stored now, or null. */
  read: (id: string) => Promise<T | null>;
}

export interface AutosaveOptions<T extends Journaled> {
  /** Where editing starts: the stored record, or the journal's unsaved edits and their base. */
  opening: Opening<T>;
  /** The record as stored now (null for one never saved); merged in when it differs from the base. */
  stored: T | null;
  journal: Journal<T>;
  store: RecordStore<T>;
  /** Quiet time after the last change before saving. */
  delayMs: number;
  /** The longest the first unsaved change waits while changes keep coming. */
  maxWaitMs: number;
  /** Whether the record may be saved as it is (a lesson needs a title). */
  canSave?: (record: T) => boolean;
}

/** A field changed both here and elsewhere: this tab's value and the stored one. */
export interface OpenConflict {
  path: Path;
  mine: unknown;
  theirs: unknown;
}

export interface AutosaveView<T> {
  record: T;
  state: AutosaveState;
  error: unknown;
  conflicts: readonly OpenConflict[];
  /** Changes made elsewhere were merged into what is on screen (until dismissed). */
  mergedFromElsewhere: boolean;
}

const always = () => true;
/** Same content, whatever the revision. */
const sameContent = <T extends Journaled>(a: T, b: T | null) =>
  b !== null && deepEqual({ ...a, updatedAt: b.updatedAt }, b);

/**
 * The record being edited, for the lesson and plan editors alike. Every change goes to memory
 * and to the journal at once, and to the database after `delayMs` of quiet, but never more than
 * `maxWaitMs` after the first unsaved change, or at once on saveNow (page hidden or left,
 * editor closed, Try again). One save runs at a time; a failed save keeps everything, says so
 * until a save succeeds, and is tried again on the next change or on saveNow.
 *
 * A save writes only over the revision it started from (checked inside its transaction). When
 * the stored record changed meanwhile (another tab, an import), or is seen to change
 * (storedChanged), the edits are merged with it against their common base (mergeRecords):
 * fields only one side changed take that side's value; fields both changed are conflicts, shown
 * as typed here and stored as the other version until the person resolves them. So nothing is
 * overwritten silently, and the base kept in the journal brings a conflict back after a crash.
 */
export function createAutosave<T extends Journaled>(
  options: AutosaveOptions<T>,
) {
  const { journal, store, delayMs, maxWaitMs } = options;
  const canSave = options.canSave ?? always;
  const id = options.opening.record.id;

  let latest = options.opening.record;
  /** The common base of the next merge: the stored record, but at each conflict the base it began from. */
  let base = options.opening.base;
  /** The record as stored, as last written or read here. */
  let known = options.opening.base;
  let conflicts: Conflict[] = [];
  let dirty = !sameContent(latest, known) || known === null;
  let merged = false;
  let error: unknown = null;
  let state: AutosaveState = "saved";
  let firstUnsaved: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<void> = Promise.resolve();
  let queuedSave: Promise<void> | null = null;
  const listeners = new Set<() => void>();

  /** What a save writes: this tab's record, with the stored version at every open conflict. */
  const toWrite = (record: T) =>
    conflicts.reduce(
      (r, c) => withValueAt(r, c.path, valueAt(known, c.path)),
      record,
    );
  /** The new base over a stored record: it, but at each open conflict the base so far. */
  const baseOver = (stored: T, from: T | null) =>
    conflicts.reduce(
      (r, c) => withValueAt(r, c.path, valueAt(from, c.path)),
      stored,
    );

  /** The save under way, as the journal records it (see JournalEntry.saving). */
  let saving: { record: T; base: T } | null = null;
  const entry = () => ({ record: latest, base, saving });
  const keep = () => {
    if (dirty || conflicts.length > 0) void journal.write(entry());
    else journal.clear(id);
  };

  function absorb(stored: T | null) {
    if (!stored) {
      // Gone from the database (a backup restored without it): what is on screen is written back.
      base = null;
      known = null;
      conflicts = [];
    } else {
      const result = mergeRecords(base, latest, stored);
      if (!sameContent(result.merged, latest)) {
        // A move to the bin has its own notice (the editor's); anything else is "merged".
        merged ||= !sameContent(
          { ...result.merged, deletedAt: undefined },
          { ...latest, deletedAt: undefined },
        );
        latest = result.merged;
      }
      const from = base;
      conflicts = result.conflicts;
      base = baseOver(stored, from);
      known = stored;
    }
    dirty = known === null || !sameContent(toWrite(latest), known);
    keep();
  }

  let view: AutosaveView<T>;
  function emit() {
    view = {
      record: latest,
      state,
      error,
      conflicts: conflicts.map((c) => ({
        path: c.path,
        mine: valueAt(latest, c.path),
        theirs: valueAt(known, c.path),
      })),
      mergedFromElsewhere: merged,
    };
    for (const listener of listeners) listener();
  }

  function enqueue(task: () => Promise<void>): Promise<void> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function save() {
    queuedSave = null;
    for (let round = 0; round < 10; round++) {
      if (!dirty || !canSave(latest)) return;
      const current = latest;
      const record = toWrite(current);
      firstUnsaved = null;
      // A failure stays on screen until a save succeeds, retries included.
      if (state !== "failed") state = "saving";
      emit();
      // The journal hears of the save before it can land, so a tab killed in between reopens
      // with the edits based on their own save, not in conflict with it.
      saving = { record, base: baseOver(record, base) };
      await journal.write(entry());
      let outcome: SaveOutcome<T>;
      try {
        outcome = await store.save(record, known);
      } catch (e) {
        saving = null;
        error = e;
        state = "failed";
        emit();
        return;
      } finally {
        saving = null;
      }
      if ("saved" in outcome) {
        base = baseOver(outcome.saved, base);
        known = outcome.saved;
        dirty = !sameContent(toWrite(latest), known);
        error = null;
        settle();
        keep();
        emit();
        return;
      }
      absorb(outcome.changed); // then save the merge, over the revision just read
      if (!dirty) error = null;
      settle();
      emit();
    }
  }

  function settle() {
    if (!dirty) state = "saved";
    else if (!canSave(latest)) state = "incomplete";
    else state = error ? "failed" : "pending";
  }

  function saveNow(): Promise<void> {
    clearTimeout(timer);
    queuedSave ??= enqueue(save);
    return queuedSave;
  }

  function scheduleSave() {
    clearTimeout(timer);
    const now = Date.now();
    firstUnsaved ??= now;
    const wait = Math.min(delayMs, firstUnsaved + maxWaitMs - now);
    timer = setTimeout(() => void saveNow(), Math.max(0, wait));
  }

  function changed() {
    if (!canSave(latest)) {
      clearTimeout(timer);
      state = "incomplete";
    } else {
      if (state !== "failed") state = "pending";
      scheduleSave();
    }
    emit();
  }

  if (!deepEqual(options.stored, known)) absorb(options.stored);
  settle();
  emit();

  return {
    view: () => view,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    update: (change: (record: T) => T) => {
      const next = change(latest);
      if (next === latest) return;
      latest = next;
      dirty = true;
      void journal.write(entry());
      changed();
    },
    saveNow,
    /** The stored record as a live query saw it: merged in if it is not the one known here. */
    storedChanged: (stored: T | null) => {
      if (deepEqual(stored, known)) return;
      void enqueue(async () => {
        // Read again, in turn with this tab's saves: the live query may be behind them.
        const fresh = await store.read(id).catch(() => undefined);
        if (fresh === undefined || deepEqual(fresh, known)) return;
        absorb(fresh);
        if (dirty) changed();
        else emit();
      });
    },
    /** Keep this tab's value of a conflicting field, or take the stored one. */
    resolve: (path: Path, choice: "mine" | "theirs") => {
      if (!conflicts.some((c) => samePath(c.path, path))) return;
      const theirs = valueAt(known, path);
      if (choice === "theirs") latest = withValueAt(latest, path, theirs);
      base = withValueAt(base, path, theirs);
      conflicts = conflicts.filter((c) => !samePath(c.path, path));
      dirty = known === null || !sameContent(toWrite(latest), known);
      keep();
      if (dirty) changed();
      else emit();
    },
    dismissMerged: () => {
      merged = false;
      emit();
    },
  };
}

export type AutosaveSession<T extends Journaled> = ReturnType<
  typeof createAutosave<T>
>;
