import { describe, expect, it } from "vitest";
import {
  cycleYears,
  lastDayOf,
  schoolTraining,
  teacherProgress,
  trackShare,
} from "./progress";
import { trainingToTake } from "./merge";
import type { TeacherCycle, TrainingCourse } from "./record";

let n = 0;
const course = (
  teacher: string,
  date: string,
  hours: number,
  track: TrainingCourse["track"] = "aiLiteracy",
): TrainingCourse => ({
  id: `c${++n}`,
  teacher,
  date,
  title: "Course",
  provider: "EDB",
  track,
  hours,
  updatedAt: "2026-11-01T00:00:00.000Z",
  deletedAt: null,
});
const cycle = (
  teacher: string,
  cycleStart: string,
  leader = false,
): TeacherCycle => ({
  teacher,
  cycleStart,
  leader,
  updatedAt: "2026-11-01T00:00:00.000Z",
});

describe("teachers' training (S4: 30 hours within the 3-year CPD cycle)", () => {
  it("counts a cycle of three school years, 2026/27 unless the teacher sets hers", () => {
    expect(cycleYears("2026/27")).toEqual(["2026/27", "2027/28", "2028/29"]);
    const p = teacherProgress("Chan", [], undefined, "2026-12-01");
    expect(p.cycle).toEqual(["2026/27", "2027/28", "2028/29"]);
  });

  it("is complete at 30 hours in the cycle, counting halves exactly", () => {
    const courses = [
      ...Array.from({ length: 19 }, () => course("Chan", "2026-10-01", 1.5)),
      course("Chan", "2027-03-01", 1.5, "aiSubject"),
    ];
    const p = teacherProgress("Chan", courses, undefined, "2027-08-31");
    expect(p.hours).toBe(30);
    expect(p.complete).toBe(true);
    expect(p.left).toBe(0);
    expect(p.byTrack).toEqual({
      aiLiteracy: 28.5,
      aiSubject: 1.5,
      aiLeadership: 0,
    });
  });

  it("leaves out courses before or after the cycle, removed ones and other teachers'", () => {
    const removed = { ...course("Chan", "2026-10-01", 6), deletedAt: "x" };
    const courses = [
      course("Chan", "2026-08-31", 10), // 2025/26: before a cycle starting 2026/27
      course("Chan", "2029-09-01", 10), // 2029/30: after it
      course("Lee", "2026-10-01", 10),
      removed,
      course("Chan", "2026-10-01", 3),
    ];
    const p = teacherProgress("Chan", courses, undefined, "2030-01-01");
    expect(p.hours).toBe(3);
    expect(p.left).toBe(27);
    // Her own cycle, set to start in 2025/26, takes in the first.
    const own = teacherProgress(
      "Chan",
      courses,
      cycle("Chan", "2025/26"),
      "2030-01-01",
    );
    expect(own.hours).toBe(13);
  });

  it("counts a course only once it is held: later ones are booked", () => {
    const courses = [
      course("Chan", "2026-10-01", 3),
      course("Chan", "2027-02-01", 6),
    ];
    const p = teacherProgress("Chan", courses, undefined, "2026-12-01");
    expect(p.hours).toBe(3);
    expect(p.booked).toBe(1);
    // A year's report counts to the year's last day.
    expect(lastDayOf("2026/27")).toBe("2027-08-31");
    expect(
      teacherProgress("Chan", courses, undefined, lastDayOf("2026/27")).hours,
    ).toBe(9);
  });

  it("lists every teacher with a lesson, at 0 hours when she has recorded none", () => {
    const training = schoolTraining(
      [course("Chan", "2026-10-01", 30)],
      [cycle("Wong", "2026/27", true)],
      ["Lee", " ", "Chan"],
      "2027-08-31",
    );
    expect(training.teachers.map((t) => [t.teacher, t.hours])).toEqual([
      ["Chan", 30],
      ["Lee", 0],
      ["Wong", 0],
    ]);
    expect(trackShare(training, null)).toEqual({ done: 1, of: 3 });
    expect(trackShare(training, "aiLiteracy")).toEqual({ done: 1, of: 3 });
    // AI Leadership is the leaders' track: counted among them.
    expect(trackShare(training, "aiLeadership")).toEqual({ done: 0, of: 1 });
  });
});

describe("training from a teacher's share file", () => {
  it("takes only the sender's own records, and only newer ones", () => {
    const mine = course("Chan", "2026-10-01", 3);
    const newer = { ...mine, hours: 6, updatedAt: "2026-12-01T00:00:00.000Z" };
    const older = { ...course("Chan", "2026-10-02", 3), updatedAt: "2020" };
    const have = new Map([
      [mine.id, mine],
      [older.id, { ...older, updatedAt: "2026-11-30" }],
    ]);
    const taken = trainingToTake(
      "Chan",
      {
        courses: [newer, older, course("Lee", "2026-10-01", 30)],
        cycle: cycle("Lee", "2025/26"),
      },
      { courses: have, cycle: undefined },
    );
    expect(taken.courses).toEqual([newer]);
    expect(taken.cycle).toBeNull();
    expect(taken.notTheirs).toBe(2);
  });

  it("does not let a file change another teacher's course by reusing its id", () => {
    const lees = course("Lee", "2026-10-01", 3);
    const forged = { ...lees, teacher: "Chan", updatedAt: "2099" };
    const taken = trainingToTake(
      "Chan",
      { courses: [forged], cycle: null },
      { courses: new Map([[lees.id, lees]]), cycle: undefined },
    );
    expect(taken.courses).toEqual([]);
  });
});
