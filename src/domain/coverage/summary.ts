import {
  hasFlag,
  hasThinkingEvidence,
  isAiAssisted,
  type LessonColumns,
} from "../lessons/columns";
import { LESSON_STATUSES, type LessonFlag } from "../lessons/types";
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
  const taught = lessons.filter((i) => c.status[i]! >= taughtStatus);
  const toolCount = (i: number) => c.toolStart[i + 1]! - c.toolStart[i]!;
  // Lessons per tool code first, then codes grouped by name ignoring case (few distinct tools).
  const perCode = new Int32Array(c.values.length);
  for (const i of lessons)
    for (let k = c.toolStart[i]!; k < c.toolStart[i + 1]!; k++)
      perCode[c.tools[k]!]!++;
  const tools = new Map<string, { name: string; count: number }>();
  perCode.forEach((count, code) => {
    if (!count) return;
    const tool = c.values[code]!;
    const key = tool.toLocaleLowerCase();
    const entry = tools.get(key) ?? { name: tool, count: 0 };
    entry.count += count;
    tools.set(key, entry);
  });
  const aiTaught = taught.filter((i) => isAiAssisted(c, i));
  const distinct = (codes: Uint32Array) =>
    [
      ...new Set(aiTaught.map((i) => c.values[codes[i]!]!).filter(Boolean)),
    ].sort();
  const flagged = (flag: LessonFlag) =>
    taught.filter((i) => hasFlag(c, i, flag)).length;
  return {
    lessons: lessons.length,
    withAiUse: lessons.filter((i) => toolCount(i) > 0).length,
    withThinkingEvidence: lessons.filter(
      (i) => toolCount(i) > 0 && hasThinkingEvidence(c, i),
    ).length,
    topTools: [...tools.values()]
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .slice(0, 5)
      .map((t) => [t.name, t.count]),
    grant: {
      aiSubjects: distinct(c.subject),
      aiLevels: distinct(c.level),
      aiTeachingExamples: flagged("aiTeachingExample"),
      openLessons: flagged("openLesson"),
      studentActivities: flagged("studentActivity"),
    },
  };
}
