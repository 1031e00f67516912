import type { output, ZodType } from "zod";
import { KEY_STAGE_CODES, type KeyStage } from "../levels";
import { LESSON_FLAGS, type LessonFlag } from "../lessons/record";
import { fileBounds, type Assert, type SameShape, type Zod } from "../records";
import { sharingSessionSchema, type SharingSession } from "./sessions";

// The stored school plan, defined once: its type, its schema (for plans that arrive in backups)
// and a new plan's defaults. A field added to the type and not to the schema fails to compile.

/** The lesson statuses a measure counts from: this one and every one beyond it. */
export const MEASURE_STATUSES = ["planned", "taught", "assessed"] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** The learning-focus groups of a key stage (KS2-L, KS2-A, KS2-S, KS2-P), or null for all. */
export const FOCUS_MODES = ["L", "A", "S", "P"] as const;
export type FocusMode = (typeof FOCUS_MODES)[number];

/**
 * A success criterion the app can measure, not just state. Every number, key stage and status
 * in it is the school's to set; the criterion's words are made from them (plans' measureText),
 * so what it says and what it counts cannot disagree.
 */
export type Measure =
  /** Every class of the key stage is taught each learning focus (of one mode, or all) at least `minimum` times. */
  | {
      kind: "focusesPerClass";
      keyStage: KeyStage;
      mode: FocusMode | null;
      minimum: number;
      reached: MeasureStatus;
    }
  /**
   * AI-assisted teaching in at least `subjects` subjects, each at `levels` or more levels
   * (EDBCM 221/2025: 「在最少3個科目或課程範疇中推行人工智能輔助教學（每個科目或課程範疇最少涉及2個級別）」).
   */
  | {
      kind: "aiSubjectsLevels";
      subjects: number;
      levels: number;
      reached: MeasureStatus;
    }
  /** At least `minimum` lessons carry a grant flag, across at least `subjects` subjects (0: any). */
  | {
      kind: "flaggedLessons";
      flag: LessonFlag;
      minimum: number;
      subjects: number;
      reached: MeasureStatus;
    }
  /** At least this share of lessons with AI use record how students' thinking is evidenced. */
  | { kind: "thinkingEvidenceShare"; percent: number; reached: MeasureStatus }
  /** At least this share of a key stage's learning focuses are taught at that stage. */
  | {
      kind: "focusCoverage";
      keyStage: KeyStage;
      percent: number;
      reached: MeasureStatus;
    }
  /** At least `minimum` sharing sessions on AI-assisted teaching recorded in the year. */
  | { kind: "sharingSessions"; minimum: number };

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

/** The Annual School Plan's grant plan for one of the plan's years. */
export interface GrantYearPlan {
  /** 0, 1 or 2: the plan's first, second or third year. */
  yearIndex: number;
  /** What the school will do with the grant that year (the circular asks for the arrangements). */
  arrangements: string;
  /** Expected spending that year, in HK dollars; null until the school says. */
  budget: number | null;
}

/** The School Report's grant report: interim (due 30 Sep 2027) or final (due 30 Sep 2028). */
export interface GrantReport {
  due: "interim" | "final";
  /** Spent from the grant so far, in HK dollars; null until the school says. */
  expenditure: number | null;
  evaluation: string;
  /** When the school management committee approved it ("2027-09-20"), or "". */
  approvedOn: string;
  /** When it was published on the school's website, or "". */
  publishedOn: string;
}

export interface PlanGrant {
  /** Sharing sessions on AI-assisted teaching held, each dated with its topic. */
  sessions: SharingSession[];
  years: GrantYearPlan[];
  reports: GrantReport[];
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
  /** The 「智」啟學教 grant's records kept with the plan (./grant.ts). */
  grant: PlanGrant;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** The schema of a plan arriving in a backup; every string and list is bounded. */
export function planSchema(z: Zod) {
  const { text, id, iso, schoolYear, list } = fileBounds(z);
  const keyStage = z.enum(KEY_STAGE_CODES as [KeyStage, ...KeyStage[]]);
  // Plans written before a measure had a status counted lessons taught (thinking evidence: planned).
  const reached = (fallback: MeasureStatus) =>
    z.enum(MEASURE_STATUSES).default(fallback);
  const count = (max: number) => z.number().int().min(0).max(max);
  const money = z.number().min(0).max(100_000_000).nullable();
  const dateOrEmpty = z.union([z.iso.date(), z.literal("")]);
  const share = z.number().min(0).max(100);
  const measure = z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("focusesPerClass"),
      keyStage,
      mode: z.enum(FOCUS_MODES).nullable(),
      minimum: count(100),
      reached: reached("taught"),
    }),
    z.strictObject({
      kind: z.literal("aiSubjectsLevels"),
      subjects: count(100),
      levels: count(12),
      reached: reached("taught"),
    }),
    z.strictObject({
      kind: z.literal("flaggedLessons"),
      flag: z.enum(LESSON_FLAGS),
      minimum: count(10_000),
      subjects: count(100).default(0),
      reached: reached("taught"),
    }),
    z.strictObject({
      kind: z.literal("thinkingEvidenceShare"),
      percent: share,
      reached: reached("planned"),
    }),
    z.strictObject({
      kind: z.literal("focusCoverage"),
      keyStage,
      percent: share,
      reached: reached("taught"),
    }),
    z.strictObject({
      kind: z.literal("sharingSessions"),
      minimum: count(1_000),
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
    // Plans written before the grant's records were kept have none.
    grant: z
      .strictObject({
        sessions: list(sharingSessionSchema(z)),
        years: list(
          z.strictObject({
            yearIndex: z.number().int().min(0).max(2),
            arrangements: text,
            budget: money,
          }),
          3,
        ),
        reports: list(
          z.strictObject({
            due: z.enum(["interim", "final"]),
            expenditure: money,
            evaluation: text,
            approvedOn: dateOrEmpty,
            publishedOn: dateOrEmpty,
          }),
          2,
        ),
      })
      .default({ sessions: [], years: [], reports: [] }),
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
    grant: { sessions: [], years: [], reports: [] },
    createdAt: iso,
    updatedAt: iso,
    deletedAt: null,
  };
}
