import type { output, ZodType } from "zod";
import { LEVELS, type Level } from "../levels";
import { fileBounds, type Assert, type SameShape, type Zod } from "../records";
import { schoolYearOf, termOf, todayIso } from "./lesson";

// The stored lesson, defined once: its type, its schema (for lessons that arrive in files) and a
// new lesson's defaults. A field added to the type and not to the schema fails to compile.

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

/** The schema of a lesson arriving in a file (backup, share file); every string and list is bounded. */
export function lessonSchema(z: Zod) {
  const { text, short, id, iso, schoolYear, list } = fileBounds(z);
  const mapping = z.strictObject({
    frameworkId: short,
    itemId: id,
    emphasis: z.enum(EMPHASES),
  }) satisfies ZodType<Mapping>;
  return z.strictObject({
    id,
    title: text,
    subject: short,
    level: z.enum(LEVELS).nullable(),
    className: short,
    schoolYear,
    term: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    date: z.iso.date().nullable(),
    period: z.number().int().min(1).max(20).nullable(),
    startTime: short,
    durationMinutes: z.number().int().min(0).max(1000).nullable(),
    unit: text,
    objectives: list(text),
    successCriteria: list(text),
    priorKnowledge: text,
    keywords: list(z.strictObject({ term: text, definition: text })),
    misconceptions: list(text),
    activities: list(
      z.strictObject({
        id,
        title: text,
        minutes: z.number().int().min(0).max(1000).nullable(),
        teacherDoes: text,
        studentsDo: text,
        checkForUnderstanding: text,
        mappings: list(mapping),
      }),
      200,
    ),
    differentiation: text,
    senSupport: text,
    resources: list(z.strictObject({ label: text, url: text })),
    assessment: text,
    homework: text,
    status: z.enum(LESSON_STATUSES),
    reflection: text,
    mappings: list(mapping),
    aiUses: list(
      z.strictObject({
        id,
        tool: text,
        usedBy: z.enum(AI_USERS),
        purpose: text,
        ageAndTermsChecked: z.boolean(),
        noPersonalData: z.boolean(),
        outputCheck: text,
      }),
    ),
    thinkingEvidence: list(z.enum(THINKING_EVIDENCE), 3),
    thinkingEvidenceNote: text,
    flags: z.strictObject({
      aiTeachingExample: z.boolean(),
      openLesson: z.boolean(),
      studentActivity: z.boolean(),
    }),
    author: short,
    createdAt: iso,
    updatedAt: iso,
    copiedFrom: z
      .strictObject({ lessonId: id, title: text, at: iso })
      .nullable(),
    templateId: short.nullable(),
    deletedAt: iso.nullable(),
  }) satisfies ZodType<Lesson>;
}

/** Fails to compile when the schema has a field the type lacks (or the other way round). */
export type LessonSchemaMatchesType = Assert<
  SameShape<output<ReturnType<typeof lessonSchema>>, Lesson>
>;

/** A new, empty lesson. The editor saves it once it has a title. */
export function emptyLesson(id: string, now: Date, author = ""): Lesson {
  const today = todayIso(now);
  const iso = now.toISOString();
  return {
    id,
    title: "",
    subject: "",
    level: null,
    className: "",
    schoolYear: schoolYearOf(today),
    term: termOf(today),
    date: null,
    period: null,
    startTime: "",
    durationMinutes: null,
    unit: "",
    objectives: [],
    successCriteria: [],
    priorKnowledge: "",
    keywords: [],
    misconceptions: [],
    activities: [],
    differentiation: "",
    senSupport: "",
    resources: [],
    assessment: "",
    homework: "",
    status: "draft",
    reflection: "",
    mappings: [],
    aiUses: [],
    thinkingEvidence: [],
    thinkingEvidenceNote: "",
    flags: {
      aiTeachingExample: false,
      openLesson: false,
      studentActivity: false,
    },
    author,
    createdAt: iso,
    updatedAt: iso,
    copiedFrom: null,
    templateId: null,
    deletedAt: null,
  };
}
