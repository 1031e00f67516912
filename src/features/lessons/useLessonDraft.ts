import { useCallback, useEffect, useRef, useState } from "react";
import type { Lesson } from "../../domain/lessons/types";
import { journalFor } from "../../lib/journal";
import { saveLesson } from "./mutations";

/** Unsaved lesson edits, kept through a closed tab or a full disk (see lib/journal). */
export const lessonJournal = journalFor<Lesson>("lesson");

export type SaveState =
  "saved" | "pending" | "saving" | "needsTitle" | "failed";

const SAVE_DELAY_MS = 600;

function initialState(initial: Lesson, stored: Lesson | null): SaveState {
  if (initial === stored) return "saved";
  return initial.title.trim() ? "pending" : "needsTitle";
}

/**
 * The lesson being edited, starting from `initial` (the stored lesson, or the journal's unsaved
 * edits). Every change goes to memory and the journal at once, and to the database after a
 * short pause, or at once when the page is hidden or left. Saving waits for a title.
 */
export function useLessonDraft(initial: Lesson, stored: Lesson | null) {
  const [lesson, setLesson] = useState(initial);
  const [saveState, setSaveState] = useState<SaveState>(() =>
    initialState(initial, stored),
  );
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(initial);
  const base = useRef(stored?.updatedAt ?? null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef<Promise<void> | null>(null);
  /** Edits not yet confirmed in the database. */
  const dirty = useRef(initial !== stored);

  const save = useCallback(async () => {
    clearTimeout(timer.current);
    if (saving.current) await saving.current;
    const current = latest.current;
    if (!dirty.current || !current.title.trim()) return;
    setSaveState("saving");
    saving.current = saveLesson(current).then(
      (saved) => {
        base.current = saved.updatedAt;
        if (latest.current === current) {
          dirty.current = false;
          lessonJournal.clear(current.id);
          setSaveState("saved");
          setError(null);
        }
      },
      (e: unknown) => {
        setError(e);
        setSaveState("failed");
      },
    );
    await saving.current;
    saving.current = null;
  }, []);

  const update = useCallback(
    (change: (lesson: Lesson) => Lesson) => {
      const next = change(latest.current);
      latest.current = next;
      dirty.current = true;
      setLesson(next);
      lessonJournal.write({ record: next, baseUpdatedAt: base.current });
      clearTimeout(timer.current);
      if (!next.title.trim()) {
        setSaveState("needsTitle");
        return;
      }
      setSaveState("pending");
      timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
    },
    [save],
  );

  // Restored edits that never reached the database: save them now.
  useEffect(() => {
    void save();
  }, [save]);

  // A hidden page may never come back (tab closed, tablet asleep): save pending edits now.
  useEffect(() => {
    const flush = () => {
      if (document.visibilityState === "hidden") void save();
    };
    const leave = () => void save();
    document.addEventListener("visibilitychange", flush);
    window.addEventListener("pagehide", leave);
    return () => {
      document.removeEventListener("visibilitychange", flush);
      window.removeEventListener("pagehide", leave);
      void save();
    };
  }, [save]);

  return { lesson, update, saveState, error, saveNow: save };
}
