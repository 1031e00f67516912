import {
  bullets,
  heading,
  HeadingLevel,
  para,
  Paragraph,
  run,
  table,
  wordDocument,
  type Table,
} from "../../../lib/docx";
import type {
  FrameworkItemRecord,
  Locale,
} from "../../../domain/framework/types";
import { checkActivityMinutes } from "../../../domain/lessons/lesson";
import { subjectName } from "../../../domain/lessons/subjects";
import type { Lesson, Mapping } from "../../../domain/lessons/types";

/** A translate function (i18next's t, bound to the lessons namespace). */
export type Translate = (
  key: string,
  options?: Record<string, unknown>,
) => string;

interface Context {
  locale: Locale;
  t: Translate;
  items: ReadonlyMap<string, FrameworkItemRecord>;
}

function mappingLines(mappings: Mapping[], ctx: Context): string[] {
  return mappings.map((m) => {
    const item = ctx.items.get(m.itemId);
    const name = item ? `${item.code} ${item.title[ctx.locale]}` : m.itemId;
    return `${name} (${ctx.t(`lessons.emphasis.${m.emphasis}`)})`;
  });
}

/** A lesson plan as a Word document in the reader's language, with real tables and page numbers. */
export async function buildLessonDocx(
  lesson: Lesson,
  ctx: Context,
): Promise<Blob> {
  const { t, locale } = ctx;
  const notSet = t("lessons.notSet");
  const meta: [string, string][] = [
    [
      t("lessons.fields.subject"),
      lesson.subject ? subjectName(lesson.subject, locale) : notSet,
    ],
    [t("lessons.fields.level"), lesson.level ?? notSet],
    [t("lessons.fields.className"), lesson.className || notSet],
    [
      t("lessons.fields.schoolYear"),
      lesson.term
        ? `${lesson.schoolYear} · ${t("lessons.termN", { n: lesson.term })}`
        : lesson.schoolYear,
    ],
    [
      t("lessons.fields.date"),
      [
        lesson.date,
        lesson.period ? t("lessons.periodN", { n: lesson.period }) : "",
        lesson.startTime,
      ]
        .filter(Boolean)
        .join(" · ") || notSet,
    ],
    [
      t("lessons.fields.duration"),
      lesson.durationMinutes
        ? t("lessons.minutesN", { n: lesson.durationMinutes })
        : notSet,
    ],
    [t("lessons.fields.unit"), lesson.unit || notSet],
    [t("lessons.fields.status"), t(`lessons.status.${lesson.status}`)],
    [t("lessons.fields.author"), lesson.author || notSet],
  ];
  const { total } = checkActivityMinutes(lesson);
  const sections: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [run(lesson.title)],
    }),
    table(
      [t("lessons.export.field"), t("lessons.export.value")],
      [30, 70],
      meta,
    ),
    heading(t("lessons.sections.intent")),
    heading(t("lessons.fields.objectives"), HeadingLevel.HEADING_3),
    ...bullets(lesson.objectives),
    heading(t("lessons.fields.successCriteria"), HeadingLevel.HEADING_3),
    ...bullets(lesson.successCriteria),
  ];
  if (lesson.priorKnowledge)
    sections.push(
      heading(t("lessons.fields.priorKnowledge"), HeadingLevel.HEADING_3),
      para(lesson.priorKnowledge),
    );
  if (lesson.keywords.length) {
    sections.push(
      heading(t("lessons.fields.keywords"), HeadingLevel.HEADING_3),
      table(
        [t("lessons.fields.keywordTerm"), t("lessons.fields.definition")],
        [30, 70],
        lesson.keywords.map((k) => [k.term, k.definition]),
      ),
    );
  }
  if (lesson.misconceptions.length)
    sections.push(
      heading(t("lessons.fields.misconceptions"), HeadingLevel.HEADING_3),
      ...bullets(lesson.misconceptions),
    );

  sections.push(
    heading(t("lessons.sections.framework")),
    ...bullets(mappingLines(lesson.mappings, ctx)),
  );

  sections.push(
    heading(t("lessons.sections.activities")),
    para(t("lessons.minutesTotal", { total })),
  );
  if (lesson.activities.length) {
    sections.push(
      table(
        [
          t("lessons.fields.activityTitle"),
          t("lessons.fields.minutes"),
          t("lessons.fields.teacherDoes"),
          t("lessons.fields.studentsDo"),
          t("lessons.fields.checkForUnderstanding"),
        ],
        [20, 8, 26, 26, 20],
        lesson.activities.map((a) => [
          [
            new Paragraph({ children: [run(a.title, true)] }),
            ...bullets(mappingLines(a.mappings, ctx)),
          ],
          a.minutes === null ? "" : String(a.minutes),
          a.teacherDoes,
          a.studentsDo,
          a.checkForUnderstanding,
        ]),
      ),
    );
  }

  sections.push(heading(t("lessons.sections.aiUse")));
  if (lesson.aiUses.length) {
    const yes = (v: boolean) =>
      v ? t("lessons.export.yes") : t("lessons.export.no");
    sections.push(
      table(
        [
          t("lessons.ai.tool"),
          t("lessons.ai.usedBy"),
          t("lessons.ai.purpose"),
          t("lessons.ai.ageAndTermsChecked"),
          t("lessons.ai.noPersonalData"),
          t("lessons.ai.outputCheck"),
        ],
        [18, 14, 22, 12, 12, 22],
        lesson.aiUses.map((u) => [
          u.tool,
          t(`lessons.ai.users.${u.usedBy}`),
          u.purpose,
          yes(u.ageAndTermsChecked),
          yes(u.noPersonalData),
          u.outputCheck,
        ]),
      ),
    );
  } else {
    sections.push(para(t("lessons.export.noAi")));
  }
  sections.push(
    heading(t("lessons.ai.thinkingEvidence"), HeadingLevel.HEADING_3),
    ...bullets(
      lesson.thinkingEvidence.map((e) => t(`lessons.ai.evidence.${e}`)),
    ),
  );
  if (lesson.thinkingEvidenceNote)
    sections.push(para(lesson.thinkingEvidenceNote));

  const prose: [string, string][] = [
    [t("lessons.fields.differentiation"), lesson.differentiation],
    [t("lessons.fields.senSupport"), lesson.senSupport],
    [t("lessons.fields.assessment"), lesson.assessment],
    [t("lessons.fields.homework"), lesson.homework],
    [t("lessons.fields.reflection"), lesson.reflection],
  ];
  for (const [label, value] of prose)
    if (value.trim())
      sections.push(heading(label, HeadingLevel.HEADING_3), para(value));
  if (lesson.resources.length) {
    sections.push(
      heading(t("lessons.fields.resources"), HeadingLevel.HEADING_3),
      ...bullets(lesson.resources.map((r) => `${r.label} ${r.url}`.trim())),
    );
  }

  return wordDocument({
    title: lesson.title,
    creator: t("app.name"),
    size: 22,
    children: sections,
  });
}
