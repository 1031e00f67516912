/** Hong Kong school levels, Primary 1 to Secondary 6, in teaching order. */
export const LEVELS = [
  "P1",
  "P2",
  "P3",
  "P4",
  "P5",
  "P6",
  "S1",
  "S2",
  "S3",
  "S4",
  "S5",
  "S6",
] as const;
export type Level = (typeof LEVELS)[number];

/** The four key stages of the AI Literacy Learning Framework and the levels each spans. */
export const KEY_STAGES = {
  KS1: ["P1", "P2", "P3"],
  KS2: ["P4", "P5", "P6"],
  KS3: ["S1", "S2", "S3"],
  KS4: ["S4", "S5", "S6"],
} as const satisfies Record<string, readonly Level[]>;
export type KeyStage = keyof typeof KEY_STAGES;
export const KEY_STAGE_CODES = Object.keys(KEY_STAGES) as KeyStage[];

export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

export function keyStageOfLevel(level: Level): KeyStage {
  const found = KEY_STAGE_CODES.find((ks) =>
    (KEY_STAGES[ks] as readonly Level[]).includes(level),
  );
  // Every level belongs to exactly one key stage, so this cannot miss.
  return found ?? "KS1";
}

/** The key stages that a set of levels touches, in order. */
export function keyStagesOfLevels(levels: readonly Level[]): KeyStage[] {
  const stages = new Set(levels.map(keyStageOfLevel));
  return KEY_STAGE_CODES.filter((ks) => stages.has(ks));
}

/** "P4–P6" for a run of levels, "P2, P5" otherwise; empty for no levels. */
export function formatLevelRange(levels: readonly Level[]): string {
  if (levels.length === 0) return "";
  const indexes = levels.map((l) => LEVELS.indexOf(l)).sort((a, b) => a - b);
  const first = indexes[0] ?? 0;
  const last = indexes[indexes.length - 1] ?? 0;
  const contiguous = last - first === indexes.length - 1 && indexes.length > 1;
  if (contiguous) return `${LEVELS[first]}–${LEVELS[last]}`;
  return indexes.map((i) => LEVELS[i]).join(", ");
}
