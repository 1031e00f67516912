import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Typography from "@mui/material/Typography";
import ArrowBack from "@mui/icons-material/ArrowBack";
import PrintOutlined from "@mui/icons-material/PrintOutlined";
import type { ReactNode } from "react";
import { Link as RouterLink, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { subjectName } from "../../../domain/lessons/subjects";
import type { Mapping } from "../../../domain/lessons/types";
import { useLocale } from "../../../lib/useLocale";
import { useLesson, usePickerData } from "../queries";
import { PrintTable } from "../../../components/PrintTable";

const COLUMN_WIDTHS = ["22%", "10%", "27%", "23%", "18%"];
const screenOnly = { "@media print": { display: "none" } };

/**
 * A lesson laid out for A4 paper (or "Save as PDF" on a tablet): long titles and text wrap,
 * table headers repeat on each page, and rows are not split across pages.
 */
export default function LessonPrintPage() {
  const { t } = useTranslation("lessons");
  const locale = useLocale();
  const { lessonId = "" } = useParams();
  const lesson = useLesson(lessonId);
  const data = usePickerData();
  if (lesson === undefined || !data)
    return <LinearProgress aria-label={t("shell.loading")} />;
  if (!lesson)
    return <Typography sx={{ p: 3 }}>{t("lessons.notFound")}</Typography>;

  const mapped = (mappings: Mapping[]) =>
    mappings.map((m) => {
      const item = data.byId.get(m.itemId);
      return `${item?.code ?? "?"} ${item?.title[locale] ?? ""} (${t(`lessons.emphasis.${m.emphasis}`)})`;
    });
  const list = (values: string[]) =>
    values.filter(Boolean).length > 0 ? (
      <ul>
        {values.filter(Boolean).map((v, i) => (
          <li key={i}>{v}</li>
        ))}
      </ul>
    ) : null;
  const block = (title: string, body: ReactNode) =>
    body ? (
      <Box component="section" sx={{ breakInside: "avoid", mb: 2 }}>
        <Typography variant="h3" component="h2" sx={{ mb: 0.5 }}>
          {title}
        </Typography>
        {typeof body === "string" ? (
          <Typography sx={{ whiteSpace: "pre-wrap" }}>{body}</Typography>
        ) : (
          body
        )}
      </Box>
    ) : null;

  return (
    <Box
      sx={{
        maxWidth: "210mm",
        mx: "auto",
        p: { xs: 2, sm: 4 },
        bgcolor: "background.paper",
        color: "text.primary",
        overflowWrap: "anywhere",
        "@media print": {
          p: 0,
          maxWidth: "none",
          color: "#000",
          bgcolor: "#fff",
        },
        "@page": { size: "A4", margin: "15mm" },
      }}
    >
      <Box sx={{ display: "flex", gap: 1, mb: 3, ...screenOnly }}>
        <Button
          startIcon={<ArrowBack />}
          component={RouterLink}
          to={`/lessons/${lesson.id}`}
        >
          {t("lessons.backToLesson")}
        </Button>
        <Button
          variant="contained"
          startIcon={<PrintOutlined />}
          onClick={() => window.print()}
        >
          {t("lessons.actions.printNow")}
        </Button>
      </Box>
      <Typography variant="h1" sx={{ mb: 1 }}>
        {lesson.title}
      </Typography>
      <Typography sx={{ mb: 2 }}>
        {[
          lesson.subject && subjectName(lesson.subject, locale),
          lesson.level,
          lesson.className,
          lesson.schoolYear,
          lesson.term && t("lessons.termN", { n: lesson.term }),
          lesson.date,
          lesson.period && t("lessons.periodN", { n: lesson.period }),
          lesson.durationMinutes &&
            t("lessons.minutesN", { n: lesson.durationMinutes }),
          t(`lessons.status.${lesson.status}`),
        ]
          .filter(Boolean)
          .join(" · ")}
      </Typography>
      {block(t("lessons.fields.unit"), lesson.unit)}
      {block(t("lessons.fields.objectives"), list(lesson.objectives))}
      {block(t("lessons.fields.successCriteria"), list(lesson.successCriteria))}
      {block(t("lessons.fields.priorKnowledge"), lesson.priorKnowledge)}
      {block(
        t("lessons.fields.keywords"),
        list(lesson.keywords.map((k) => `${k.term}: ${k.definition}`)),
      )}
      {block(t("lessons.fields.misconceptions"), list(lesson.misconceptions))}
      {block(t("lessons.sections.framework"), list(mapped(lesson.mappings)))}
      {lesson.activities.length > 0 && (
        <Box component="section" sx={{ mb: 2 }}>
          <Typography variant="h3" component="h2" sx={{ mb: 0.5 }}>
            {t("lessons.sections.activities")}
          </Typography>
          <PrintTable
            headers={[
              "activityTitle",
              "minutes",
              "teacherDoes",
              "studentsDo",
              "checkForUnderstanding",
            ].map((f) => t(`lessons.fields.${f}`))}
            widths={COLUMN_WIDTHS}
            rows={lesson.activities.map((a) => [
              <>
                <strong>{a.title}</strong>
                {list(mapped(a.mappings))}
              </>,
              a.minutes ?? "",
              a.teacherDoes,
              a.studentsDo,
              a.checkForUnderstanding,
            ])}
          />
        </Box>
      )}
      {block(
        t("lessons.sections.aiUse"),
        list(
          lesson.aiUses.map(
            (u) =>
              `${u.tool} (${t(`lessons.ai.users.${u.usedBy}`)}): ${u.purpose}. ${t("lessons.ai.outputCheck")}: ${u.outputCheck}`,
          ),
        ),
      )}
      {block(
        t("lessons.ai.thinkingEvidence"),
        list([
          ...lesson.thinkingEvidence.map((e) => t(`lessons.ai.evidence.${e}`)),
          lesson.thinkingEvidenceNote,
        ]),
      )}
      {block(t("lessons.fields.differentiation"), lesson.differentiation)}
      {block(t("lessons.fields.senSupport"), lesson.senSupport)}
      {block(t("lessons.fields.assessment"), lesson.assessment)}
      {block(t("lessons.fields.homework"), lesson.homework)}
      {block(
        t("lessons.fields.resources"),
        list(lesson.resources.map((r) => `${r.label} ${r.url}`.trim())),
      )}
      {block(t("lessons.fields.reflection"), lesson.reflection)}
    </Box>
  );
}
