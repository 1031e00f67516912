import { reaches } from "../coverage/coverage";
import { stageOf } from "../coverage/gaps";
import type { FrameworkItemRecord } from "../framework/types";
import type { LessonSummary, CoverageRow } from "../lessons/types";
import type { Achievement, Measure, Target } from "./types";

export interface MeasurePart {
  key: "classes" | "subjects" | "levels" | "lessons" | "percent";
  value: number;
  target: number;
}

export interface MeasureResult {
  met: boolean;
  parts: MeasurePart[];
  /** The lessons that count towards it: the evidence behind the number. */
  lessonIds: string[];
}

export interface Evidence {
  rows: readonly CoverageRow[];
  summaries: readonly LessonSummary[];
  /** Items of the AI Literacy Learning Framework (learning focuses and their mode groups). */
  items: readonly FrameworkItemRecord[];
  schoolYear: string;
}

const percent = (n: number, d: number) =>
  d === 0 ? 0 : Math.round((n / d) * 100);
const done = (parts: MeasurePart[]) => parts.every((p) => p.value >= p.target);

function focusesOf(
  items: readonly FrameworkItemRecord[],
  keyStage: string,
  mode: string | null,
) {
  const byId = new Map(items.map((i) => [i.id, i]));
  return items.filter(
    (i) =>
      i.type === "learning-focus" &&
      stageOf(i) === keyStage &&
      (mode === null ||
        byId.get(i.parentId ?? "")?.code === `${keyStage}-${mode}`),
  );
}

/**
 * Evaluates a measurable success criterion against one school year's lessons. Only lessons
 * taught (or assessed) count, except where the criterion is about records kept in planning.
 */
export function evaluate(measure: Measure, evidence: Evidence): MeasureResult {
  const rows = evidence.rows.filter(
    (r) => r.schoolYear === evidence.schoolYear,
  );
  const summaries = evidence.summaries.filter(
    (s) => s.schoolYear === evidence.schoolYear,
  );
  const taught = summaries.filter((s) => reaches(s.status, "taught"));
  switch (measure.kind) {
    case "focusesPerClass": {
      const focuses = focusesOf(evidence.items, measure.keyStage, measure.mode);
      const wanted = new Set(focuses.map((f) => f.id));
      const classes = [
        ...new Set(
          summaries
            .filter((s) => s.keyStage === measure.keyStage && s.className)
            .map((s) => s.className),
        ),
      ];
      const times = new Map<string, number>();
      const used = new Set<string>();
      for (const r of rows) {
        if (
          !wanted.has(r.itemId) ||
          r.keyStage !== measure.keyStage ||
          !reaches(r.status, "taught")
        )
          continue;
        const key = `${r.className}|${r.itemId}`;
        times.set(key, (times.get(key) ?? 0) + 1);
        used.add(r.lessonId);
      }
      const complete = classes.filter((c) =>
        focuses.every(
          (f) => (times.get(`${c}|${f.id}`) ?? 0) >= measure.minimum,
        ),
      );
      const parts: MeasurePart[] = [
        { key: "classes", value: complete.length, target: classes.length },
      ];
      return {
        met: classes.length > 0 && focuses.length > 0 && done(parts),
        parts,
        lessonIds: [...used],
      };
    }
    case "aiSubjectsLevels": {
      const ai = taught.filter((s) => s.aiAssisted);
      const parts: MeasurePart[] = [
        {
          key: "subjects",
          value: new Set(ai.map((s) => s.subject).filter(Boolean)).size,
          target: measure.subjects,
        },
        {
          key: "levels",
          value: new Set(ai.map((s) => s.level).filter(Boolean)).size,
          target: measure.levels,
        },
      ];
      return { met: done(parts), parts, lessonIds: ai.map((s) => s.lessonId) };
    }
    case "flaggedLessons": {
      const flagged = taught.filter((s) => s.flags[measure.flag]);
      const parts: MeasurePart[] = [
        { key: "lessons", value: flagged.length, target: measure.minimum },
      ];
      return {
        met: done(parts),
        parts,
        lessonIds: flagged.map((s) => s.lessonId),
      };
    }
    case "thinkingEvidenceShare": {
      const withAi = summaries.filter(
        (s) => reaches(s.status, "planned") && s.aiTools.length > 0,
      );
      const evidenced = withAi.filter((s) => s.hasThinkingEvidence);
      const parts: MeasurePart[] = [
        {
          key: "percent",
          value: percent(evidenced.length, withAi.length),
          target: measure.percent,
        },
      ];
      return {
        met: withAi.length > 0 && done(parts),
        parts,
        lessonIds: evidenced.map((s) => s.lessonId),
      };
    }
    case "focusCoverage": {
      const focuses = focusesOf(evidence.items, measure.keyStage, null);
      const wanted = new Set(focuses.map((f) => f.id));
      const lessons = rows.filter(
        (r) =>
          wanted.has(r.itemId) &&
          r.keyStage === measure.keyStage &&
          reaches(r.status, "taught"),
      );
      // A focus is covered when a taught lesson of its own key stage maps to it.
      const covered = new Set(lessons.map((r) => r.itemId)).size;
      const parts: MeasurePart[] = [
        {
          key: "percent",
          value: percent(covered, focuses.length),
          target: measure.percent,
        },
      ];
      return {
        met: done(parts),
        parts,
        lessonIds: [...new Set(lessons.map((r) => r.lessonId))],
      };
    }
  }
}

/**
 * The School Report's starting verdict for a target in a year, from its measured criteria:
 * all met → achieved; some progress → partly achieved; none → not achieved. A target with
 * no measured criteria is left for the school to judge (null).
 */
export function suggestAchievement(
  target: Target,
  yearIndex: number,
  evidence: Evidence,
): Achievement | null {
  const results = target.tasks
    .filter((t) => t.yearIndex === yearIndex)
    .flatMap((t) => t.criteria)
    .flatMap((c) => (c.measure ? [evaluate(c.measure, evidence)] : []));
  if (results.length === 0) return null;
  if (results.every((r) => r.met)) return "achieved";
  if (results.some((r) => r.met || r.parts.some((p) => p.value > 0)))
    return "partlyAchieved";
  return "notAchieved";
}
