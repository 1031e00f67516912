import { styled, useTheme } from "@mui/material/styles";
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

// A library page shows many cards, so each is a few styled elements with fixed rules rather
// than MUI's Card, Chip and Typography with per-instance styles.
const Item = styled("div")(({ theme }) => ({
  position: "relative",
  padding: theme.spacing(2),
  border: `1px solid ${(theme.vars ?? theme).palette.divider}`,
  borderRadius: theme.shape.borderRadius,
  backgroundColor: (theme.vars ?? theme).palette.background.paper,
  "&:hover": { backgroundColor: (theme.vars ?? theme).palette.action.hover },
}));

const Head = styled("div")(({ theme }) => ({
  display: "flex",
  gap: theme.spacing(1),
  alignItems: "flex-start",
}));

const Title = styled("h2")(({ theme }) => ({
  ...theme.typography.h3,
  flex: 1,
  margin: 0,
  overflowWrap: "anywhere",
  "& a": { color: "inherit", textDecoration: "none", outline: "none" },
  // The link covers the card: one large touch target, and its focus ring rings the card.
  "& a::after": {
    content: '""',
    position: "absolute",
    inset: 0,
    borderRadius: theme.shape.borderRadius,
  },
  "& a:focus-visible::after": {
    outline: `2px solid ${(theme.vars ?? theme).palette.primary.main}`,
    outlineOffset: 2,
  },
}));

const Status = styled("span")(({ theme }) => ({
  ...theme.typography.caption,
  fontWeight: 600,
  lineHeight: "24px",
  padding: theme.spacing(0, 1),
  borderRadius: 12,
  whiteSpace: "nowrap",
}));

const Details = styled("p")(({ theme }) => ({
  ...theme.typography.body2,
  margin: 0,
  color: (theme.vars ?? theme).palette.text.secondary,
}));

/**
 * One lesson in a list: what, for whom, when, and how far along. The title is the link, and it
 * stretches over the whole card, so the card is one large touch target while a screen reader
 * hears just the title as the link (the details follow as text).
 */
export const LessonCard = memo(function LessonCard({
  lesson,
}: {
  lesson: LessonSummary;
}) {
  const { t } = useTranslation("lessons");
  const locale = useLocale();
  const theme = useTheme();
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
  const colour = STATUS_COLOURS[lesson.status];
  const pill =
    colour === "default"
      ? {
          backgroundColor: (theme.vars ?? theme).palette.action.selected,
          color: (theme.vars ?? theme).palette.text.primary,
        }
      : {
          backgroundColor: (theme.vars ?? theme).palette[colour].main,
          color: (theme.vars ?? theme).palette[colour].contrastText,
        };
  return (
    <Item>
      <Head>
        <Title>
          <RouterLink to={`/lessons/${lesson.lessonId}`}>
            {lesson.title}
          </RouterLink>
        </Title>
        <Status style={pill}>{t(`lessons.status.${lesson.status}`)}</Status>
      </Head>
      <Details>
        {[
          who,
          when || t("lessons.unscheduled"),
          t("lessons.mappedCount", { count: lesson.itemIds.length }),
        ]
          .filter(Boolean)
          .join(" — ")}
      </Details>
    </Item>
  );
});
