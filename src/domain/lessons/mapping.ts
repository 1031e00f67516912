import type { FrameworkItemRecord } from "../framework/types";
import { keyStageOfLevel, type Level } from "../levels";
import { keyStageOfLesson } from "./lesson";
import { type Lesson, type LessonSummary, type Mapping } from "./types";

/**
 * A learning focus belongs to a key stage. Mapping it to a lesson of another stage is allowed
 * (revisiting, stretching), but the teacher is told. Items with no levels (Blueprint strategies,
 * strands) fit any lesson.
 */
export function isOutsideKeyStage(
  item: Pick<FrameworkItemRecord, "educationLevel">,
  level: Level | null,
): boolean {
  if (!level || item.educationLevel.length === 0) return false;
  const stage = keyStageOfLevel(level);
  return !item.educationLevel.some((l) => keyStageOfLevel(l) === stage);
}

/** Every mapping in a lesson, on the lesson itself and on its activities. */
export function allMappings(
  lesson: Pick<Lesson, "mappings" | "activities">,
): Mapping[] {
  return [...lesson.mappings, ...lesson.activities.flatMap((a) => a.mappings)];
}

/** Adds or replaces the mapping to one item, keeping the list free of duplicates. */
export function withMapping(
  mappings: readonly Mapping[],
  mapping: Mapping,
): Mapping[] {
  const rest = mappings.filter((m) => m.itemId !== mapping.itemId);
  return [...rest, mapping];
}

export function withoutMapping(
  mappings: readonly Mapping[],
  itemId: string,
): Mapping[] {
  return mappings.filter((m) => m.itemId !== itemId);
}

/** Item ids a lesson points at that are not in the stored frameworks (none, when saved through the picker). */
export function unknownItemIds(
  lesson: Lesson,
  known: ReadonlySet<string>,
): string[] {
  return [...new Set(allMappings(lesson).map((m) => m.itemId))].filter(
    (id) => !known.has(id),
  );
}

/** The lesson's summary row for coverage and grant counts; none for a deleted lesson. */
export function summaryFor(lesson: Lesson): LessonSummary | null {
  if (lesson.deletedAt) return null;
  const tools = lesson.aiUses.map((u) => u.tool.trim()).filter(Boolean);
  return {
    lessonId: lesson.id,
    title: lesson.title,
    status: lesson.status,
    schoolYear: lesson.schoolYear,
    term: lesson.term,
    date: lesson.date,
    period: lesson.period,
    level: lesson.level,
    keyStage: keyStageOfLesson(lesson),
    subject: lesson.subject,
    className: lesson.className,
    author: lesson.author,
    updatedAt: lesson.updatedAt,
    itemIds: [...new Set(allMappings(lesson).map((m) => m.itemId))],
    aiTools: [...new Set(tools)],
    // A teacher's demonstration of AI is AI-assisted teaching too: junior primary pupils meet AI
    // through the teacher's demonstration, as the Guide (Supplement II) recommends, and those
    // lessons count towards the grant's condition (EDBCM 221/2025).
    aiAssisted: lesson.aiUses.some((u) => u.tool.trim()),
    hasThinkingEvidence: lesson.thinkingEvidence.length > 0,
    flags: { ...lesson.flags },
  };
}
