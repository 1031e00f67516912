import { describe, expect, it } from "vitest";
import { makeActivity, makeLesson } from "../../../tests/support/factories";
import {
  AI_LITERACY,
  BLUEPRINT,
  shippedItems,
} from "../../../tests/support/frameworks";
import { LessonIndex } from "../lessons/lessonIndex";
import { summaryFor } from "../lessons/mapping";
import type { Lesson, LessonStatus } from "../lessons/types";
import type { Level } from "../levels";
import { count, coverageMatrix } from "./coverage";
import { plannedNeverTaught, uncoveredFocuses } from "./gaps";
import { lessonStats } from "./summary";

const ai = shippedItems(AI_LITERACY);
const bp = shippedItems(BLUEPRINT);
const id = (code: string) => [...ai, ...bp].find((i) => i.code === code)!.id;
const lesson = (codes: string[], over: Partial<Lesson> = {}) =>
  makeLesson({
    mappings: codes.map((c) => ({
      frameworkId:
        c.startsWith("S") && !c.includes("-") ? BLUEPRINT : AI_LITERACY,
      itemId: id(c),
      emphasis: "develop",
    })),
    ...over,
  });
/** The lessons as the coverage view reads them: the lesson index. */
const rowsOf = (lessons: Lesson[]) =>
  LessonIndex.of(lessons.flatMap((l) => summaryFor(l) ?? []));
const at = (
  level: Level,
  status: LessonStatus = "taught",
  more: Partial<Lesson> = {},
) => ({ level, status, ...more });

describe("coverage matrix", () => {
  it("is empty, with every key stage as a column, when there are no lessons", () => {
    const m = coverageMatrix(rowsOf([]), ai, {
      dimension: "keyStage",
      status: "planned",
    });
    expect(m.columns).toEqual(["KS1", "KS2", "KS3", "KS4"]);
    expect(count(m, id("KS2-A4"))).toBe(0);
  });

  it("counts a lesson once per cell, however many times it maps the item", () => {
    const l = lesson(["KS2-A4"], {
      ...at("P5"),
      activities: [
        makeActivity({
          mappings: [
            {
              frameworkId: AI_LITERACY,
              itemId: id("KS2-A4"),
              emphasis: "consolidate",
            },
          ],
        }),
      ],
    });
    const m = coverageMatrix(rowsOf([l]), ai, {
      dimension: "keyStage",
      status: "planned",
    });
    expect(count(m, id("KS2-A4"), "KS2")).toBe(1);
  });

  it("rolls learning focuses up into their mode, key stage, sub-strands and strands, counting each lesson once", () => {
    const l = lesson(["KS2-A4", "KS2-A2"], at("P5"));
    const m = coverageMatrix(rowsOf([l]), ai, {
      dimension: "level",
      status: "planned",
    });
    expect(count(m, id("KS2-A"), "P5")).toBe(1);
    expect(count(m, id("KS2"), "P5")).toBe(1);
    const a4Develops = ai
      .find((i) => i.code === "KS2-A4")!
      .related.map((r) => r.itemId);
    for (const sub of a4Develops) expect(count(m, sub, "P5")).toBe(1);
    expect(count(m, id("KS3"))).toBe(0);
  });

  it("counts by status: taught includes assessed, planned includes both, drafts never", () => {
    const lessons = [
      lesson(["KS2-A4"], at("P4", "draft")),
      lesson(["KS2-A4"], at("P4", "planned")),
      lesson(["KS2-A4"], at("P4", "taught")),
      lesson(["KS2-A4"], at("P4", "assessed")),
    ];
    const by = (status: "planned" | "taught" | "assessed") =>
      count(
        coverageMatrix(rowsOf(lessons), ai, { dimension: "keyStage", status }),
        id("KS2-A4"),
        "KS2",
      );
    expect([by("planned"), by("taught"), by("assessed")]).toEqual([3, 2, 1]);
  });

  it("splits by subject, class or teacher, with lessons lacking a value in their own column", () => {
    const lessons = [
      lesson(
        ["S3"],
        at("P4", "taught", { subject: "general-studies", author: "Ms Chan" }),
      ),
      lesson(
        ["S3"],
        at("P5", "taught", { subject: "mathematics", author: "Mr Lee" }),
      ),
      lesson(
        ["S3"],
        at("P5", "taught", { subject: "mathematics", author: "" }),
      ),
    ];
    const m = coverageMatrix(rowsOf(lessons), bp, {
      dimension: "author",
      status: "taught",
    });
    expect(m.columns).toEqual(["Mr Lee", "Ms Chan", ""]);
    expect(count(m, id("S3"), "")).toBe(1);
    expect(count(m, id("F1"))).toBe(3);
    const bySubject = coverageMatrix(rowsOf(lessons), bp, {
      dimension: "subject",
      status: "taught",
      filter: { level: "P5" },
    });
    expect(bySubject.columns).toEqual(["mathematics"]);
    expect(count(bySubject, id("S3"), "mathematics")).toBe(2);
  });

  it("ignores mappings to items that a newer framework version dropped, or to another framework", () => {
    const l = lesson(["KS2-A4", "S3"], at("P5"));
    const without = ai.filter((i) => i.code !== "KS2-A4");
    const m = coverageMatrix(rowsOf([l]), without, {
      dimension: "keyStage",
      status: "planned",
    });
    expect(count(m, id("KS2-A"))).toBe(0);
    expect(m.columns).toEqual(["KS1", "KS2", "KS3", "KS4"]);
  });

  it("keeps working with a learning focus added in a newer framework version", () => {
    const added = {
      ...ai.find((i) => i.code === "KS3-A10")!,
      id: "new-ks3-a11",
      code: "KS3-A11",
      position: 999,
    };
    const l = makeLesson({
      level: "S2",
      status: "taught",
      mappings: [
        {
          frameworkId: AI_LITERACY,
          itemId: "new-ks3-a11",
          emphasis: "develop",
        },
      ],
    });
    const m = coverageMatrix(rowsOf([l]), [...ai, added], {
      dimension: "keyStage",
      status: "taught",
    });
    expect(count(m, "new-ks3-a11", "KS3")).toBe(1);
    expect(count(m, id("KS3-A"), "KS3")).toBe(1);
  });
});

