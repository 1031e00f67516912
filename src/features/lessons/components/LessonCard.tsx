import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { allMappings } from "../../../domain/lessons/mapping";
import { subjectName } from "../../../domain/lessons/subjects";
import type { Lesson, LessonStatus } from "../../../domain/lessons/types";
import { useLocale } from "../../../lib/useLocale";

export const STATUS_COLOURS: Record<
  LessonStatus,
  "default" | "info" | "success" | "secondary"
> = {
  draft: "default",
  planned: "info",
  taught: "success",
  assessed: "secondary",
};

/** One lesson in a list: what, for whom, when, and how far along. */
export function LessonCard({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation("lessons");
  const locale = useLocale();
  const when = [
    lesson.date,
    lesson.period ? t("lessons.periodN", { n: lesson.period }) : "",
  ]
    .filter(Boolean)
    .join(" · ");
  const who = [
    lesson.level,
    lesson.className,
    lesson.subject && subjectName(lesson.subject, locale),
  ]
    .filter(Boolean)
    .join(" · ");
  const mapped = new Set(allMappings(lesson).map((m) => m.itemId)).size;
  return (
    <Card variant="outlined">
      <CardActionArea
        component={RouterLink}
        to={`/lessons/${lesson.id}`}
        sx={{ p: 2 }}
      >
        <Box sx={{ display: "flex", gap: 1, alignItems: "flex-start" }}>
          <Typography
            variant="h3"
            component="h2"
            sx={{ flex: 1, overflowWrap: "anywhere" }}
          >
            {lesson.title}
          </Typography>
          <Chip
            size="small"
            color={STATUS_COLOURS[lesson.status]}
            label={t(`lessons.status.${lesson.status}`)}
          />
        </Box>
        <Typography variant="body2" color="text.secondary">
          {[
            who,
            when || t("lessons.unscheduled"),
            t("lessons.mappedCount", { count: mapped }),
          ]
            .filter(Boolean)
            .join(" — ")}
        </Typography>
      </CardActionArea>
    </Card>
  );
}
