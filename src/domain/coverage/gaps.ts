import type { FrameworkItemRecord } from "../framework/types";
import { KEY_STAGE_CODES, keyStageOfLevel, type KeyStage } from "../levels";
import { codeOf, type LessonColumns } from "../lessons/columns";
import { LESSON_STATUSES } from "../lessons/types";
import {
  lessonsPassing,
  type CoverageFilter,
  type CoverageStatus,
} from "./coverage";

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
 * Learning focuses of each key stage that no lesson at that key stage covers (having reached
 * `status`: planned, taught or assessed; within the filter, typically one school year). Lessons
 * of other stages do not fill a stage's gap.
 */
export function uncoveredFocuses(
  c: LessonColumns,
  focuses: readonly FrameworkItemRecord[],
  filter: CoverageFilter,
  status: CoverageStatus = "planned",
): Gap[] {
  // covered[stage * width + item]: a flag per key stage (by its place here) and item code.
  const stages = KEY_STAGE_CODES.map((ks) => codeOf(c, ks));
  const stageOfCode = new Int8Array(c.values.length).fill(-1);
  stages.forEach((code, s) => {
    if (code >= 0) stageOfCode[code] = s;
  });
  const width = c.values.length;
  const covered = new Uint8Array(width * stages.length);
  for (const i of lessonsPassing(c, filter, status)) {
    const s = stageOfCode[c.keyStage[i]!]!;
    if (s < 0) continue;
    for (let k = c.itemStart[i]!; k < c.itemStart[i + 1]!; k++)
      covered[s * width + c.items[k]!] = 1;
  }
  return focuses.flatMap((item) => {
    const keyStage = stageOf(item);
    if (!keyStage) return [];
    const s = KEY_STAGE_CODES.indexOf(keyStage);
    const code = codeOf(c, item.id);
    if (code >= 0 && covered[s * width + code]) return [];
    return [{ item, keyStage }];
  });
}

/** Items that lessons plan to cover but that no lesson has yet taught or assessed. */
export function plannedNeverTaught(
  c: LessonColumns,
  filter: CoverageFilter,
): Set<string> {
  // Per item code: 1 planned, 2 taught or assessed (the furthest any lesson got).
  const reached = new Uint8Array(c.values.length);
  const plannedStatus = LESSON_STATUSES.indexOf("planned");
  for (const i of lessonsPassing(c, filter, "planned")) {
    const mark = c.status[i]! > plannedStatus ? 2 : 1;
    for (let k = c.itemStart[i]!; k < c.itemStart[i + 1]!; k++) {
      const item = c.items[k]!;
      if (reached[item]! < mark) reached[item] = mark;
    }
  }
  const untaught = new Set<string>();
  reached.forEach((mark, code) => {
    if (mark === 1) untaught.add(c.values[code]!);
  });
  return untaught;
}
