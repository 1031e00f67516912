import type { output, ZodType } from "zod";
import { fileBounds, type Assert, type SameShape, type Zod } from "../records";

// Teachers' digital-education training (Blueprint strategy S4, p.19 4(i) and p.32): the courses
// each teacher has taken, and each teacher's CPD cycle. Defined once: types, schemas (for the
// records that arrive in backups and share files) and bounds.

/**
 * The three training tracks of strategy S5 (Blueprint p.20, p.33): 人工智能素養,
 * 人工智能+科目, 人工智能領導 (AI Literacy, AI + Subject, AI Leadership).
 */
export const TRAINING_TRACKS = [
  "aiLiteracy",
  "aiSubject",
  "aiLeadership",
] as const;
export type TrainingTrack = (typeof TRAINING_TRACKS)[number];

/** The most hours one course record may hold: a long course is several records. */
export const MAX_COURSE_HOURS = 200;

/** One course (or workshop, seminar) a teacher attended. */
export interface TrainingCourse {
  id: string;
  /** The teacher's name, as she signs her lessons and share files. */
  teacher: string;
  /** The day it was held (the last day of a course over several days): "2026-11-20". */
  date: string;
  title: string;
  /** Who ran it: "EDB", "EdCity", a university… */
  provider: string;
  track: TrainingTrack;
  /** Hours, in halves: 3, 1.5. */
  hours: number;
  updatedAt: string;
  /** Kept as a mark, so the removal reaches the head's device through share files. */
  deletedAt: string | null;
}

/** A teacher's CPD cycle and role: one record per teacher. */
export interface TeacherCycle {
  teacher: string;
  /** The first school year of her 3-year CPD cycle: "2026/27". */
  cycleStart: string;
  /** A school leader (principal, vice-principal…): AI Leadership is the leaders' track. */
  leader: boolean;
  updatedAt: string;
}

export function trainingCourseSchema(z: Zod) {
  const { id, short, iso } = fileBounds(z);
  return z.strictObject({
    id,
    teacher: z.string().min(1).max(200),
    date: z.iso.date(),
    title: short,
    provider: short,
    track: z.enum(TRAINING_TRACKS),
    // Whole or half hours, more than none.
    hours: z
      .number()
      .min(0.5)
      .max(MAX_COURSE_HOURS)
      .refine((h) => Number.isInteger(h * 2)),
    updatedAt: iso,
    deletedAt: iso.nullable(),
  }) satisfies ZodType<TrainingCourse>;
}

export function teacherCycleSchema(z: Zod) {
  const { schoolYear, iso } = fileBounds(z);
  return z.strictObject({
    teacher: z.string().min(1).max(200),
    cycleStart: schoolYear,
    leader: z.boolean(),
    updatedAt: iso,
  }) satisfies ZodType<TeacherCycle>;
}

export type TrainingCourseSchemaMatchesType = Assert<
  SameShape<output<ReturnType<typeof trainingCourseSchema>>, TrainingCourse>
>;
export type TeacherCycleSchemaMatchesType = Assert<
  SameShape<output<ReturnType<typeof teacherCycleSchema>>, TeacherCycle>
>;
