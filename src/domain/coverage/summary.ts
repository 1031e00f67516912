import {
  hasFlag,
  hasThinkingEvidence,
  isAiAssisted,
  type LessonColumns,
} from "../lessons/columns";
import {
  LESSON_FLAGS,
  LESSON_STATUSES,
  type LessonFlag,
} from "../lessons/types";
import { lessonsPassing, type CoverageFilter } from "./coverage";

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
  c: LessonColumns,
  filter: CoverageFilter,
): LessonStats {
  const lessons = lessonsPassing(c, filter, "planned");
  const taughtStatus = LESSON_STATUSES.indexOf("taught");
  // Lessons per tool code first, then codes grouped by name ignoring case (few distinct tools).
  const perCode = new Int32Array(c.values.length);
  const aiSubjects = new Set<string>();
  const aiLevels = new Set<string>();
  const flagged = Object.fromEntries(LESSON_FLAGS.map((f) => [f, 0])) as Record<
    LessonFlag,
    number
  >;
  let withAiUse = 0;
  let withThinkingEvidence = 0;
  for (const i of lessons) {
    const tools = c.toolStart[i + 1]! - c.toolStart[i]!;
    for (let k = c.toolStart[i]!; k < c.toolStart[i + 1]!; k++)
      perCode[c.tools[k]!]!++;
    if (tools > 0) {
      withAiUse++;
      if (hasThinkingEvidence(c, i)) withThinkingEvidence++;
    }
    if (c.status[i]! < taughtStatus) continue;
    for (const flag of LESSON_FLAGS) if (hasFlag(c, i, flag)) flagged[flag]++;
    if (isAiAssisted(c, i)) {
      aiSubjects.add(c.values[c.subject[i]!]!);
      aiLevels.add(c.values[c.level[i]!]!);
    }
  }
  const tools = new Map<string, { name: string; count: number }>();
  perCode.forEach((count, code) => {
    if (!count) return;
    const tool = c.values[code]!;
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