describe("gaps", () => {
  const focuses = ai.filter((i) => i.type === "learning-focus");

  it("lists every learning focus as a gap when nothing is planned", () => {
    expect(uncoveredFocuses(rowsOf([]), focuses, {})).toHaveLength(63);
  });

  it("fills a key stage's gap only with lessons at that key stage, in the chosen year", () => {
    const rows = rowsOf([
      lesson(["KS3-L7"], at("S2", "taught")),
      lesson(["KS3-A6"], at("P6", "taught")), // a primary lesson stretching into KS3 content
      lesson(["KS3-A1"], at("S1", "taught", { schoolYear: "2025/26" })),
      lesson(["KS3-P2"], at("S3", "draft")),
    ]);
    const ks3Gaps = uncoveredFocuses(rows, focuses, { schoolYear: "2026/27" })
      .filter((g) => g.keyStage === "KS3")
      .map((g) => g.item.code);
    expect(ks3Gaps).toHaveLength(26);
    expect(ks3Gaps).not.toContain("KS3-L7");
    expect(ks3Gaps).toEqual(
      expect.arrayContaining(["KS3-A6", "KS3-A1", "KS3-P2"]),
    );
  });

  it("flags items that are planned but never taught", () => {
    const rows = rowsOf([
      lesson(["KS2-A4", "KS2-P1"], at("P5", "planned")),
      lesson(["KS2-A4"], at("P5", "taught")),
    ]);
    expect([...plannedNeverTaught(rows, {})]).toEqual([id("KS2-P1")]);
  });
});

