import type { FrameworkItemRecord } from "../framework/types";
import { keyStageOfLevel, type KeyStage } from "../levels";
import type { CoverageRow } from "../lessons/types";
import {
  passesFilter,
  reaches,
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
  rows: readonly CoverageRow[],
  focuses: readonly FrameworkItemRecord[],
  filter: CoverageFilter,
  status: CoverageStatus = "planned",
): Gap[] {
  const covered = new Set<string>();
  for (const row of rows) {
    if (!reaches(row.status, status) || !passesFilter(row, filter)) continue;
    covered.add(`${row.keyStage}|${row.itemId}`);
  }
  return focuses.flatMap((item) => {
    const keyStage = stageOf(item);
    if (!keyStage || covered.has(`${keyStage}|${item.id}`)) return [];
    return [{ item, keyStage }];
  });
}

/** Items that lessons plan to cover but that no lesson has yet taught or assessed. */
export function plannedNeverTaught(
  rows: readonly CoverageRow[],
  filter: CoverageFilter,
): Set<string> {
  const planned = new Set<string>();
  const taught = new Set<string>();
  for (const row of rows) {
    if (!passesFilter(row, filter)) continue;
    if (reaches(row.status, "taught")) taught.add(row.itemId);
    else if (row.status === "planned") planned.add(row.itemId);
  }
  return new Set([...planned].filter((id) => !taught.has(id)));
}
