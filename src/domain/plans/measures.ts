import { eachCoveredFocus, stageOf } from "../coverage/gaps";
import type { FrameworkItemRecord } from "../framework/types";
import type { LessonIndex } from "../lessons/lessonIndex";
import type { SharingSession } from "./sessions";
import type { Achievement, Measure, Target } from "./types";

export interface MeasurePart {
  key: "classes" | "subjects" | "lessons" | "percent" | "sessions";
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
  /** The school year; null for several (the grant's period), which the index is narrowed to. */
  schoolYear: string | null;
  /** The school's sharing sessions held in the school year. */
  sessions: readonly SharingSession[];
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

/** Subjects with lessons at `levels` or more distinct levels, among the given lessons. */
export function subjectsAtLevels(
  index: LessonIndex,
  slots: Iterable<number>,
): Map<string, Set<string>> {
  const bySubject = new Map<string, Set<string>>();
  for (const i of slots) {
    const subject = index.splitValue(i, "subject");
    const level = index.splitValue(i, "level");
    if (!subject || !level) continue;
    const levels = bySubject.get(subject) ?? new Set<string>();
    levels.add(level);
    bySubject.set(subject, levels);
  }
  return bySubject;
}

/** The distinct subjects of the given lessons (lessons with no subject are not counted). */
function distinctSubjects(index: LessonIndex, slots: readonly number[]) {
  return new Set(
    slots.map((i) => index.splitValue(i, "subject")).filter(Boolean),
  ).size;
}

/**
 * Evaluates a measurable success criterion against one school year's lessons (and sharing
 * sessions). Lessons count from the measure's status onwards: taught, unless the school chose
 * otherwise (thinking evidence is about records kept in planning, so from planned).
 */
export function evaluate(measure: Measure, evidence: Evidence): MeasureResult {
  const { index, schoolYear } = evidence;
  const within = schoolYear ? { schoolYear } : {};
  const ids = (slots: Iterable<number>) =>
    Array.from(slots, (i) => index.lessonId(i));
  if (measure.kind === "sharingSessions") {
    const parts: MeasurePart[] = [
      {
        key: "sessions",
        value: evidence.sessions.length,
        target: measure.minimum,
      },
    ];
    return { met: done(parts), parts, lessonIds: [] };
  }
  const counted = index.select(within, { reached: measure.reached });
  switch (measure.kind) {
    case "focusesPerClass": {
      const focuses = focusesOf(evidence.items, measure.keyStage, measure.mode);
      // The classes of the key stage: every lesson of it names one (as the filters group names).
      const stage = index.code(measure.keyStage);
      const classes = new Set<string>();
      for (const i of index.select(within)) {
        const name = index.splitValue(i, "className");
        if (name && index.codeAt(i, "keyStage") === stage) classes.add(name);
      }
      const times = new Map<string, number>();
      const used = new Set<number>();
      eachCoveredFocus(index, counted, focuses, (i, focus) => {
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
      const ai = Array.from(counted).filter((i) => index.has(i, "aiAssisted"));
      // Each subject must itself reach the levels: Chinese P4 + Maths P4 + English P5 is three
      // subjects at one level each, not three subjects at two levels.
      const reaching = [...subjectsAtLevels(index, ai)].filter(
        ([, levels]) => levels.size >= measure.levels,
      );
      const inReaching = new Set(reaching.map(([subject]) => subject));
      const parts: MeasurePart[] = [
        { key: "subjects", value: reaching.length, target: measure.subjects },
      ];
      return {
        met: done(parts),
        parts,
        lessonIds: ids(
          ai.filter((i) => inReaching.has(index.splitValue(i, "subject"))),
        ),
      };
    }
    case "flaggedLessons": {
      const flagged = Array.from(counted).filter((i) =>
        index.has(i, measure.flag),
      );
      const parts: MeasurePart[] = [
        { key: "lessons", value: flagged.length, target: measure.minimum },
      ];
      if (measure.subjects > 0)
        parts.push({
          key: "subjects",
          value: distinctSubjects(index, flagged),
          target: measure.subjects,
        });
      return { met: done(parts), parts, lessonIds: ids(flagged) };
    }
    case "thinkingEvidenceShare": {
      const withAi = Array.from(counted).filter((i) => index.toolCount(i) > 0);
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
      eachCoveredFocus(index, counted, focuses, (i, focus) => {
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
  const year = evidence.schoolYear;
  if (year === null || year > currentYear || evidence.index.size === 0)
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
