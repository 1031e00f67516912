/**
 * A write-ahead copy of every edit, in localStorage, written synchronously on each keystroke.
 * IndexedDB saves are asynchronous and debounced; if the tab is closed, the tablet sleeps or
 * the disk is full before one lands, the journal still holds the teacher's text, and the
 * editor restores it next time. An entry is removed once the database holds that exact text.
 */
const PREFIX = "blueprint-planner.";

export interface Journaled {
  id: string;
  updatedAt: string;
}

export interface JournalEntry<T extends Journaled> {
  record: T;
  /** The stored record's updatedAt when these edits began; null for one never saved. */
  baseUpdatedAt: string | null;
}

/** One journal per kind of record ("lesson", "plan"). */
export function journalFor<T extends Journaled>(kind: string) {
  const key = (id: string) => `${PREFIX}${kind}-journal.${id}`;
  return {
    write(entry: JournalEntry<T>): boolean {
      try {
        localStorage.setItem(key(entry.record.id), JSON.stringify(entry));
        return true;
      } catch {
        return false; // storage full or blocked: the in-memory draft is all we have
      }
    },
    read(id: string): JournalEntry<T> | null {
      try {
        const raw = localStorage.getItem(key(id));
        if (!raw) return null;
        // App 0.1 kept lesson entries as { lesson, baseUpdatedAt }.
        const entry = JSON.parse(raw) as JournalEntry<T> & { lesson?: T };
        return entry.record ? entry : { ...entry, record: entry.lesson! };
      } catch {
        return null;
      }
    },
    clear(id: string) {
      try {
        localStorage.removeItem(key(id));
      } catch {
        // nothing to clear
      }
    },
  };
}

/**
 * Which version to open: the journal's unsaved edits, unless the stored record changed after
 * those edits began (another tab, an import), in which case the stored one wins.
 */
export function pickStartingVersion<T extends Journaled>(
  stored: T | null,
  journal: JournalEntry<T> | null,
): T | null {
  if (!journal) return stored;
  if (!stored) return journal.record;
  if (
    journal.baseUpdatedAt !== null &&
    stored.updatedAt > journal.baseUpdatedAt
  )
    return stored;
  return journal.record;
}

/** A journal of one kind of record (see journalFor). */
export type Journal<T extends Journaled> = ReturnType<typeof journalFor<T>>;
