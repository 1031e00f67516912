import { useMemo } from "react";
import type { Lesson } from "../../domain/lessons/types";
import type { Opening } from "../../lib/journal";
import { useAutosave } from "../../lib/useAutosave";
import { useServices } from "../../services/ServicesProvider";
import { useLessonWrites } from "./mutations";
import { useLessonReads } from "./queries";

const hasTitle = (lesson: Lesson) => lesson.title.trim() !== "";

/** Unsaved lesson edits, kept through a closed or killed tab or a full disk (see lib/journal). */
export function useLessonJournal() {
  return useServices().journals.lessons;
}

/**
 * The lesson being edited, from `opening` (the stored lesson, or the journal's unsaved edits),
 * saved as it is typed (useAutosave) and merged with the stored lesson (`stored`, live) when it
 * changes elsewhere. Saving waits for a title.
 */
export function useLessonDraft(
  opening: Opening<Lesson>,
  stored: Lesson | null,
) {
  const { saveLessonEdit } = useLessonWrites();
  const { storedLesson } = useLessonReads();
  const { settings, journals } = useServices();
  const store = useMemo(
    () => ({ save: saveLessonEdit, read: storedLesson }),
    [saveLessonEdit, storedLesson],
  );
  const { record, ...draft } = useAutosave({
    opening,
    stored,
    journal: journals.lessons,
    store,
    delayMs: settings.saveDelayMs,
    maxWaitMs: settings.saveMaxWaitMs,
    canSave: hasTitle,
  });
  return { lesson: record, ...draft };
}
