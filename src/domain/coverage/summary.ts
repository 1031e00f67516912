import type { LessonFilter } from "../lessons/filter";
import type { LessonIndex } from "../lessons/lessonIndex";

export interface LessonStats {
  lessons: number;
  withAiUse: number;
  withThinkingEvidence: number;
  /** AI tools by number of lessons using them, most used first. */
  topTools: [string, number][];
}

/**
 * Counts over lessons planned or further. Tools are grouped ignoring case. (The grant's conditions
 * are counted over its three years: domain/plans/grant.ts.)
 */
export function lessonStats(
  index: LessonIndex,
  filter: LessonFilter,
): LessonStats {
  const lessons = index.select(filter, { reached: "planned" });
  // Lessons per tool code first, then codes grouped by name ignoring case (few distinct tools).
  const perCode = new Int32Array(index.codeCount);
  index.eachTool(lessons, (_, tool) => perCode[tool]!++);
  let withAiUse = 0;
  let withThinkingEvidence = 0;
  for (const i of lessons) {
    if (index.toolCount(i) > 0) {
      withAiUse++;
      if (index.has(i, "thinking")) withThinkingEvidence++;
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
  return {
    lessons: lessons.length,
    withAiUse,
    withThinkingEvidence,
    topTools: [...tools.values()]
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .slice(0, 5)
      .map((t) => [t.name, t.count]),
  };
}
