import { describe, expect, it } from "vitest";
import { makeActivity, makeLesson } from "../../../tests/support/factories";
import { copyLesson } from "./copy";
import { compareLessons, matchesFilter } from "./filter";
import {
  checkActivityMinutes,
  missingFor,
  nearbySchoolYears,
  schoolYearOf,
  termOf,
} from "./lesson";
import { addDays, schoolDays, weekStart } from "./week";

describe("school calendar", () => {
  it("puts September to August in one school year", () => {
    expect(schoolYearOf("2026-09-01")).toBe("2026/27");
    expect(schoolYearOf("2027-08-31")).toBe("2026/27");
    expect(schoolYearOf("2026-08-31")).toBe("2025/26");
    expect(schoolYearOf("2099-12-01")).toBe("2099/00");
    expect(nearbySchoolYears("2026-11-25")).toEqual([
      "2025/26",
      "2026/27",
      "2027/28",
    ]);
  });

  it("splits the year into two terms at February", () => {
    expect(termOf("2026-09-10")).toBe(1);
    expect(termOf("2027-01-20")).toBe(1);
    expect(termOf("2027-02-01")).toBe(2);
  });

  it("finds the Monday-to-Friday week of a date", () => {
    expect(weekStart("2026-11-25")).toBe("2026-11-23");
    expect(weekStart("2026-11-29")).toBe("2026-11-23");
    expect(schoolDays("2026-11-25")).toEqual([
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
    ]);
    expect(addDays("2026-12-28", 7)).toBe("2027-01-04");
  });
});

describe("what a lesson needs", () => {
  it("needs only a title as a draft", () => {
    expect(
      missingFor(
        makeLesson({ status: "draft", subject: "", level: null }),
        "draft",
      ),
    ).toEqual([]);
    expect(missingFor(makeLesson({ title: "  " }), "draft")).toEqual(["title"]);
  });

  it("needs a subject and a level before it can be planned, taught or assessed", () => {
    const bare = makeLesson({ subject: "", level: null });
    for (const status of ["planned", "taught", "assessed"] as const) {
      expect(missingFor(bare, status)).toEqual(["subject", "level"]);
    }
    expect(missingFor(makeLesson(), "taught")).toEqual([]);
  });

  it("warns when activity minutes do not add up to the lesson's duration", () => {
    const lesson = makeLesson({
      durationMinutes: 35,
      activities: [
        makeActivity({ minutes: 10 }),
        makeActivity({ minutes: 20 }),
        makeActivity({ minutes: null }),
      ],
    });
    expect(checkActivityMinutes(lesson)).toEqual({
      total: 30,
      duration: 35,
      mismatch: true,
    });
    expect(
      checkActivityMinutes({ ...lesson, durationMinutes: 30 }).mismatch,
    ).toBe(false);
    expect(
      checkActivityMinutes({ ...lesson, durationMinutes: null }).mismatch,
    ).toBe(false);
    expect(checkActivityMinutes({ ...lesson, activities: [] }).mismatch).toBe(
      false,
    );
  });
});

describe("copying a lesson", () => {
  it("makes an independent copy for another class and date, remembering its source", () => {
    const source = makeLesson({
      status: "taught",
      reflection: "Went well",
      activities: [makeActivity()],
    });
    let n = 0;
    const copy = copyLesson(
      source,
      { className: "2B", date: "2026-12-02" },
      () => `new-${++n}`,
      new Date("2026-11-26T00:00:00Z"),
    );
    expect(copy).toMatchObject({
      id: "new-1",
      className: "2B",
      date: "2026-12-02",
      status: "planned",
      reflection: "",
    });
    expect(copy.copiedFrom).toEqual({
      lessonId: source.id,
      title: source.title,
      at: "2026-11-26T00:00:00.000Z",
    });
    expect(copy.activities[0]?.id).not.toBe(source.activities[0]?.id);
    copy.activities[0]!.title = "Changed";
    expect(source.activities[0]?.title).toBe("Warm-up");
  });
});

describe("the lesson library", () => {
  const a = makeLesson({
    title: "分類玩具",
    className: "2A",
    date: "2026-11-24",
    objectives: ["我能按特徵分類"],
  });
  const b = makeLesson({
    title: "Fact-checking chatbots",
    level: "P5",
    className: "5C",
    date: "2026-11-23",
    status: "taught",
  });
  const c = makeLesson({ title: "Undated draft", date: null, status: "draft" });

  it("filters by every field that is set, and searches words in either language", () => {
    expect(
      matchesFilter(b, { level: "P5", className: "5c" }, { is: "taught" }),
    ).toBe(true);
    expect(matchesFilter(a, { level: "P5" })).toBe(false);
    expect(
      matchesFilter({ ...b, author: "Mr Lee" }, { author: "Mr Lee" }),
    ).toBe(true);
    expect(
      matchesFilter({ ...b, author: "Ms Chan" }, { author: "Mr Lee" }),
    ).toBe(false);
    expect(matchesFilter(a, { query: "分類" })).toBe(true);
    expect(matchesFilter(b, { query: "fact chatbot" })).toBe(true);
    expect(matchesFilter(b, { query: "robots" })).toBe(false);
    expect(matchesFilter({ ...a, deletedAt: "2026-11-25T00:00:00Z" }, {})).toBe(
      false,
    );
  });

  it("sorts by date and period, undated lessons last", () => {
    expect(
      [c, a, b].sort(compareLessons("date", "en")).map((l) => l.title),
    ).toEqual(["Fact-checking chatbots", "分類玩具", "Undated draft"]);
  });
});
