import { emptyLesson } from "../../src/domain/lessons/record";
import type { Activity, Lesson } from "../../src/domain/lessons/types";

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;

/** A saved-looking lesson with sensible defaults; pass only what the test is about. */
export function makeLesson(overrides: Partial<Lesson> = {}): Lesson {
  return {
    ...emptyLesson(id(), new Date("2026-11-25T02:00:00Z"), "Ms Chan"),
    title: "Sorting toys like a computer",
    subject: "general-studies",
    level: "P2",
    className: "2A",
    date: "2026-11-25",
    period: 3,
    durationMinutes: 35,
    status: "planned",
    ...overrides,
  };
}

export function makeActivity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: id(),
    title: "Warm-up",
    minutes: 5,
    teacherDoes: "",
    studentsDo: "",
    checkForUnderstanding: "",
    mappings: [],
    ...overrides,
  };
}
