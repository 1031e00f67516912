import { describe, expect, it } from "vitest";
import { journalV7, planV7 } from "./0007-plan-grant";

const oldPlan = {
  id: "p",
  concerns: [
    {
      id: "c",
      targets: [
        {
          id: "t",
          tasks: [
            {
              id: "k",
              criteria: [
                {
                  id: "a",
                  text: "",
                  measure: { kind: "thinkingEvidenceShare", percent: 80 },
                },
                {
                  id: "b",
                  text: "",
                  measure: {
                    kind: "flaggedLessons",
                    flag: "openLesson",
                    minimum: 1,
                  },
                },
                { id: "c", text: "Own words", measure: null },
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe("schema 7: plans keep the grant's records and say what each measure counts", () => {
  it("gives an old plan no grant records, and its measures the statuses they counted", () => {
    const plan = planV7(oldPlan) as typeof oldPlan & { grant: unknown };
    expect(plan.grant).toEqual({ sessions: [], years: [], reports: [] });
    expect(plan.concerns[0]!.targets[0]!.tasks[0]!.criteria).toEqual([
      {
        id: "a",
        text: "",
        measure: {
          kind: "thinkingEvidenceShare",
          percent: 80,
          reached: "planned",
        },
      },
      {
        id: "b",
        text: "",
        measure: {
          kind: "flaggedLessons",
          flag: "openLesson",
          minimum: 1,
          subjects: 0,
          reached: "taught",
        },
      },
      { id: "c", text: "Own words", measure: null },
    ]);
    // Already reshaped, or not a plan: unchanged.
    expect(planV7(plan)).toEqual(plan);
    expect(planV7("garbage")).toBe("garbage");
  });

  it("reshapes a plan's unsaved edits, and a save under way, but not a lesson's", () => {
    const record = {
      key: "plan:p",
      kind: "plan",
      id: "p",
      record: oldPlan,
      base: oldPlan,
      saving: { record: oldPlan, base: oldPlan },
      writtenAt: 1,
    };
    const out = journalV7(record) as typeof record;
    for (const p of [out.record, out.base, out.saving.record, out.saving.base])
      expect(p).toEqual(planV7(oldPlan));
    const lesson = { ...record, key: "lesson:l", kind: "lesson" };
    expect(journalV7(lesson)).toBe(lesson);
  });
});
