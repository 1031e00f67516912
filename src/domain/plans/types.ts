import type { KeyStage } from "../levels";
import type { LessonFlag } from "../lessons/types";

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
