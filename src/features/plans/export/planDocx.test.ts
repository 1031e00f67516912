import { describe, expect, it } from "vitest";
import { openDocx, XML_FORBIDDEN } from "../../../../tests/support/docx";
import { makeLesson } from "../../../../tests/support/factories";
import {
  AI_LITERACY,
  BLUEPRINT,
  shippedItems,
} from "../../../../tests/support/frameworks";
import { testResources } from "../../../../tests/support/i18n";
import { LessonIndex } from "../../../domain/lessons/lessonIndex";
import { summaryFor } from "../../../domain/lessons/mapping";
import { blueprintDraft } from "../../../domain/plans/draft";
import { grantStanding } from "../../../domain/plans/grant";
import type { Evidence } from "../../../domain/plans/measures";
import { createI18n } from "../../../i18n";
import { buildPlanDocx } from "./planDocx";

const ai = shippedItems(AI_LITERACY);
const bp = shippedItems(BLUEPRINT);
let n = 0;
const plan = {
  ...blueprintDraft({
    id: () => `id-${++n}`,
    startYear: "2026/27",
    schoolType: "secondary",
    locale: "en",
    strategy: (c) => bp.find((i) => i.code === c)?.id,
    now: new Date(),
  }),
  schoolName: "St Example's College <&> 聖例書院",
};
const lessons = [
  makeLesson({
    status: "taught",
    level: "S1",
    flags: {
      aiTeachingExample: true,
      openLesson: true,
      studentActivity: false,
    },
  }),
  makeLesson({
    status: "taught",
    level: "S2",
    flags: {
      aiTeachingExample: true,
      openLesson: false,
      studentActivity: false,
    },
  }),
  makeLesson({
    status: "taught",
    level: "S3",
    subject: "mathematics",
    flags: {
      aiTeachingExample: true,
      openLesson: true,
      studentActivity: false,
    },
  }),
];
const session = (n: number) => ({
  id: `s${n}`,
  date: "2026-12-07",
  topic: "AI feedback on writing",
  where: "school" as const,
});
const evidence: Evidence = {
  index: LessonIndex.of(lessons.flatMap((l) => summaryFor(l) ?? [])),
  items: ai,
  schoolYear: "2026/27",
  sessions: [session(1), session(2)],
};

const standing = grantStanding(evidence.index, evidence.sessions);

async function text(languages: ("en" | "zh-HK")[], p = plan) {
  const i18n = createI18n({ language: "en", resources: testResources });
  const blob = await buildPlanDocx(
    p,
    languages.map((l) => ({ t: i18n.getFixedT(l, "plans"), locale: l })),
    [evidence, undefined, undefined],
    standing,
  );
  const { xml, text: words } = await openDocx(blob);
  return { xml, words };
}

