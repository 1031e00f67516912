import type { FrameworkItemRecord } from "../framework/types";
import { keyStageOfLevel, type KeyStage } from "../levels";
import type { LessonFilter } from "../lessons/filter";
import type { LessonIndex } from "../lessons/lessonIndex";
import type { CoverageStatus } from "./coverage";

export interface Gap {
  item: FrameworkItemRecord;
  keyStage: KeyStage;
}

/** The key stage a learning focus belongs to, from its levels; null for items without levels. */
export function stageOf(item: FrameworkItemRecord): KeyStage | null {
  const level = item.educationLevel[0];
  return level ? keyStageOfLevel(level) : null;
}

/**
 * The rule for when a learning focus is covered: a lesson of the focus's own key stage maps to
 * it (lessons of other stages do not fill a stage's gap). Calls `visit` for each of these lessons
 * (already narrowed to a status and filter) and each focus it covers so, once per pair. Gaps,
 * plan measures and the summary all count through it.
 */
export function eachCoveredFocus(
  index: LessonIndex,
  lessons: ArrayLike<number>,
  focuses: readonly FrameworkItemRecord[],
  visit: (lesson: number, focus: FrameworkItemRecord) => void,
): void {
  // Per item code: the focus, and the code of its key stage in the index.
  const focusOfCode: (FrameworkItemRecord | undefined)[] = [];
  const stageOfCode = new Int32Array(index.codeCount).fill(-1);
  for (const focus of focuses) {
    const code = index.code(focus.id);
    const stage = stageOf(focus);
    if (code < 0 || !stage) continue;
    focusOfCode[code] = focus;
    stageOfCode[code] = index.code(stage);
  }
  const stageOfLesson = index.splitter("keyStage");
  index.eachItem(lessons, (i, item) => {
    const focus = focusOfCode[item];
    if (focus && stageOfLesson(i) === stageOfCode[item]) visit(i, focus);
  });
}

/**
 * Learning focuses of each key stage that no lesson at that key stage covers (having reached
 * `status`: planned, taught or assessed; within the filter, typically one school year).
 */
export function uncoveredFocuses(
  index: LessonIndex,
  focuses: readonly FrameworkItemRecord[],
  filter: LessonFilter,
  status: CoverageStatus = "planned",
): Gap[] {
  const covered = new Set<FrameworkItemRecord>();
  const lessons = index.select(filter, { reached: status });
  eachCoveredFocus(index, lessons, focuses, (_, focus) => covered.add(focus));
  return focuses.flatMap((item) => {
    const keyStage = stageOf(item);
    return keyStage && !covered.has(item) ? [{ item, keyStage }] : [];
  });
}

/** Items that lessons plan to cover but that no lesson has yet taught or assessed. */
export function plannedNeverTaught(
  index: LessonIndex,
  filter: LessonFilter,
): Set<string> {
  // Per item code: 1 planned, 2 taught or assessed (the furthest any lesson got).
  const reached = new Uint8Array(index.codeCount);
  const lessons = index.select(filter, { reached: "planned" });
  let lesson = -1;
  let mark = 0;
  index.eachItem(lessons, (i, item) => {
    if (i !== lesson) {
      lesson = i;
      mark = index.reaches(i, "taught") ? 2 : 1;
    }
    if (reached[item]! < mark) reached[item] = mark;
  });
  const untaught = new Set<string>();
  reached.forEach((mark, code) => {
    if (mark === 1) untaught.add(index.valueOf(code));
  });
  return untaught;
}
