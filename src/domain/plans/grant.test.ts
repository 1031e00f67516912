import { describe, expect, it } from "vitest";
import { z } from "zod";
import { makeLesson } from "../../../tests/support/factories";
import { LessonIndex } from "../lessons/lessonIndex";
import { summaryFor } from "../lessons/mapping";
import type { AiUse, Lesson } from "../lessons/types";
import { blueprintDraft } from "./draft";
import { GRANT_CONDITIONS, grantStanding, splitOver } from "./grant";
import { emptyPlan, planSchema, type Measure } from "./record";
import { schoolSessions, type SharingSession } from "./sessions";
import { planYears } from "./years";

const tool: AiUse = {
  id: "u",
  tool: "Chatbot",
  usedBy: "teacher",
  purpose: "",
  ageAndTermsChecked: true,
  noPersonalData: true,
  outputCheck: "",
};
const noFlags = {
  aiTeachingExample: false,
  openLesson: false,
  studentActivity: false,
};
const taught = (over: Partial<Lesson>) =>
  makeLesson({ status: "taught", schoolYear: "2026/27", ...over });
const indexOf = (lessons: Lesson[]) =>
  LessonIndex.of(lessons.flatMap((l) => summaryFor(l) ?? []));
const session = (date: string, n = 1): SharingSession => ({
  id: `s-${date}-${n}`,
  date,
  topic: "AI feedback on writing",
  where: "school",
});
const standing = (
  lessons: Lesson[],
  sessions: SharingSession[] = [],
  years?: string[],
) =>
  Object.fromEntries(
    grantStanding(indexOf(lessons), sessions, years).map((s) => [
      s.key,
      s.result,
    ]),
  );

describe("the 「智」啟學教 grant's conditions (EDBCM 221/2025)", () => {
  it("AI-assisted teaching: 3 subjects, each at 2 or more levels, over the grant period", () => {
    const spread = [
      taught({ subject: "chinese", level: "P4", aiUses: [tool] }),
      taught({ subject: "mathematics", level: "P4", aiUses: [tool] }),
      taught({ subject: "english", level: "P5", aiUses: [tool] }),
    ];
    expect(standing(spread).aiTeaching).toMatchObject({
      met: false,
      parts: [{ value: 0, target: 3 }],
    });
    // The second level of each subject may come in another year of the period.
    const later = [
      taught({
        subject: "chinese",
        level: "P5",
        aiUses: [tool],
        schoolYear: "2027/28",
      }),
      taught({
        subject: "mathematics",
        level: "P5",
        aiUses: [tool],
        schoolYear: "2025/26",
      }),
      taught({
        subject: "english",
        level: "P1",
        aiUses: [{ ...tool, usedBy: "demonstration" }],
        schoolYear: "2027/28",
      }),
    ];
    expect(standing([...spread, ...later]).aiTeaching!.met).toBe(true);
    // After the period (2028/29) nothing counts; one year alone shows only its share.
    const after = later.map((l) => ({ ...l, schoolYear: "2028/29" }));
    expect(standing([...spread, ...after]).aiTeaching!.met).toBe(false);
    expect(
      standing([...spread, ...later], [], ["2026/27"]).aiTeaching!.met,
    ).toBe(false);
  });

  it("open or demonstration lessons: 3 in all, across at least 3 subjects", () => {
    const open = (subject: string) =>
      taught({ subject, flags: { ...noFlags, openLesson: true } });
    const two = [open("chinese"), open("chinese"), open("mathematics")];
    expect(standing(two).openLessons).toMatchObject({
      met: false,
      parts: [
        { key: "lessons", value: 3, target: 3 },
        { key: "subjects", value: 2, target: 3 },
      ],
    });
    expect(standing([...two, open("english")]).openLessons!.met).toBe(true);
    const planned = [open("a"), open("b"), open("c")].map((l) => ({
      ...l,
      status: "planned" as const,
    }));
    expect(standing(planned).openLessons!.met).toBe(false); // not yet held
  });

  it("teaching examples or resources count once developed (planned); activities once held", () => {
    const example = (status: Lesson["status"]) =>
      taught({ status, flags: { ...noFlags, aiTeachingExample: true } });
    const six = [1, 2, 3, 4, 5, 6].map(() => example("planned"));
    expect(standing(six).examples!.met).toBe(true);
    expect(standing([...six.slice(1), example("draft")]).examples!.met).toBe(
      false,
    );
    const activity = (status: Lesson["status"]) =>
      taught({ status, flags: { ...noFlags, studentActivity: true } });
    expect(
      standing([activity("taught"), activity("planned")]).activities!.met,
    ).toBe(false);
    expect(
      standing([activity("taught"), activity("assessed")]).activities!.met,
    ).toBe(true);
  });

  it("sharing sessions are dated entries: those in the period count, each once", () => {
    const plans = [
      {
        id: "sdp-1",
        grant: { sessions: [session("2025-10-03"), session("2026-03-02")] },
      },
      {
        id: "sdp-2",
        grant: { sessions: [session("2026-03-02"), session("2028-09-10")] },
      },
    ];
    const sessions = schoolSessions(plans);
    expect(sessions.map((s) => s.date)).toEqual([
      "2025-10-03",
      "2026-03-02",
      "2028-09-10",
    ]);
    expect(standing([], sessions).sessions).toMatchObject({
      met: false,
      parts: [{ key: "sessions", value: 2, target: 3 }],
    });
    expect(
      standing([], [...sessions, session("2027-08-31")]).sessions!.met,
    ).toBe(true);
    // The plan being edited counts as on screen, not as last saved.
    const editing = { id: "sdp-1", grant: { sessions: [] } };
    expect(schoolSessions(plans, editing)).toHaveLength(2);
  });

  it("splits a condition over the years so they add up to it", () => {
    expect(splitOver(6, 2)).toEqual([3, 3]);
    expect(splitOver(3, 2)).toEqual([2, 1]);
    expect(splitOver(2, 3)).toEqual([1, 1, 0]);
    expect(splitOver(3, 1)).toEqual([3]);
  });
});