describe("the plan as a Word document", () => {
  it("has a cover, the EDB column headings, every target, and the evidence numbers", async () => {
    const { words, xml } = await text(["en"]);
    expect(words).toContain("St Example&apos;s College &lt;&amp;&gt; 聖例書院");
    expect(words).toContain("School Development Plan 2026/27 – 2028/29");
    for (const heading of [
      "Major concern",
      "Targets",
      "Outline of strategies",
      "Strategies / Tasks",
      "Time scale",
      "Success criteria",
      "Methods of evaluation",
      "People responsible",
      "Resources required",
    ]) {
      expect(words).toContain(heading);
    }
    for (const target of plan.concerns.flatMap((c) => c.targets))
      expect(words).toContain(
        target.text.replace(/'/g, "&apos;").replace(/"/g, "&quot;"),
      );
    expect(words).toContain("Annual School Plan 2027/28");
    expect(words).toContain("School Report 2026/27");
    expect(words).toContain(
      "At least 3 AI teaching examples or resources (planned): 3 of 3 lessons · met (3 lessons)",
    );
    expect(words).toContain(
      "– Sorting toys like a computer, 2A, 25 November 2026",
    ); // the lessons behind the number
    expect(words).toContain("Achieved");
    expect(xml).toContain("<w:tblHeader/>");
  });

  it("opens whatever characters the plan holds (every part is well-formed XML)", async () => {
    const dirty = (s: string) => `${s}${XML_FORBIDDEN}😀 end`;
    const target = plan.concerns[0]!.targets[0]!;
    const p = {
      ...plan,
      schoolName: dirty("School"),
      concerns: [
        {
          ...plan.concerns[0]!,
          title: dirty("Concern"),
          targets: [
            {
              ...target,
              text: dirty("Target"),
              tasks: [{ ...target.tasks[0]!, text: dirty("Task") }],
            },
          ],
        },
      ],
    };
    const { words } = await text(["zh-HK", "en"], p);
    for (const part of ["School", "Concern", "Target", "Task"])
      expect(words).toContain(`${part}😀 end`);
  });

  it("carries the grant plan in the ASP and the interim grant report in 2026/27's School Report", async () => {
    const withGrant = {
      ...plan,
      grant: {
        sessions: [],
        years: [
          {
            yearIndex: 0,
            arrangements: "Licence a school AI writing tool",
            budget: 180_000,
          },
        ],
        reports: [
          {
            due: "interim" as const,
            expenditure: 120_000,
            evaluation: "Used in Chinese and English writing at S1 and S2.",
            approvedOn: "2027-09-20",
            publishedOn: "",
          },
        ],
      },
    };
    const { words } = await text(["en"], withGrant);
    const aspAt = words.indexOf("Grant plan, 2026/27");
    expect(aspAt).toBeGreaterThan(words.indexOf("Annual School Plan 2026/27"));
    expect(aspAt).toBeLessThan(words.indexOf("School Report 2026/27"));
    expect(words).toContain("Licence a school AI writing tool");
    expect(words).toContain("Expected spending (HK$) HK$180,000");
    // No grant plan for 2028/29, after the grant period.
    expect(words).not.toContain("Grant plan, 2028/29");
    const reportAt = words.indexOf("Interim grant report");
    expect(reportAt).toBeGreaterThan(words.indexOf("School Report 2026/27"));
    expect(reportAt).toBeLessThan(words.indexOf("Annual School Plan 2027/28"));
    expect(words).toContain("Balance HK$380,000");
    expect(words).toContain(
      "At least 3 open or demonstration lessons using AI-assisted teaching, across at least 3 subjects (in school or outside): 2 of 3 lessons, 2 of 3 subjects · not yet met",
    );
    expect(words).toContain("Approved by the SMC or IMC on 20 September 2027");
    expect(words).toContain(
      "Published on the school's website on Not given yet".replace(
        "'",
        "&apos;",
      ),
    );
    // The final report goes with 2027/28's School Report.
    expect(words.indexOf("Final grant report")).toBeGreaterThan(
      words.indexOf("School Report 2027/28"),
    );
    const zh = await text(["zh-HK"], withGrant);
    expect(zh.words).toContain("2027年9月20日");
    // The evidence's dates too, in each language's way.
    expect(zh.words).toContain("2026年11月25日");
    expect(zh.words).not.toContain("2026-11-25");
    expect(zh.words).toContain("HK$380,000");
  });

  it("writes Chinese and English one after the other", async () => {
    const { words } = await text(["zh-HK", "en"]);
    expect(words.indexOf("學校發展計劃")).toBeGreaterThanOrEqual(0);
    expect(words.indexOf("策略／工作")).toBeLessThan(
      words.indexOf("Strategies / Tasks"),
    );
    expect(words).toContain("成功準則");
  });

  it("keeps long text and many rows as text in the tables", async () => {
    const long =
      "A very long strategy that wraps over many lines in the table cell. ".repeat(
        30,
      );
    const target = plan.concerns[0]!.targets[0]!;
    const many = {
      ...plan,
      concerns: [
        {
          ...plan.concerns[0]!,
          targets: [
            {
              ...target,
              tasks: Array.from({ length: 40 }, (_, i) => ({
                ...target.tasks[0]!,
                id: `t${i}`,
                text: `${i + 1}. ${long}`,
              })),
            },
          ],
        },
      ],
    };
    const { words } = await text(["en"], many);
    expect(words).toContain("40. A very long strategy");
  });
});
