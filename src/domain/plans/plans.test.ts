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

  it("AI-assisted teaching in 3 subjects at 2 levels; demonstration-only does not count", () => {
    const m = { kind: "aiSubjectsLevels", subjects: 3, levels: 2 } as const;
    const lessons = [
      lesson([], { subject: "mathematics", level: "S1", aiUses: [tool] }),
      lesson([], { subject: "ict", level: "S2", aiUses: [tool] }),
      lesson([], {
        subject: "history",
        level: "S2",
        aiUses: [{ ...tool, usedBy: "demonstration" }],
      }),
    ];
    expect(evaluate(m, evidenceOf(lessons))).toMatchObject({
      met: false,
      parts: [{ value: 2 }, { value: 2 }],
    });
    const more = [
      ...lessons,
      lesson([], { subject: "music", level: "S1", aiUses: [tool] }),
    ];
    expect(evaluate(m, evidenceOf(more)).met).toBe(true);
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
        { kind: "flaggedLessons", flag: "aiTeachingExample", minimum: 6 },
        evidenceOf(lessons),
      ).parts[0],
    ).toEqual({ key: "lessons", value: 1, target: 6 });
    expect(
      evaluate(
        { kind: "thinkingEvidenceShare", percent: 80 },
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
        { kind: "flaggedLessons", flag: "aiTeachingExample", minimum: 1 },
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
    const target = plan.concerns[1]!.targets[0]!; // teaching examples and open lessons
    const flagged = (f: Partial<Lesson["flags"]>) =>
      lesson([], {
        flags: {
          aiTeachingExample: false,
          openLesson: false,
          studentActivity: false,
          ...f,
        },
      });
    expect(suggestAchievement(target, 0, evidenceOf([]), "2026/27")).toBeNull(); // no lessons yet;
    expect(
      suggestAchievement(
        target,
        0,
        evidenceOf([flagged({ aiTeachingExample: true })]),
        "2026/27",
      ),
    ).toBe("partlyAchieved");
    expect(
      suggestAchievement(
        target,
        0,
        evidenceOf([flagged({ openLesson: false })]),
        "2026/27",
      ),
    ).toBe("notAchieved");
    const all = [
      flagged({ aiTeachingExample: true }),
      flagged({ aiTeachingExample: true, openLesson: true }),
    ];
    expect(suggestAchievement(target, 0, evidenceOf(all), "2026/27")).toBe(
      "achieved",
    );
    // Seen from the year before (2025/26), 2026/27 has not started: not yet assessed.
    expect(
      suggestAchievement(target, 0, evidenceOf(all), "2025/26"),
    ).toBeNull();
    expect(
      suggestAchievement(
        plan.concerns[1]!.targets[1]!,
        0,
        evidenceOf(all),
        "2026/27",
      ),
    ).toBeNull(); // only plain-text criteria
  });

  it("spans three school years", () => {
    expect(planYears("2026/27")).toEqual(["2026/27", "2027/28", "2028/29"]);
  });
});
