import { keyStageOfLevel, type KeyStage } from "../levels";
import type { Lesson, LessonStatus } from "./record";

/** "2026/27" for any date from 1 September 2026 to 31 August 2027 (the Hong Kong school year). */
export function schoolYearOf(isoDate: string): string {
  const [y = 1970, m = 1] = isoDate.split("-").map(Number);
  const start = m >= 9 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/** Most Hong Kong schools run two terms: September to January, then February to August. */
export function termOf(isoDate: string): 1 | 2 {
  const m = Number(isoDate.split("-")[1] ?? 1);
  return m >= 9 || m === 1 ? 1 : 2;
}

/** The school years around a date, for pickers: last year, this year, next year. */
export function nearbySchoolYears(isoDate: string): string[] {
  const start = Number(schoolYearOf(isoDate).slice(0, 4));
  return [start - 1, start, start + 1].map(
    (y) => `${y}/${String((y + 1) % 100).padStart(2, "0")}`,
  );
}

export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export function keyStageOfLesson(
  lesson: Pick<Lesson, "level">,
): KeyStage | null {
  return lesson.level ? keyStageOfLevel(lesson.level) : null;
}

export type RequiredField = "title" | "subject" | "level";

/**
 * What a lesson still needs before it can move to a status. A draft needs only a title (to be
 * saved at all); planned, taught and assessed lessons need a subject and a level, because
 * coverage counts them by subject and key stage.
 */
export function missingFor(
  lesson: Lesson,
  status: LessonStatus,
): RequiredField[] {
  const missing: RequiredField[] = [];
  if (!lesson.title.trim()) missing.push("title");
  if (status === "draft") return missing;
  if (!lesson.subject.trim()) missing.push("subject");
  if (!lesson.level) missing.push("level");
  return missing;
}

export interface MinutesCheck {
  total: number;
  duration: number | null;
  /** True when a duration is set, there are timed activities, and their minutes do not add up to it. */
  mismatch: boolean;
}

export function checkActivityMinutes(
  lesson: Pick<Lesson, "activities" | "durationMinutes">,
): MinutesCheck {
  const timed = lesson.activities.filter((a) => a.minutes !== null);
  const total = timed.reduce((sum, a) => sum + (a.minutes ?? 0), 0);
  const duration = lesson.durationMinutes;
  return {
    total,
    duration,
    mismatch: duration !== null && timed.length > 0 && total !== duration,
  };
}
