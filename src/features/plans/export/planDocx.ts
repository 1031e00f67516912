import {
  AlignmentType,
  heading,
  HeadingLevel,
  PageBreak,
  para,
  Paragraph,
  run,
  table,
  wordDocument,
  type Table,
} from "../../../lib/docx";
import type { Evidence } from "../../../domain/plans/measures";
import type { SchoolPlan } from "../../../domain/plans/types";
import { planPeriod, planYears } from "../../../domain/plans/years";
import { reportFor } from "../report";
import type { Locale } from "../../../domain/framework/types";
import type { GrantStanding } from "../../../domain/plans/grant";
import {
  grantPlanBlock,
  grantReportBlock,
  type GrantBlock,
} from "../grantRows";
import { criterionText } from "../presets";

export type Translate = (
  key: string,
  options?: Record<string, unknown>,
) => string;

/** One language's copy: its strings and how it writes dates and money. */
export interface Copy {
  t: Translate;
  locale: Locale;
}

/** A block of prose: one paragraph per non-empty line. */
const lines = (text: string) =>
  text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => para(line));

/** One language's copy of the plan: cover, SDP, each year's ASP and School Report. */
function planIn(
  plan: SchoolPlan,
  { t, locale }: Copy,
  evidenceByYear: (Evidence | undefined)[],
  grant: readonly GrantStanding[] | undefined,
): (Paragraph | Table)[] {
  const block = (b: GrantBlock | null) =>
    b
      ? [
          heading(b.title, HeadingLevel.HEADING_2),
          table([t("grant.item"), t("grant.detail")], [30, 70], b.rows),
        ]
      : [];
  const years = planYears(plan.startYear);
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [run(plan.schoolName || t("untitledSchool"))],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(`${t("sdpTitle")} ${planPeriod(plan.startYear)}`, true)],
    }),
    heading(t("fields.vision"), HeadingLevel.HEADING_2),
    ...lines(plan.vision),
    heading(t("fields.mission"), HeadingLevel.HEADING_2),
    ...lines(plan.mission),
    heading(t("fields.goals"), HeadingLevel.HEADING_2),
    ...plan.goals
      .filter(Boolean)
      .map((g) => new Paragraph({ bullet: { level: 0 }, children: [run(g)] })),
    heading(t("fields.holisticReview"), HeadingLevel.HEADING_2),
    ...lines(plan.holisticReview),
    heading(t("sections.swot"), HeadingLevel.HEADING_2),
    table(
      [
        t("swot.strengths"),
        t("swot.weaknesses"),
        t("swot.opportunities"),
        t("swot.threats"),
      ],
      [25, 25, 25, 25],
      [
        [
          plan.swot.strengths.join("\n"),
          plan.swot.weaknesses.join("\n"),
          plan.swot.opportunities.join("\n"),
          plan.swot.threats.join("\n"),
        ],
      ],
    ),
    heading(t("sections.concerns"), HeadingLevel.HEADING_2),
    table(
      [
        t("columns.concern"),
        t("columns.targets"),
        ...years.map((y, i) => t("columns.year", { n: i + 1, year: y })),
        t("columns.outline"),
      ],
      [20, 26, 8, 8, 8, 30],
      plan.concerns.flatMap((c, ci) =>
        c.targets.map((target, ti) => [
          ti === 0 ? `${ci + 1}. ${c.title}` : "",
          target.text,
          ...target.years.map((tick) => (tick ? "✓" : "")),
          target.strategiesOutline,
        ]),
      ),
    ),
  ];
  years.forEach((year, yearIndex) => {
    out.push(
      new Paragraph({ children: [new PageBreak()] }),
      heading(`${t("aspTitle")} ${year}`, HeadingLevel.HEADING_1),
    );
    plan.concerns.forEach((c, ci) => {
      out.push(
        heading(
          `${t("columns.concern")} ${ci + 1}: ${c.title}`,
          HeadingLevel.HEADING_2,
        ),
      );
      c.targets.forEach((target, ti) => {
        out.push(
          para(`${t("targetN", { n: ti + 1 })}: ${target.text}`, true),
          table(
            [
              t("columns.tasks"),
              t("columns.timeScale"),
              t("columns.criteria"),
              t("columns.evaluation"),
              t("columns.responsible"),
              t("columns.resources"),
            ],
            [26, 10, 24, 14, 13, 13],
            target.tasks
              .filter((k) => k.yearIndex === yearIndex)
              .map((k) => [
                k.text,
                k.timeScale,
                k.criteria.map((cr) => criterionText(cr, t)).join("\n"),
                k.evaluationMethods,
                k.responsible,
                k.resources,
              ]),
          ),
        );
      });
    });
    out.push(...block(grantPlanBlock(plan, yearIndex, t, locale)));
    out.push(heading(`${t("reportTitle")} ${year}`, HeadingLevel.HEADING_1));
    out.push(
      table(
        [
          t("columns.targets"),
          t("fields.achievement"),
          t("fields.evidence"),
          t("fields.reflection"),
        ],
        [28, 14, 34, 24],
        plan.concerns.flatMap((c) =>
          c.targets.map((target) => {
            const report = reportFor(
              plan,
              target,
              yearIndex,
              evidenceByYear[yearIndex],
              t,
              locale,
            );
            return [
              target.text,
              report.achievement
                ? t(`achievement.${report.achievement}`)
                : t("notJudged"),
              report.evidence,
              report.reflection,
            ];
          }),
        ),
      ),
    );
    out.push(...block(grantReportBlock(plan, yearIndex, grant, t, locale)));
  });
  return out;
}

/**
 * The plan as a Word document with real tables under the EDB's column headings, a cover, page
 * numbers and wrapping text; in one language or both, one after the other.
 */
export async function buildPlanDocx(
  plan: SchoolPlan,
  copies: Copy[],
  evidenceByYear: (Evidence | undefined)[],
  /** Where the school stands on the grant's conditions over its period (the grant reports). */
  grant?: readonly GrantStanding[],
): Promise<Blob> {
  const children = copies.flatMap((copy, i) => [
    ...(i > 0 ? [new Paragraph({ children: [new PageBreak()] })] : []),
    ...planIn(plan, copy, evidenceByYear, grant),
  ]);
  return wordDocument({ title: plan.schoolName, size: 21, children });
}
