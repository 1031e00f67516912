import type { Lesson } from "../../domain/lessons/types";
import { journalFor } from "../../lib/journal";
import { useAutosave } from "../../lib/useAutosave";
import { useServices } from "../../services/ServicesProvider";
import { useLessonWrites } from "./mutations";

/** Unsaved lesson edits, kept through a closed tab or a full disk (see lib/journal). */
export const lessonJournal = journalFor<Lesson>("lesson");

const hasTitle = (lesson: Lesson) => lesson.title.trim() !== "";

/**
 * The lesson being edited, starting from `initial` (the stored lesson, or the journal's unsaved
 * edits), saved as it is typed (useAutosave). Saving waits for a title.
 */
export function useLessonDraft(initial: Lesson, stored: Lesson | null) {
  const { saveLesson } = useLessonWrites();
  const { settings } = useServices();
  const { record, ...draft } = useAutosave({
    initial,
    stored,
    journal: lessonJournal,
    save: saveLesson,
    delayMs: settings.saveDelayMs,
    canSave: hasTitle,
  });
  return { lesson: record, ...draft };
}
