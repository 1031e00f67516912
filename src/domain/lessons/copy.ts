import type { Lesson } from "./types";

export interface CopyTarget {
  className?: string;
  date?: string | null;
  schoolYear?: string;
  term?: Lesson["term"];
  period?: number | null;
}

/**
 * An explicit copy of a lesson, for another class, date or year. The copy is independent:
 * editing either never changes the other. It starts as a plan (or draft), with no reflection,
 * and remembers what it was copied from.
 */
export function copyLesson(
  source: Lesson,
  target: CopyTarget,
  newId: () => string,
  now: Date,
): Lesson {
  const iso = now.toISOString();
  return {
    ...structuredClone(source),
    ...target,
    id: newId(),
    activities: source.activities.map((a) => ({
      ...structuredClone(a),
      id: newId(),
    })),
    aiUses: source.aiUses.map((u) => ({ ...structuredClone(u), id: newId() })),
    status: source.status === "draft" ? "draft" : "planned",
    reflection: "",
    createdAt: iso,
    updatedAt: iso,
    copiedFrom: { lessonId: source.id, title: source.title, at: iso },
    deletedAt: null,
  };
}
