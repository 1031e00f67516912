import { schoolYearOf } from "../lessons/lesson";
import {
  TRAINING_TRACKS,
  type TeacherCycle,
  type TrainingCourse,
  type TrainingTrack,
} from "./record";

/**
 * Strategy S4 (Blueprint p.19 4(i), p.32): from 2026/27, each teacher completes at least 30
 * hours of digital-education training within the 3-year, 150-hour CPD cycle. No yearly
 * minimum is stated, so none is invented here.
 */
export const REQUIRED_HOURS = 30;
export const CYCLE_YEARS = 3;
/** The school year the requirement starts; a teacher's cycle starts here unless she sets hers. */
export const REQUIREMENT_FROM = "2026/27";

/** "2026/27" → 2026. */
const startOf = (schoolYear: string) => Number(schoolYear.slice(0, 4));
const yearFrom = (start: number) =>
  `${start}/${String((start + 1) % 100).padStart(2, "0")}`;

/** The school years of a cycle that starts in `cycleStart`: three, in order. */
export function cycleYears(cycleStart: string): string[] {
  return Array.from({ length: CYCLE_YEARS }, (_, i) =>
    yearFrom(startOf(cycleStart) + i),
  );
}

/** The cycle starts a teacher may choose: cycles that end in or after 2026/27, up to 2030/31. */
export function cycleStartChoices(): string[] {
  const first = startOf(REQUIREMENT_FROM) - (CYCLE_YEARS - 1);
  return Array.from({ length: 7 }, (_, i) => yearFrom(first + i));
}

export interface TeacherProgress {
  teacher: string;
  cycle: string[];
  leader: boolean;
  /** Hours of the courses held in the cycle, up to the day counted to. */
  hours: number;
  byTrack: Record<TrainingTrack, number>;
  /** Courses in the cycle dated after the day counted to: booked, not yet done. */
  booked: number;
  complete: boolean;
  /** Hours still to do (0 when complete). */
  left: number;
  /** Courses counted, newest first. */
  courses: TrainingCourse[];
}

const noHours = (): Record<TrainingTrack, number> => ({
  aiLiteracy: 0,
  aiSubject: 0,
  aiLeadership: 0,
});

/** Halves stay exact: 1.5 + 1.5 + … never becomes 29.999. */
const sum = (hours: number[]) => hours.reduce((a, h) => a + h * 2, 0) / 2;

/**
 * Where one teacher stands: hours of her courses dated within her CPD cycle and on or before
 * `upTo` (today, or the last day of the school year being reported).
 */
export function teacherProgress(
  teacher: string,
  courses: readonly TrainingCourse[],
  cycle: TeacherCycle | undefined,
  upTo: string,
): TeacherProgress {
  const years = cycleYears(cycle?.cycleStart ?? REQUIREMENT_FROM);
  const inCycle = courses.filter(
    (c) =>
      c.teacher === teacher &&
      !c.deletedAt &&
      years.includes(schoolYearOf(c.date)),
  );
  const done = inCycle
    .filter((c) => c.date <= upTo)
    .sort((a, b) => b.date.localeCompare(a.date));
  const byTrack = noHours();
  for (const track of TRAINING_TRACKS)
    byTrack[track] = sum(
      done.filter((c) => c.track === track).map((c) => c.hours),
    );
  const hours = sum(done.map((c) => c.hours));
  return {
    teacher,
    cycle: years,
    leader: cycle?.leader ?? false,
    hours,
    byTrack,
    booked: inCycle.length - done.length,
    complete: hours >= REQUIRED_HOURS,
    left: Math.max(0, REQUIRED_HOURS - hours),
    courses: done,
  };
}

/**
 * The school's teachers: everyone with a course, a cycle or a lesson on this device, each
 * once, in name order. A teacher who has recorded no training is among them, at 0 hours.
 */
export function schoolTeachers(
  courses: readonly TrainingCourse[],
  cycles: readonly TeacherCycle[],
  lessonAuthors: Iterable<string>,
  locale: string,
): string[] {
  const names = new Set<string>();
  for (const c of courses) if (!c.deletedAt) names.add(c.teacher.trim());
  for (const c of cycles) names.add(c.teacher.trim());
  for (const a of lessonAuthors) names.add(a.trim());
  names.delete("");
  return [...names].sort((a, b) => a.localeCompare(b, locale));
}

export interface SchoolTraining {
  teachers: TeacherProgress[];
  /** Counted up to this day. */
  upTo: string;
}

export function schoolTraining(
  courses: readonly TrainingCourse[],
  cycles: readonly TeacherCycle[],
  lessonAuthors: Iterable<string>,
  upTo: string,
  locale = "en",
): SchoolTraining {
  const byTeacher = new Map(cycles.map((c) => [c.teacher, c]));
  return {
    upTo,
    teachers: schoolTeachers(courses, cycles, lessonAuthors, locale).map((t) =>
      teacherProgress(t, courses, byTeacher.get(t), upTo),
    ),
  };
}

/** The last day of a school year, to count a year's training up to: "2026/27" → "2027-08-31". */
export function lastDayOf(schoolYear: string): string {
  return `${startOf(schoolYear) + 1}-08-31`;
}

export interface TrackShare {
  /** Who has done it. */
  done: number;
  /** Of how many: every teacher; for AI Leadership, the school leaders. */
  of: number;
}

/**
 * How many teachers have done what the Blueprint's indicators ask (every teacher completes
 * basic AI Literacy and AI + Subject training; school leaders complete AI Leadership): null
 * track, the 30 hours; a track, any course of it in the cycle (AI Leadership among leaders).
 */
export function trackShare(
  training: SchoolTraining,
  track: TrainingTrack | null,
): TrackShare {
  const among =
    track === "aiLeadership"
      ? training.teachers.filter((t) => t.leader)
      : training.teachers;
  const done = among.filter((t) =>
    track === null ? t.complete : t.byTrack[track] > 0,
  ).length;
  return { done, of: among.length };
}
