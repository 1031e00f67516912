import type { KeyStage, Level } from "../levels";

export const LESSON_STATUSES = [
  "draft",
  "planned",
  "taught",
  "assessed",
] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];

export const EMPHASES = ["introduce", "develop", "consolidate"] as const;
export type Emphasis = (typeof EMPHASES)[number];

/** A lesson (or one of its activities) points at a stored framework item. */
export interface Mapping {
  frameworkId: string;
  itemId: string;
  emphasis: Emphasis;
}

export interface Activity {
  id: string;
  title: string;
  minutes: number | null;
  teacherDoes: string;
  studentsDo: string;
  checkForUnderstanding: string;
  mappings: Mapping[];
}

export const AI_USERS = ["teacher", "students", "demonstration"] as const;
export type AiUser = (typeof AI_USERS)[number];

/** One AI tool used in the lesson, as Supplement II (the Guide to Using AI in Teaching) asks schools to record. */
export interface AiUse {
  id: string;
  tool: string;
  usedBy: AiUser;
  purpose: string;
  ageAndTermsChecked: boolean;
  noPersonalData: boolean;
  outputCheck: string;
}

export const THINKING_EVIDENCE = [
  "oral-questioning",
  "process-records",
  "supervised-work",
] as const;
export type ThinkingEvidence = (typeof THINKING_EVIDENCE)[number];

export const LESSON_FLAGS = [
  "aiTeachingExample",
  "openLesson",
  "studentActivity",
] as const;
export type LessonFlag = (typeof LESSON_FLAGS)[number];

export interface Keyword {
  term: string;
  definition: string;
}

export interface ResourceLink {
  label: string;
  url: string;
}

export interface Lesson {
  id: string;
  title: string;
  /** A built-in subject id (see subjects.ts) or a school's own subject name. */
  subject: string;
  level: Level | null;
  className: string;
  /** "2026/27" */
  schoolYear: string;
  term: 1 | 2 | 3 | null;
  /** "2026-11-25" */
  date: string | null;
  /** Timetable period, 1 upwards. */
  period: number | null;
  startTime: string;
  durationMinutes: number | null;
  unit: string;
  objectives: string[];
  successCriteria: string[];
  priorKnowledge: string;
  keywords: Keyword[];
  misconceptions: string[];
  activities: Activity[];
  differentiation: string;
  senSupport: string;
  resources: ResourceLink[];
  assessment: string;
  homework: string;
  status: LessonStatus;
  reflection: string;
  mappings: Mapping[];
  aiUses: AiUse[];
  thinkingEvidence: ThinkingEvidence[];
  thinkingEvidenceNote: string;
  flags: Record<LessonFlag, boolean>;
  author: string;
  createdAt: string;
  updatedAt: string;
  /** Set on an explicit copy: the lesson it was copied from. Never a live link. */
  copiedFrom: { lessonId: string; title: string; at: string } | null;
  /** Set when the lesson started from one of our templates. */
  templateId: string | null;
  /** Soft delete, so "Undo" can bring it back. */
  deletedAt: string | null;
}

/**
 * What coverage and grant summaries need to know about a lesson, without its text: written with
 * the lesson, in the same transaction. A deleted lesson has none.
 */
export interface LessonSummary {
  lessonId: string;
  title: string;
  status: LessonStatus;
  schoolYear: string;
  term: number | null;
  date: string | null;
  period: number | null;
  level: Level | null;
  keyStage: KeyStage | null;
  subject: string;
  className: string;
  author: string;
  updatedAt: string;
  /** Every framework item the lesson or its activities map to, once each. */
  itemIds: string[];
  aiTools: string[];
  /** At least one AI tool recorded, used by the teacher or students (not only demonstrated). */
  aiAssisted: boolean;
  hasThinkingEvidence: boolean;
  flags: Record<LessonFlag, boolean>;
}
