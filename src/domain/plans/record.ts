import type { output, ZodType } from "zod";
import { KEY_STAGE_CODES, type KeyStage } from "../levels";
import { LESSON_FLAGS, type LessonFlag } from "../lessons/record";
import { fileBounds, type Assert, type SameShape, type Zod } from "../records";

// The stored school plan, defined once: its type, its schema (for plans that arrive in backups)
// and a new plan's defaults. A field added to the type and not to the schema fails to compile.

/** A success criterion the app can measure from lessons, not just state. */
export type Measure =
  /** Every class of the key stage is taught each learning focus (of one mode, or all) at least `minimum` times. */
  | {
      kind: "focusesPerClass";
      keyStage: KeyStage;
      mode: "L" | "A" | "S" | "P" | null;
      minimum: number;
    }
  /** Lessons taught with AI assistance in at least this many subjects and levels. */
  | { kind: "aiSubjectsLevels"; subjects: number; levels: number }
  /** At least this many taught lessons carry a grant flag (AI teaching example, open lesson, student activity). */
  | { kind: "flaggedLessons"; flag: LessonFlag; minimum: number }
  /** At least this share of lessons with AI use record how students' thinking is evidenced. */
  | { kind: "thinkingEvidenceShare"; percent: number }
  /** At least this share of a key stage's learning focuses are taught at that stage. */
  | { kind: "focusCoverage"; keyStage: KeyStage; percent: number };

export interface Criterion {
  id: string;
  text: string;
  measure: Measure | null;
}

/** One row of the Annual School Plan table, under a target. */
export interface Task {
  id: string;
  /** 0, 1 or 2: the plan's first, second or third year. */
  yearIndex: number;
  text: string;
  timeScale: string;
  criteria: Criterion[];
  evaluationMethods: string;
  responsible: string;
  resources: string;
  /** Framework items (Blueprint strategies, learning focuses) this task serves. */
  links: string[];
}

export interface Target {
  id: string;
  text: string;
  /** Time scale ticks for years 1, 2 and 3. */
  years: [boolean, boolean, boolean];
  strategiesOutline: string;
  links: string[];
  tasks: Task[];
}

export interface MajorConcern {
  id: string;
  title: string;
  links: string[];
  targets: Target[];
}

export type Achievement = "achieved" | "partlyAchieved" | "notAchieved";

/** The School Report's evaluation of one target in one year. */
export interface TargetReport {
  targetId: string;
  yearIndex: number;
  achievement: Achievement | null;
  evidence: string;
  reflection: string;
}

export interface SchoolPlan {
  id: string;
  schoolName: string;
  /** First school year of the three, "2026/27". */
  startYear: string;
  vision: string;
  mission: string;
  goals: string[];
  holisticReview: string;
  swot: {
    strengths: string[];
    weaknesses: string[];
    opportunities: string[];
    threats: string[];
  };
  concerns: MajorConcern[];
  reports: TargetReport[];
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** The schema of a plan arriving in a backup; every string and list is bounded. */
export function planSchema(z: Zod) {
  const { text, id, iso, schoolYear, list } = fileBounds(z);
  const keyStage = z.enum(KEY_STAGE_CODES as [KeyStage, ...KeyStage[]]);
  const measure = z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("focusesPerClass"),
      keyStage,
      mode: z.enum(["L", "A", "S", "P"]).nullable(),
      minimum: z.number().int().min(0).max(100),
    }),
    z.strictObject({
      kind: z.literal("aiSubjectsLevels"),
      subjects: z.number().int().min(0).max(100),
      levels: z.number().int().min(0).max(12),
    }),
    z.strictObject({
      kind: z.literal("flaggedLessons"),
      flag: z.enum(LESSON_FLAGS),
      minimum: z.number().int().min(0).max(10_000),
    }),
    z.strictObject({
      kind: z.literal("thinkingEvidenceShare"),
      percent: z.number().min(0).max(100),
    }),
    z.strictObject({
      kind: z.literal("focusCoverage"),
      keyStage,
      percent: z.number().min(0).max(100),
    }),
  ]) satisfies ZodType<Measure>;
  return z.strictObject({
    id,
    schoolName: text,
    startYear: schoolYear,
    vision: text,
    mission: text,
    goals: list(text),
    holisticReview: text,
    swot: z.strictObject({
      strengths: list(text),
      weaknesses: list(text),
      opportunities: list(text),
      threats: list(text),
    }),
    concerns: list(
      z.strictObject({
        id,
        title: text,
        links: list(id),
        targets: list(
          z.strictObject({
            id,
            text,
            years: z.tuple([z.boolean(), z.boolean(), z.boolean()]),
            strategiesOutline: text,
            links: list(id),
            tasks: list(
              z.strictObject({
                id,
                yearIndex: z.number().int().min(0).max(2),
                text,
                timeScale: text,
                criteria: list(
                  z.strictObject({ id, text, measure: measure.nullable() }),
                ),
                evaluationMethods: text,
                responsible: text,
                resources: text,
                links: list(id),
              }),
            ),
          }),
        ),
      }),
      50,
    ),
    reports: list(
      z.strictObject({
        targetId: id,
        yearIndex: z.number().int().min(0).max(2),
        achievement: z
          .enum(["achieved", "partlyAchieved", "notAchieved"])
          .nullable(),
        evidence: text,
        reflection: text,
      }),
    ),
    createdAt: iso,
    updatedAt: iso,
    deletedAt: iso.nullable(),
  }) satisfies ZodType<SchoolPlan>;
}

/** Fails to compile when the schema has a field the type lacks (or the other way round). */
export type PlanSchemaMatchesType = Assert<
  SameShape<output<ReturnType<typeof planSchema>>, SchoolPlan>
>;

/** An empty plan: the school writes everything. */
export function emptyPlan(
  id: string,
  startYear: string,
  now: Date,
): SchoolPlan {
  const iso = now.toISOString();
  return {
    id,
    schoolName: "",
    startYear,
    vision: "",
    mission: "",
    goals: [],
    holisticReview: "",
    swot: { strengths: [], weaknesses: [], opportunities: [], threats: [] },
    concerns: [],
    reports: [],
    createdAt: iso,
    updatedAt: iso,
    deletedAt: null,
  };
}
