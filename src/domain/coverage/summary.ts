import type { LessonSummary } from "../lessons/types";
import { reaches, type CoverageFilter } from "./coverage";

export interface GrantProgress {
  /** AI-assisted teaching (taught or assessed): subjects and levels reached. */
  aiSubjects: string[];
  aiLevels: string[];
  aiTeachingExamples: number;
  openLessons: number;
  studentActivities: number;
}

/** The 「智」啟學教 grant's targets (EDBCM 221/2025), by the end of 2027/28. */
export const GRANT_TARGETS = {
  aiSubjects: 3,
  aiLevels: 2,
  aiTeachingExamples: 6,
  openLessons: 3,
  sharingSessions: 3,
  studentActivities: 2,
} as const;

export interface LessonStats {
  lessons: number;
  withAiUse: number;
  withThinkingEvidence: number;
  /** AI tools by number of lessons using them, most used first. */
  topTools: [string, number][];
  grant: GrantProgress;
}

function matches(s: LessonSummary, f: CoverageFilter) {
  return (
    (!f.schoolYear || s.schoolYear === f.schoolYear) &&
    (!f.term || s.term === f.term) &&
    (!f.subject || s.subject === f.subject) &&
    (!f.level || s.level === f.level) &&
    (!f.className || s.className === f.className) &&
    (!f.author || s.author === f.author)
  );
}

/**
 * Counts over lessons planned or further. Grant items count only lessons actually taught (or
 * assessed): the grant asks what happened, not what was planned. Tools are grouped ignoring case.
 */
export function lessonStats(
  summaries: readonly LessonSummary[],
  filter: CoverageFilter,
): LessonStats {
  const lessons = summaries.filter(
    (s) => reaches(s.status, "planned") && matches(s, filter),
  );
  const taught = lessons.filter((s) => reaches(s.status, "taught"));
  const tools = new Map<string, { name: string; count: number }>();
  for (const s of lessons) {
    for (const tool of s.aiTools) {
      const key = tool.toLocaleLowerCase();
      const entry = tools.get(key) ?? { name: tool, count: 0 };
      entry.count++;
      tools.set(key, entry);
    }
  }
  const aiTaught = taught.filter((s) => s.aiAssisted);
  const distinct = (values: string[]) =>
    [...new Set(values.filter(Boolean))].sort();
  return {
    lessons: lessons.length,
    withAiUse: lessons.filter((s) => s.aiTools.length > 0).length,
    withThinkingEvidence: lessons.filter(
      (s) => s.aiTools.length > 0 && s.hasThinkingEvidence,
    ).length,
    topTools: [...tools.values()]
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .slice(0, 5)
      .map((t) => [t.name, t.count]),
    grant: {
      aiSubjects: distinct(aiTaught.map((s) => s.subject)),
      aiLevels: distinct(aiTaught.map((s) => s.level ?? "")),
      aiTeachingExamples: taught.filter((s) => s.flags.aiTeachingExample)
        .length,
      openLessons: taught.filter((s) => s.flags.openLesson).length,
      studentActivities: taught.filter((s) => s.flags.studentActivity).length,
    },
  };
}
