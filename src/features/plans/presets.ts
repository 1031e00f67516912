import { KEY_STAGE_CODES } from "../../domain/levels";
import type { Criterion, Measure } from "../../domain/plans/types";
import { GRANT_CONDITIONS } from "../../domain/plans/grant";

type Translate = (key: string, o?: Record<string, unknown>) => string;

/** Success criteria the app can measure, offered when a school adds one by hand (it then sets the numbers). */
export const MEASURE_PRESETS: Measure[] = [
  ...GRANT_CONDITIONS.map((c) => c.measure),
  { kind: "thinkingEvidenceShare", percent: 80, reached: "planned" },
  ...KEY_STAGE_CODES.map((keyStage): Measure => ({
    kind: "focusCoverage",
    keyStage,
    percent: 80,
    reached: "taught",
  })),
  ...KEY_STAGE_CODES.map((keyStage): Measure => ({
    kind: "focusesPerClass",
    keyStage,
    mode: "P",
    minimum: 1,
    reached: "taught",
  })),
];

/**
 * The criterion's words, made from its measure in the reader's language: every number, key
 * stage and status it counts is in them, so the words cannot say other than what is measured.
 */
export function measureText(measure: Measure, t: Translate): string {
  if (measure.kind === "sharingSessions")
    return t("presets.sharingSessions", { count: measure.minimum });
  const status = t(`presets.status.${measure.reached}`);
  switch (measure.kind) {
    case "aiSubjectsLevels":
      return t("presets.aiSubjectsLevels", {
        count: measure.subjects,
        levels: measure.levels,
        status,
      });
    case "flaggedLessons": {
      const lessons = t(`presets.${measure.flag}`, {
        count: measure.minimum,
        status,
      });
      return measure.subjects > 0
        ? t("presets.acrossSubjects", { lessons, count: measure.subjects })
        : lessons;
    }
    case "thinkingEvidenceShare":
      return t("presets.thinkingEvidenceShare", {
        percent: measure.percent,
        status,
      });
    case "focusCoverage":
      return t(
        measure.percent >= 100
          ? "presets.focusCoverageAll"
          : "presets.focusCoverage",
        {
          stage: measure.keyStage,
          percent: measure.percent,
          status,
        },
      );
    case "focusesPerClass":
      return t("presets.focusesPerClass", {
        stage: measure.keyStage,
        focuses: t(`presets.mode.${measure.mode ?? "all"}`),
        count: measure.minimum,
        status,
      });
  }
}

/**
 * A criterion as documents print it: a measured one is its measure's words, then the school's
 * own note if it wrote one; any other is the school's words.
 */
export function criterionText(criterion: Criterion, t: Translate): string {
  if (!criterion.measure) return criterion.text;
  return [measureText(criterion.measure, t), criterion.text.trim()]
    .filter(Boolean)
    .join("\n");
}
