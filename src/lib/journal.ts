/**
 * A write-ahead copy of the edits being typed, kept until the database holds them, so a tab
 * that is closed or killed, a tablet that sleeps or a full disk loses nothing that was typed.
 * The editors write it on every change (`write` returns at once; the journal writes in the
 * background, newest first, see src/db/journal.ts); the editor reads it when it opens a record.
 */
import { deepEqual } from "../domain/merge";

export interface Journaled {
  id: string;
  updatedAt: string;
}

export interface JournalEntry<T extends Journaled> {
  /** The record as it was on screen. */
  record: T;
  /**
   * The stored record these edits were made on (the common base of a merge), null for a record
   * never saved. Undefined in entries written before the base was kept (see baseUpdatedAt).
   */
  base?: T | null;
  /** The base's updatedAt, in entries written by app versions that kept only that. */
  baseUpdatedAt?: string | null;
  /**
   * A save under way when this was written: what it writes, and the base the edits have once it
   * lands. If the tab dies after the save commits but before the journal hears of it, the
   * stored record is this one, and the edits are not in conflict with their own save.
   */
  saving?: { record: T; base: T } | null;
}

export interface Journal<T extends Journaled> {
  /**
   * Keeps these edits; returns at once. A newer entry for the record replaces an older one. The
   * promise resolves once this entry, or a newer one, has reached storage (or failed to).
   */
  write(entry: JournalEntry<T>): Promise<void>;
  /** Forgets the record's edits (once the database holds them), after any write before it. */
  clear(id: string): void;
  /** The newest entry for the record, or null. */
  read(id: string): Promise<JournalEntry<T> | null>;
  /** Resolves once every write and clear asked for so far has reached storage (or failed). */
  settled(): Promise<void>;
}

/** Where an editor starts: the record on screen and the base it was edited from. */
export interface Opening<T extends Journaled> {
  record: T;
  base: T | null;
}

/**
 * What to open: the journal's unsaved edits with the base they were made on (the editor merges
 * them with the stored record if it changed since), or the stored record. An entry from an app
 * version that kept no base is merged against the stored record when it was made on that
 * revision, and otherwise against no base: every field the two differ in is shown as a
 * conflict, so neither version is dropped.
 */
export function openingFor<T extends Journaled>(
  stored: T | null,
  entry: JournalEntry<T> | null,
): Opening<T> | null {
  if (!entry) return stored && { record: stored, base: stored };
  const saved = entry.saving;
  if (saved && stored && sameContent(saved.record, stored))
    return { record: entry.record, base: saved.base };
  if (entry.base !== undefined)
    return { record: entry.record, base: entry.base };
  const base =
    stored && entry.baseUpdatedAt === stored.updatedAt ? stored : null;
  return { record: entry.record, base };
}

const sameContent = <T extends Journaled>(a: T, b: T) =>
  deepEqual({ ...a, updatedAt: "" }, { ...b, updatedAt: "" });

/**
 * Reads an entry as localStorage held it: app 0.1 kept lesson entries as { lesson,
 * baseUpdatedAt }, later versions as { record, baseUpdatedAt }, and today's journal falls back to
 * localStorage (as { record, base, writtenAt }) when IndexedDB refuses a write.
 */
export function parseStoredEntry<T extends Journaled>(
  raw: string | null,
): (JournalEntry<T> & { writtenAt: number }) | null {
  if (!raw) return null;
  try {
    const entry = JSON.parse(raw) as JournalEntry<T> & {
      lesson?: T;
      writtenAt?: number;
    };
    const record = entry.record ?? entry.lesson;
    if (!record) return null;
    return {
      record,
      ...("base" in entry ? { base: entry.base ?? null } : {}),
      ...(entry.saving ? { saving: entry.saving } : {}),
      ...("baseUpdatedAt" in entry
        ? { baseUpdatedAt: entry.baseUpdatedAt ?? null }
        : {}),
      writtenAt: entry.writtenAt ?? 0,
    };
  } catch {
    return null;
  }
}

/** The localStorage key of a record's entry (the journal's home before IndexedDB). */
export const storedEntryKey = (kind: string, id: string) =>
  `blueprint-planner.${kind}-journal.${id}`;
