import { describe, expect, it } from "vitest";
import { makeLesson } from "../../../tests/support/factories";
import {
  AI_LITERACY,
  BLUEPRINT,
  shippedItems,
} from "../../../tests/support/frameworks";
import { LessonIndex } from "../lessons/lessonIndex";
import { summaryFor } from "../lessons/mapping";
import type { AiUse, Lesson } from "../lessons/types";
import { blueprintDraft } from "./draft";
import { evaluate, suggestAchievement, type Evidence } from "./measures";
import { planYears } from "./years";

const ai = shippedItems(AI_LITERACY);
const bp = shippedItems(BLUEPRINT);
const id = (code: string) => ai.find((i) => i.code === code)!.id;
const tool: AiUse = {
  id: "u",
  tool: "Chatbot",
  usedBy: "students",
  purpose: "",
  ageAndTermsChecked: true,
  noPersonalData: true,
  outputCheck: "",
};
const lesson = (codes: string[], over: Partial<Lesson>) =>
  makeLesson({
    status: "taught",
    level: "S1",
    mappings: codes.map((c) => ({
      frameworkId: AI_LITERACY,
      itemId: id(c),
      emphasis: "develop",
    })),
    ...over,
  });
const evidenceOf = (lessons: Lesson[]): Evidence => ({
  index: LessonIndex.of(lessons.flatMap((l) => summaryFor(l) ?? [])),
  items: ai,
  schoolYear: "2026/27",
  sessions: [],
});
const attitudes = ai
  .filter((i) => i.code.startsWith("KS3-P") && i.type === "learning-focus")
  .map((i) => i.code);

describe("measured success criteria", () => {
  it('counts "1a" and "1A" as one class', () => {
    const measure = {
      kind: "focusesPerClass",
      keyStage: "KS3",
      mode: "P",
      minimum: 1,
      reached: "taught",
    } as const;
    const split = [
      lesson(attitudes.slice(0, 3), { className: "1A" }),
      lesson(attitudes.slice(3), { className: "1a" }),
    ];
    expect(evaluate(measure, evidenceOf(split))).toMatchObject({
      met: true,
      parts: [{ key: "classes", value: 1, target: 1 }],
    });
  });

  it("every KS3 class is taught each attitude focus at least once", () => {
    const measure = {
      kind: "focusesPerClass",
      keyStage: "KS3",
      mode: "P",
      minimum: 1,
      reached: "taught",
    } as const;
    const partial = [
      lesson(attitudes, { className: "1A" }),
      lesson(attitudes.slice(0, 3), { className: "1B" }),
    ];
    expect(evaluate(measure, evidenceOf(partial))).toMatchObject({
      met: false,
      parts: [{ key: "classes", value: 1, target: 2 }],
    });
    const full = [
      ...partial,
      lesson(attitudes.slice(3), { className: "1B", status: "assessed" }),
    ];
    expect(evaluate(measure, evidenceOf(full))).toMatchObject({
      met: true,
      parts: [{ value: 2, target: 2 }],
    });
    const planned = [lesson(attitudes, { className: "1A", status: "planned" })];
    expect(evaluate(measure, evidenceOf(planned)).met).toBe(false);
    expect(evaluate(measure, evidenceOf([])).met).toBe(false);
  });

  it("AI-assisted teaching needs 3 subjects each at 2 levels, a teacher's demonstration included", () => {
    const m = {
      kind: "aiSubjectsLevels",
      subjects: 3,
      levels: 2,
      reached: "taught",
    } as const;
    // Chinese P4 + Maths P4 + English P5: three subjects, two levels in all, none at two levels.
    const spread = [
      lesson([], { subject: "chinese", level: "P4", aiUses: [tool] }),
      lesson([], { subject: "mathematics", level: "P4", aiUses: [tool] }),
      lesson([], { subject: "english", level: "P5", aiUses: [tool] }),
    ];
    expect(evaluate(m, evidenceOf(spread))).toMatchObject({
      met: false,
      parts: [{ key: "subjects", value: 0, target: 3 }],
    });
    const demonstrated = { ...tool, usedBy: "demonstration" } as const;
    const each = [
      ...spread,
      lesson([], { subject: "chinese", level: "P5", aiUses: [tool] }),
      lesson([], {
        subject: "mathematics",
        level: "P2",
        aiUses: [demonstrated],
      }),
    ];
    expect(evaluate(m, evidenceOf(each)).parts[0]!.value).toBe(2);
    // A KS1 lesson where the teacher demonstrates AI (as the Guide recommends) counts.
    const full = [
      ...each,
      lesson([], { subject: "english", level: "P1", aiUses: [demonstrated] }),
    ];
    expect(evaluate(m, evidenceOf(full))).toMatchObject({
      met: true,
      parts: [{ value: 3 }],
    });
    // Only lessons taught count unless the school says planned ones do.
    const planned = full.map((l) => ({ ...l, status: "planned" as const }));
    expect(evaluate(m, evidenceOf(planned)).met).toBe(false);
    expect(
      evaluate({ ...m, reached: "planned" }, evidenceOf(planned)).met,
    ).toBe(true);
  });

  it("counts flagged lessons and the share of AI lessons that evidence thinking", () => {
    const lessons = [
      lesson([], {
        aiUses: [tool],
        thinkingEvidence: ["oral-questioning"],
        flags: {
          aiTeachingExample: true,
          openLesson: false,
          studentActivity: false,
        },
      }),
      lesson([], { aiUses: [tool], thinkingEvidence: [] }),
      lesson([], {
        aiUses: [tool],
        thinkingEvidence: ["process-records"],
        status: "planned",
      }),
    ];
    expect(
      evaluate(
        {
          kind: "flaggedLessons",
          flag: "aiTeachingExample",
          minimum: 6,
          subjects: 0,
          reached: "taught",
        },
        evidenceOf(lessons),
      ).parts[0],
    ).toEqual({ key: "lessons", value: 1, target: 6 });
    expect(
      evaluate(
        { kind: "thinkingEvidenceShare", percent: 80, reached: "planned" },
        evidenceOf(lessons),
      ),
    ).toMatchObject({ met: false, parts: [{ value: 67 }] });
  });

  it("only the plan's year counts", () => {
    const lessons = [
      lesson([], {
        aiUses: [tool],
        flags: {
          aiTeachingExample: true,
          openLesson: false,
          studentActivity: false,
        },
        schoolYear: "2025/26",
      }),
    ];
    expect(
      evaluate(
        {
          kind: "flaggedLessons",
          flag: "aiTeachingExample",
          minimum: 1,
          subjects: 0,
          reached: "taught",
        },
        evidenceOf(lessons),
      ).met,
    ).toBe(false);
  });
});

