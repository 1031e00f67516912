import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import { memo } from "react";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { subjectName } from "../../../domain/lessons/subjects";
import type {
  LessonStatus,
  LessonSummary,
} from "../../../domain/lessons/types";
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

/**
 * One lesson in a list: what, for whom, when, and how far along. The title is the link, and it
 * stretches over the whole card, so the card is one large touch target while a screen reader
 * hears just the title as the link (the details follow as text). Kept light, without a ripple:
 * a library page shows many.
 */
export const LessonCard = memo(function LessonCard({
  lesson,
}: {
  lesson: LessonSummary;
}) {
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
  return (
    <Card
      variant="outlined"
      sx={{
        position: "relative",
        p: 2,
        "&:hover": { bgcolor: "action.hover" },
        "&:has(a:focus-visible)": {
          outline: 2,
          outlineColor: "primary.main",
          outlineOffset: 2,
        },
      }}
    >
      <Box sx={{ display: "flex", gap: 1, alignItems: "flex-start" }}>
        <Typography
          variant="h3"
          component="h2"
          sx={{ flex: 1, overflowWrap: "anywhere" }}
        >
          <Box
            component={RouterLink}
            to={`/lessons/${lesson.lessonId}`}
            sx={{
              color: "inherit",
              textDecoration: "none",
              outline: "none",
              "&::after": { content: '""', position: "absolute", inset: 0 },
            }}
          >
            {lesson.title}
          </Box>
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
          t("lessons.mappedCount", { count: lesson.itemIds.length }),
        ]
          .filter(Boolean)
          .join(" — ")}
      </Typography>
    </Card>
  );
});
