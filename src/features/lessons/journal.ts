import type { Lesson } from "../../domain/lessons/types";

/**
 * A write-ahead copy of every edit, in localStorage, written synchronously on each keystroke.
 * IndexedDB saves are asynchronous and debounced; if the tab is closed, the tablet sleeps or
 * the disk is full before one lands, the journal still holds the teacher's text, and the
 * editor restores it next time. An entry is removed once the database holds that exact text.
 */
const PREFIX = "blueprint-planner.lesson-journal.";

export interface JournalEntry {
  lesson: Lesson;
  /** The stored lesson's updatedAt when these edits began; null for a lesson never saved. */
  baseUpdatedAt: string | null;
}

export function writeJournal(entry: JournalEntry): boolean {
  try {
    localStorage.setItem(PREFIX + entry.lesson.id, JSON.stringify(entry));
    return true;
  } catch {
    return false; // storage full or blocked: the in-memory draft is all we have
  }
}

export function readJournal(id: string): JournalEntry | null {
  try {
    const raw = localStorage.getItem(PREFIX + id);
    return raw ? (JSON.parse(raw) as JournalEntry) : null;
  } catch {
    return null;
  }
}

export function clearJournal(id: string) {
  try {
    localStorage.removeItem(PREFIX + id);
  } catch {
    // nothing to clear
  }
}

/**
 * Which version to open: the journal's unsaved edits, unless the stored lesson changed after
 * those edits began (another tab, an import), in which case the stored one wins.
 */
export function pickStartingVersion(
  stored: Lesson | null,
  journal: JournalEntry | null,
): Lesson | null {
  if (!journal) return stored;
  if (!stored) return journal.lesson;
  if (
    journal.baseUpdatedAt !== null &&
    stored.updatedAt > journal.baseUpdatedAt
  )
    return stored;
  return journal.lesson;
}
