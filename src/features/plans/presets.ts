import { KEY_STAGE_CODES } from "../../domain/levels";
import type { Measure } from "../../domain/plans/types";

type Translate = (key: string, o?: Record<string, unknown>) => string;

/** Success criteria the app can measure, offered when a school adds one by hand. */
export const MEASURE_PRESETS: Measure[] = [
  { kind: "aiSubjectsLevels", subjects: 3, levels: 2 },
  { kind: "flaggedLessons", flag: "aiTeachingExample", minimum: 2 },
  { kind: "flaggedLessons", flag: "openLesson", minimum: 1 },
  { kind: "flaggedLessons", flag: "studentActivity", minimum: 2 },
  { kind: "thinkingEvidenceShare", percent: 80 },
  ...KEY_STAGE_CODES.map((keyStage): Measure => ({
    kind: "focusCoverage",
    keyStage,
    percent: 80,
  })),
  ...KEY_STAGE_CODES.map((keyStage): Measure => ({
    kind: "focusesPerClass",
    keyStage,
    mode: "P",
    minimum: 1,
  })),
];

/** The criterion as the school would write it, in the reader's language. */
export function measureText(measure: Measure, t: Translate): string {
  switch (measure.kind) {
    case "aiSubjectsLevels":
      return t("presets.aiSubjectsLevels", {
        subjects: measure.subjects,
        levels: measure.levels,
      });
    case "flaggedLessons":
      return t(`presets.${measure.flag}`, { count: measure.minimum });
    case "thinkingEvidenceShare":
      return t("presets.thinkingEvidenceShare", { percent: measure.percent });
    case "focusCoverage":
      return t("presets.focusCoverage", {
        stage: measure.keyStage,
        percent: measure.percent,
      });
    case "focusesPerClass":
      return t("presets.focusesPerClass", { stage: measure.keyStage });
  }
}