describe("the Blueprint-aligned draft", () => {
  let n = 0;
  const draft = (
    locale: "en" | "zh-HK",
    schoolType: "primary" | "secondary" = "secondary",
  ) =>
    blueprintDraft({
      id: () => `id-${++n}`,
      startYear: "2026/27",
      schoolType,
      locale,
      strategy: (c) => bp.find((i) => i.code === c)?.id,
      now: new Date("2026-11-25T00:00:00Z"),
    });

  it("makes digital and AI education the major concerns, tied to S1, S3, S4, S5, S6 and S7", () => {
    const plan = draft("en");
    expect(plan.concerns).toHaveLength(2);
    const codes = new Set(
      plan.concerns
        .flatMap((c) => [
          ...c.links,
          ...c.targets.flatMap((t) => [
            ...t.links,
            ...t.tasks.flatMap((k) => k.links),
          ]),
        ])
        .map((i) => bp.find((b) => b.id === i)?.code),
    );
    expect([...codes].sort()).toEqual(["S1", "S3", "S4", "S5", "S6", "S7"]);
    expect(plan.concerns[0]!.targets[0]!.tasks.map((t) => t.yearIndex)).toEqual(
      [0, 1, 2],
    );
    expect(plan.concerns[0]!.targets[0]!.text).toContain("KS3 and KS4");
  });

  it("is written in the school's language, with measured criteria", () => {
    const plan = draft("zh-HK", "primary");
    expect(plan.concerns[0]!.title).toMatch(/人工智能素養/);
    expect(plan.concerns[0]!.targets[0]!.text).toContain("KS1及KS2");
    const measured = plan.concerns
      .flatMap((c) =>
        c.targets.flatMap((t) => t.tasks.flatMap((k) => k.criteria)),
      )
      .filter((c) => c.measure);
    expect(measured.length).toBeGreaterThan(5);
  });

  it("suggests the School Report's verdict from the year's evidence", () => {
    const plan = draft("en");
    // Teaching examples, open lessons and sharing sessions: 2026/27's share of the grant.
    const target = plan.concerns[1]!.targets[0]!;
    const flagged = (f: Partial<Lesson["flags"]>, subject = "chinese") =>
      lesson([], {
        subject,
        flags: {
          aiTeachingExample: false,
          openLesson: false,
          studentActivity: false,
          ...f,
        },
      });
    const suggest = (e: Evidence, now = "2026/27") =>
      suggestAchievement(target, 0, e, now);
    expect(suggest(evidenceOf([]))).toBeNull(); // no lessons yet
    expect(suggest(evidenceOf([flagged({ aiTeachingExample: true })]))).toBe(
      "partlyAchieved",
    );
    expect(suggest(evidenceOf([flagged({})]))).toBe("notAchieved");
    const lessons = [
      flagged({ aiTeachingExample: true }),
      flagged({ aiTeachingExample: true, openLesson: true }),
      flagged({ aiTeachingExample: true, openLesson: true }, "mathematics"),
    ];
    const session = (n: number) => ({
      id: `s${n}`,
      date: "2026-12-07",
      topic: "AI feedback on writing",
      where: "school" as const,
    });
    const all = { ...evidenceOf(lessons), sessions: [session(1), session(2)] };
    expect(suggest(all)).toBe("achieved");
    expect(suggest({ ...all, sessions: [session(1)] })).toBe("partlyAchieved");
    // Seen from the year before (2025/26), 2026/27 has not started: not yet assessed.
    expect(suggest(all, "2025/26")).toBeNull();
    expect(
      suggestAchievement(plan.concerns[1]!.targets[1]!, 0, all, "2026/27"),
    ).toBeNull(); // only plain-text criteria
  });

  it("spans three school years", () => {
    expect(planYears("2026/27")).toEqual(["2026/27", "2027/28", "2028/29"]);
  });
});
