import {
  parseStoredEntry,
  storedEntryKey,
  type Journal,
  type JournalEntry,
  type Journaled,
} from "../lib/journal";
import type { PlannerDatabase } from "./schema";

/** A journal entry as the `journal` table keeps it: one per record being edited. */
export interface JournalRecord {
  /** `${kind}:${id}` */
  key: string;
  kind: string;
  id: string;
  record: unknown;
  base: unknown;
  /** A save under way when written (see JournalEntry.saving). */
  saving?: unknown;
  /** Date.now() when written: the newer of this and a localStorage entry wins. */
  writtenAt: number;
}

/** The journal record of an entry. */
export function journalRecord<T extends Journaled>(
  kind: string,
  entry: JournalEntry<T>,
  writtenAt: number,
): JournalRecord {
  const id = entry.record.id;
  return {
    key: `${kind}:${id}`,
    kind,
    id,
    record: entry.record,
    base: entry.base ?? null,
    ...(entry.saving ? { saving: entry.saving } : {}),
    writtenAt,
  };
}

type Step<T extends Journaled> = (
  { entry: JournalEntry<T>; writtenAt: number } | { clear: true }
) & {
  /** Called once this step, or a newer one that replaced it, has been tried. */
  done: (() => void)[];
};

interface Slot<T extends Journaled> {
  /** Being written now. */
  current: Step<T> | null;
  /** The newest step asked for since: written as soon as the current one commits. */
  next: Step<T> | null;
  /** A write went to localStorage instead (IndexedDB refused it): remove it once IndexedDB takes one. */
  fellBack: boolean;
}

/**
 * The journal of one kind of record ("lesson", "plan") in IndexedDB. A committed IndexedDB
 * transaction survives the browser being killed; localStorage writes are batched by the browser
 * and die with it (measured: 0 of 7 reached the disk). Writes are coalesced per record: at most
 * one in flight, and the newest entry is written as soon as it commits, so a burst of typing is
 * one write behind at most. If IndexedDB refuses (a full disk, a connection closed for another
 * tab's upgrade), the entry goes to localStorage instead; if that fails too, the editor's
 * in-memory draft is all there is, and its save status says why it cannot save.
 */
export function createJournal<T extends Journaled>(
  db: PlannerDatabase,
  kind: string,
): Journal<T> {
  const slots = new Map<string, Slot<T>>();
  const waiting = new Set<() => void>();
  const keyOf = (id: string) => `${kind}:${id}`;

  const local = {
    set(id: string, value: string): boolean {
      try {
        localStorage.setItem(storedEntryKey(kind, id), value);
        return true;
      } catch {
        return false;
      }
    },
    get(id: string) {
      try {
        return parseStoredEntry<T>(
          localStorage.getItem(storedEntryKey(kind, id)),
        );
      } catch {
        return null;
      }
    },
    remove(id: string) {
      try {
        localStorage.removeItem(storedEntryKey(kind, id));
      } catch {
        // storage blocked: nothing could have been kept there either
      }
    },
  };

  async function apply(id: string, step: Step<T>, slot: Slot<T>) {
    if ("clear" in step) {
      local.remove(id); // also an entry kept there by an older app version
      slot.fellBack = false;
      await db.journal.delete(keyOf(id)).catch(() => undefined);
      return;
    }
    const { entry, writtenAt } = step;
    try {
      await db.journal.put(journalRecord(kind, entry, writtenAt));
      if (slot.fellBack) local.remove(id);
      slot.fellBack = false;
    } catch {
      const fallback = JSON.stringify({
        record: entry.record,
        base: entry.base ?? null,
        saving: entry.saving ?? null,
        writtenAt,
      });
      slot.fellBack = local.set(id, fallback) || slot.fellBack;
    }
  }

  async function drain(id: string, slot: Slot<T>) {
    while (slot.next) {
      const step = slot.next;
      slot.current = step;
      slot.next = null;
      await apply(id, step, slot);
      for (const done of step.done) done();
    }
    slot.current = null;
    if (!slot.fellBack) slots.delete(id);
    if ([...slots.values()].every((s) => !s.current))
      for (const done of waiting) done();
  }

  function submit(id: string, step: Step<T>): Promise<void> {
    let slot = slots.get(id);
    if (!slot) {
      slot = { current: null, next: null, fellBack: false };
      slots.set(id, slot);
    }
    // The step it replaces is never written: whoever waited for it waits for this one.
    if (slot.next) step.done.push(...slot.next.done);
    slot.next = step;
    const written = new Promise<void>((resolve) => step.done.push(resolve));
    if (!slot.current) void drain(id, slot);
    return written;
  }

  return {
    write(entry) {
      return submit(entry.record.id, {
        entry,
        writtenAt: Date.now(),
        done: [],
      });
    },
    clear(id) {
      void submit(id, { clear: true, done: [] });
    },
    async read(id) {
      // Not yet on disk: this tab's newest entry is the one it wrote last.
      const slot = slots.get(id);
      const newest = slot?.next ?? slot?.current;
      if (newest) return "clear" in newest ? null : newest.entry;
      const stored = await db.journal.get(keyOf(id)).catch(() => undefined);
      const kept = local.get(id);
      if (stored && (!kept || stored.writtenAt >= kept.writtenAt))
        return {
          record: stored.record as T,
          base: stored.base as T | null,
          ...(stored.saving
            ? { saving: stored.saving as JournalEntry<T>["saving"] }
            : {}),
        };
      if (!kept) return null;
      const { writtenAt: _, ...entry } = kept;
      return entry;
    },
    settled() {
      if ([...slots.values()].every((s) => !s.current))
        return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          waiting.delete(done);
          resolve();
        };
        waiting.add(done);
      });
    },
  };
}
