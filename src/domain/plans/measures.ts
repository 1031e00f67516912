import { eachCoveredFocus, stageOf } from "../coverage/gaps";
import type { FrameworkItemRecord } from "../framework/types";
import type { LessonIndex } from "../lessons/lessonIndex";
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
  /** The lesson index, narrowed to the school year (lessons of other years are not counted). */
  index: LessonIndex;
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
  const { index, schoolYear } = evidence;
  const ids = (slots: Iterable<number>) =>
    Array.from(slots, (i) => index.lessonId(i));
  const taught = index.select({ schoolYear }, { reached: "taught" });
  switch (measure.kind) {
    case "focusesPerClass": {
      const focuses = focusesOf(evidence.items, measure.keyStage, measure.mode);
      // The classes of the key stage: every lesson of it names one (as the filters group names).
      const stage = index.code(measure.keyStage);
      const classes = new Set<string>();
      for (const i of index.select({ schoolYear })) {
        const name = index.splitValue(i, "className");
        if (name && index.codeAt(i, "keyStage") === stage) classes.add(name);
      }
      const times = new Map<string, number>();
      const used = new Set<number>();
      eachCoveredFocus(index, taught, focuses, (i, focus) => {
        const key = `${index.splitValue(i, "className")}|${focus.id}`;
        times.set(key, (times.get(key) ?? 0) + 1);
        used.add(i);
      });
      const complete = [...classes].filter((c) =>
        focuses.every(
          (f) => (times.get(`${c}|${f.id}`) ?? 0) >= measure.minimum,
        ),
      );
      const parts: MeasurePart[] = [
        { key: "classes", value: complete.length, target: classes.size },
      ];
      return {
        met: classes.size > 0 && focuses.length > 0 && done(parts),
        parts,
        lessonIds: ids(used),
      };
    }
    case "aiSubjectsLevels": {
      const ai = Array.from(taught).filter((i) => index.has(i, "aiAssisted"));
      const distinct = (by: "subject" | "level") =>
        new Set(ai.map((i) => index.splitValue(i, by)).filter(Boolean)).size;
      const parts: MeasurePart[] = [
        {
          key: "subjects",
          value: distinct("subject"),
          target: measure.subjects,
        },
        { key: "levels", value: distinct("level"), target: measure.levels },
      ];
      return { met: done(parts), parts, lessonIds: ids(ai) };
    }
    case "flaggedLessons": {
      const flagged = Array.from(taught).filter((i) =>
        index.has(i, measure.flag),
      );
      const parts: MeasurePart[] = [
        { key: "lessons", value: flagged.length, target: measure.minimum },
      ];
      return { met: done(parts), parts, lessonIds: ids(flagged) };
    }
    case "thinkingEvidenceShare": {
      const withAi = Array.from(
        index.select({ schoolYear }, { reached: "planned" }),
      ).filter((i) => index.toolCount(i) > 0);
      const evidenced = withAi.filter((i) => index.has(i, "thinking"));
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
        lessonIds: ids(evidenced),
      };
    }
    case "focusCoverage": {
      const focuses = focusesOf(evidence.items, measure.keyStage, null);
      const covered = new Set<string>();
      const used = new Set<number>();
      eachCoveredFocus(index, taught, focuses, (i, focus) => {
        covered.add(focus.id);
        used.add(i);
      });
      const parts: MeasurePart[] = [
        {
          key: "percent",
          value: percent(covered.size, focuses.length),
          target: measure.percent,
        },
      ];
      return { met: done(parts), parts, lessonIds: ids(used) };
    }
  }
}

/**
 * The School Report's starting verdict for a target in a year, from its measured criteria:
 * all met → achieved; some progress → partly achieved; none → not achieved. Suggested only for
 * the current and past school years with lessons in them: a year that has not started, or has
 * no lessons yet, is not yet assessed (null), as is a target with no measured criteria. The
 * school can always override it (the School Report is the school's own evaluation).
 */
export function suggestAchievement(
  target: Target,
  yearIndex: number,
  evidence: Evidence,
  /** The school year now ("2026/27"). */
  currentYear: string,
): Achievement | null {
  if (evidence.schoolYear > currentYear || evidence.index.size === 0)
    return null;
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