describe("the draft's yearly grant targets", () => {
  let n = 0;
  const measuresOf = (startYear: string) => {
    const plan = blueprintDraft({
      id: () => `id-${++n}`,
      startYear,
      schoolType: "primary",
      locale: "en",
      strategy: () => undefined,
      now: new Date("2026-11-25T00:00:00Z"),
    });
    const years = planYears(startYear);
    return plan.concerns
      .flatMap((c) => c.targets.flatMap((t) => t.tasks))
      .flatMap((k) =>
        k.criteria.flatMap((c) =>
          c.measure ? [{ year: years[k.yearIndex]!, measure: c.measure }] : [],
        ),
      );
  };
  const sumIn = (
    found: { year: string; measure: Measure }[],
    years: string[],
    key: (m: Measure) => number | undefined,
  ) =>
    found
      .filter((f) => years.includes(f.year))
      .reduce((sum, f) => sum + (key(f.measure) ?? 0), 0);

  it.each(["2025/26", "2026/27", "2027/28"])(
    "a plan from %s reaches every counted condition by the end of 2027/28",
    (startYear) => {
      const found = measuresOf(startYear);
      const inGrant = planYears(startYear).filter((y) => y <= "2027/28");
      for (const { key, measure } of GRANT_CONDITIONS) {
        if (measure.kind === "aiSubjectsLevels") continue;
        const same = (m: Measure) =>
          m.kind === measure.kind &&
          (m.kind !== "flaggedLessons" ||
            (measure.kind === "flaggedLessons" && m.flag === measure.flag));
        const minimum = (m: Measure) =>
          same(m) && "minimum" in m ? m.minimum : undefined;
        const wanted = "minimum" in measure ? measure.minimum : 0;
        expect(sumIn(found, inGrant, minimum), key).toBe(wanted);
        if (measure.kind === "flaggedLessons" && measure.subjects > 0)
          expect(
            sumIn(found, inGrant, (m) =>
              same(m) && m.kind === "flaggedLessons" ? m.subjects : undefined,
            ),
          ).toBe(measure.subjects);
      }
      expect(
        found.some(
          (f) =>
            inGrant.includes(f.year) &&
            f.measure.kind === "aiSubjectsLevels" &&
            f.measure.subjects === 3 &&
            f.measure.levels === 2,
        ),
      ).toBe(true);
    },
  );

  it("invents no yearly training quota", () => {
    const plan = blueprintDraft({
      id: () => `id-${++n}`,
      startYear: "2026/27",
      schoolType: "secondary",
      locale: "en",
      strategy: () => undefined,
      now: new Date("2026-11-25T00:00:00Z"),
    });
    const words = JSON.stringify(plan);
    expect(words).not.toMatch(/year's digital-education training hours/);
    expect(words).toMatch(/30 hours .* 3-year CPD cycle/);
  });
});

describe("plans written before measures had a status or the grant had records", () => {
  it("read with lessons taught counted and no sessions", () => {
    const old = {
      ...emptyPlan("p", "2026/27", new Date("2026-11-25T00:00:00Z")),
      concerns: [
        {
          id: "c",
          title: "AI",
          links: [],
          targets: [
            {
              id: "t",
              text: "",
              years: [true, true, true],
              strategiesOutline: "",
              links: [],
              tasks: [
                {
                  id: "k",
                  yearIndex: 0,
                  text: "",
                  timeScale: "",
                  criteria: [
                    {
                      id: "x",
                      text: "最少六成",
                      measure: {
                        kind: "focusCoverage",
                        keyStage: "KS2",
                        percent: 60,
                      },
                    },
                    {
                      id: "y",
                      text: "",
                      measure: {
                        kind: "flaggedLessons",
                        flag: "openLesson",
                        minimum: 1,
                      },
                    },
                  ],
                  evaluationMethods: "",
                  responsible: "",
                  resources: "",
                  links: [],
                },
              ],
            },
          ],
        },
      ],
    } as Record<string, unknown>;
    delete old.grant;
    const read = planSchema(z).parse(old);
    expect(read.grant).toEqual({ sessions: [], years: [], reports: [] });
    const criteria = read.concerns[0]!.targets[0]!.tasks[0]!.criteria;
    expect(criteria[0]!.measure).toEqual({
      kind: "focusCoverage",
      keyStage: "KS2",
      percent: 60,
      reached: "taught",
    });
    expect(criteria[1]!.measure).toMatchObject({
      subjects: 0,
      reached: "taught",
    });
  });
});
