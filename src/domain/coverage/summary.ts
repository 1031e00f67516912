import type { LessonFilter } from "../lessons/filter";
import type { LessonIndex } from "../lessons/lessonIndex";
import { LESSON_FLAGS, type LessonFlag } from "../lessons/types";

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

/**
 * Counts over lessons planned or further. Grant items count only lessons actually taught (or
 * assessed): the grant asks what happened, not what was planned. Tools are grouped ignoring case.
 */
export function lessonStats(
  index: LessonIndex,
  filter: LessonFilter,
): LessonStats {
  const lessons = index.select(filter, { reached: "planned" });
  // Lessons per tool code first, then codes grouped by name ignoring case (few distinct tools).
  const perCode = new Int32Array(index.codeCount);
  index.eachTool(lessons, (_, tool) => perCode[tool]!++);
  const aiSubjects = new Set<string>();
  const aiLevels = new Set<string>();
  const flagged = Object.fromEntries(LESSON_FLAGS.map((f) => [f, 0])) as Record<
    LessonFlag,
    number
  >;
  let withAiUse = 0;
  let withThinkingEvidence = 0;
  const subjectOf = index.splitter("subject");
  const levelOf = index.splitter("level");
  for (const i of lessons) {
    if (index.toolCount(i) > 0) {
      withAiUse++;
      if (index.has(i, "thinking")) withThinkingEvidence++;
    }
    if (!index.reaches(i, "taught")) continue;
    for (const flag of LESSON_FLAGS) if (index.has(i, flag)) flagged[flag]++;
    if (index.has(i, "aiAssisted")) {
      aiSubjects.add(index.valueOf(subjectOf(i)));
      aiLevels.add(index.valueOf(levelOf(i)));
    }
  }
  const tools = new Map<string, { name: string; count: number }>();
  perCode.forEach((count, code) => {
    if (!count) return;
    const tool = index.valueOf(code);
    const key = tool.toLocaleLowerCase();
    const entry = tools.get(key) ?? { name: tool, count: 0 };
    entry.count += count;
    tools.set(key, entry);
  });
  const distinct = (values: Set<string>) => [...values].filter(Boolean).sort();
  return {
    lessons: lessons.length,
    withAiUse,
    withThinkingEvidence,
    topTools: [...tools.values()]
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .slice(0, 5)
      .map((t) => [t.name, t.count]),
    grant: {
      aiSubjects: distinct(aiSubjects),
      aiLevels: distinct(aiLevels),
      aiTeachingExamples: flagged.aiTeachingExample,
      openLessons: flagged.openLesson,
      studentActivities: flagged.studentActivity,
    },
  };
}