describe("lesson statistics and grant progress", () => {
  const withAi = (
    over: Partial<Lesson>,
    usedBy: "teacher" | "students" | "demonstration" = "teacher",
  ) =>
    makeLesson({
      aiUses: [
        {
          id: "u",
          tool: "School Chatbot",
          usedBy,
          purpose: "",
          ageAndTermsChecked: true,
          noPersonalData: true,
          outputCheck: "",
        },
      ],
      ...over,
    });

  it("counts lessons with an AI-use register, with thinking evidence, and the most used tools", () => {
    const lessons = [
      withAi({
        subject: "mathematics",
        level: "P4",
        status: "taught",
        thinkingEvidence: ["oral-questioning"],
        flags: {
          aiTeachingExample: true,
          openLesson: true,
          studentActivity: false,
        },
      }),
      withAi({ subject: "general-studies", level: "P5", status: "assessed" }),
      withAi({
        subject: "music",
        level: "P5",
        status: "planned",
        flags: {
          aiTeachingExample: true,
          openLesson: false,
          studentActivity: false,
        },
      }),
      withAi(
        { subject: "visual-arts", level: "P6", status: "taught" },
        "demonstration",
      ),
      makeLesson({ status: "draft" }),
    ];
    const stats = lessonStats(rowsOf(lessons), {});
    expect(stats.lessons).toBe(4);
    expect(stats.withAiUse).toBe(4);
    expect(stats.withThinkingEvidence).toBe(1);
    expect(stats.topTools).toEqual([["School Chatbot", 4]]);
  });
});

describe("class, subject and teacher names", () => {
  const spellings = [
    lesson(["KS2-A4"], at("P4", "taught", { className: "4A" })),
    lesson(["KS2-A4"], at("P4", "taught", { className: "4a" })),
    lesson(["KS2-A4"], at("P4", "taught", { className: " ４ａ " })),
    lesson(["KS2-A4"], at("P4", "taught", { className: "4B" })),
  ];

  it('count "4a" and "4A" as one class: one heat-map column, one filter', () => {
    const rows = rowsOf(spellings);
    const byClass = coverageMatrix(rows, ai, {
      dimension: "className",
      status: "planned",
    });
    expect(byClass.columns).toEqual(["4A", "4B"]);
    expect(count(byClass, id("KS2-A4"), "4A")).toBe(3);
    for (const className of ["4A", "4a", " 4A"]) {
      const filtered = coverageMatrix(rows, ai, {
        dimension: "keyStage",
        status: "planned",
        filter: { className },
      });
      expect(count(filtered, id("KS2-A4"))).toBe(3);
      expect(lessonStats(rows, { className }).lessons).toBe(3);
      expect(
        uncoveredFocuses(
          rows,
          ai.filter((i) => i.type === "learning-focus"),
          { className },
        ).some((g) => g.item.code === "KS2-A4"),
      ).toBe(false);
    }
  });

  it("group subjects and teachers the same way", () => {
    const rows = rowsOf([
      lesson(["KS2-A4"], at("P4", "taught", { author: "Ms Chan" })),
      lesson(["KS2-A4"], at("P4", "taught", { author: "ms chan " })),
    ]);
    const byTeacher = coverageMatrix(rows, ai, {
      dimension: "author",
      status: "planned",
    });
    expect(byTeacher.columns).toEqual(["Ms Chan"]);
    expect(lessonStats(rows, { author: "MS CHAN" }).lessons).toBe(2);
  });
});

describe("gaps by status", () => {
  it("answers which KS3 focuses no S1–S3 class has been taught this year", () => {
    const focuses = ai.filter((i) => i.type === "learning-focus");
    const rows = rowsOf([
      lesson(["KS3-L7"], at("S2", "planned")),
      lesson(["KS3-L8"], at("S1", "assessed")),
    ]);
    const taughtGaps = uncoveredFocuses(
      rows,
      focuses,
      { schoolYear: "2026/27" },
      "taught",
    )
      .filter((g) => g.keyStage === "KS3")
      .map((g) => g.item.code);
    expect(taughtGaps).toContain("KS3-L7");
    expect(taughtGaps).not.toContain("KS3-L8");
    expect(taughtGaps).toHaveLength(26);
  });
});
