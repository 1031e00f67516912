import { useCallback, useEffect, useRef, useState } from "react";
import type { Journal, Journaled } from "./journal";
import { useStableCallback } from "./useStableCallback";

/**
 * saved: the database holds what is on screen; pending: a save is due; saving: one is running;
 * incomplete: the record cannot be saved yet (a lesson without a title); failed: the last
 * save did not reach the database (the text is still on screen and in the journal).
 */
export type AutosaveState =
  "saved" | "pending" | "saving" | "incomplete" | "failed";

export interface AutosaveOptions<T extends Journaled> {
  /** Where editing starts: the stored record, or the journal's unsaved edits of it. */
  initial: T;
  /** The record as stored; null for one never saved. */
  stored: T | null;
  journal: Journal<T>;
  /** Writes the record and returns it as stored (with its new updatedAt); rejects on failure. */
  save: (record: T) => Promise<T>;
  /** Quiet time after the last change before saving. */
  delayMs: number;
  /** Whether the record may be saved as it is (a lesson needs a title). */
  canSave?: (record: T) => boolean;
}

const always = () => true;

/**
 * The record being edited, for the lesson and plan editors alike. Every change goes to memory
 * and to the journal (localStorage) at once, and to the database after `delayMs` of quiet, or
 * at once when the page is hidden or left, or the editor closes. One save runs at a time. A
 * failed save keeps everything, says so until a save succeeds, and is tried again on the next
 * change or on saveNow ("Try again").
 */
export function useAutosave<T extends Journaled>({
  initial,
  stored,
  journal,
  save,
  delayMs,
  canSave = always,
}: AutosaveOptions<T>) {
  const [record, setRecord] = useState(initial);
  const [state, setState] = useState<AutosaveState>(() =>
    initial === stored ? "saved" : canSave(initial) ? "pending" : "incomplete",
  );
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(initial);
  const base = useRef(stored?.updatedAt ?? null);
  /** Edits not yet confirmed in the database. */
  const dirty = useRef(initial !== stored);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const write = useStableCallback(save);
  const ready = useStableCallback(canSave);

  const saveNow = useCallback(async () => {
    clearTimeout(timer.current);
    if (running.current) await running.current;
    const current = latest.current;
    if (!dirty.current || !ready(current)) return;
    setState("saving");
    running.current = write(current).then(
      (saved) => {
        base.current = saved.updatedAt;
        if (latest.current !== current) return; // newer edits: their own save is due
        dirty.current = false;
        journal.clear(current.id);
        setError(null);
        setState("saved");
      },
      (e: unknown) => {
        setError(e);
        setState("failed");
      },
    );
    await running.current;
    running.current = null;
  }, [journal, ready, write]);

  const update = useCallback(
    (change: (record: T) => T) => {
      const next = change(latest.current);
      latest.current = next;
      dirty.current = true;
      setRecord(next);
      journal.write({ record: next, baseUpdatedAt: base.current });
      clearTimeout(timer.current);
      if (!ready(next)) {
        setState("incomplete");
        return;
      }
      setState((s) => (s === "failed" ? s : "pending"));
      timer.current = setTimeout(() => void saveNow(), delayMs);
    },
    [delayMs, journal, ready, saveNow],
  );

  useEffect(() => {
    // Edits restored from the journal never reached the database: save them now.
    void saveNow();
    // A hidden page may never come back (tab closed, tablet asleep): save pending edits now.
    const onHidden = () => {
      if (document.visibilityState === "hidden") void saveNow();
    };
    const onLeave = () => void saveNow();
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", onLeave);
    return () => {
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", onLeave);
      void saveNow();
    };
  }, [saveNow]);

  return { record, update, state, error, saveNow };
}
