import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import ButtonBase from "@mui/material/ButtonBase";
import IconButton from "@mui/material/IconButton";
import Typography from "@mui/material/Typography";
import ChevronLeft from "@mui/icons-material/ChevronLeft";
import ChevronRight from "@mui/icons-material/ChevronRight";
import OpenWithOutlined from "@mui/icons-material/OpenWithOutlined";
import {
  Link as RouterLink,
  Navigate,
  useNavigate,
  useParams,
} from "react-router";
import { useTranslation } from "react-i18next";
import { PageContainer } from "../../../components/PageContainer";
import { todayIso } from "../../../domain/lessons/lesson";
import type { Lesson } from "../../../domain/lessons/types";
import {
  addDays,
  DEFAULT_PERIODS,
  isIsoDate,
  schoolDays,
  weekStart,
} from "../../../domain/lessons/week";
import { useLessonWrites } from "../mutations";
import { useWeekLessons } from "../queries";
import { STATUS_COLOURS } from "./LessonCard";

/**
 * A school week, days across and periods down. To move a lesson: press its Move button,
 * then the slot it should go to (works by touch and keyboard; Escape cancels).
 */
export default function WeekPage() {
  const { t, i18n } = useTranslation("lessons");
  const navigate = useNavigate();
  const { date } = useParams();
  const [moving, setMoving] = useState<Lesson | null>(null);
  const { moveLesson } = useLessonWrites();
  const monday = isIsoDate(date) ? weekStart(date) : null;
  const lessons = useWeekLessons(monday ?? "");
  if (!monday) return <Navigate to={`/lessons/week/${todayIso()}`} replace />;

  const days = schoolDays(monday);
  const dayName = new Intl.DateTimeFormat(i18n.language, {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
  const at = (day: string, period: number) =>
    (lessons ?? [])
      .filter((l) => l.date === day && l.period === period)
      .sort((a, b) => a.className.localeCompare(b.className));
  const unslotted = (lessons ?? []).filter((l) => l.period === null);
  const moveTo = (day: string, period: number) => {
    if (!moving) return;
    void moveLesson(moving.id, day, period).then(
      (moved) => moved && setMoving(null),
    );
  };

  return (
    <PageContainer wide>
      <Box
        sx={{
          display: "flex",
          alignItems: "center",
          gap: 1,
          flexWrap: "wrap",
          mb: 2,
        }}
      >
        <Typography variant="h1" sx={{ flex: 1 }}>
          {t("lessons.week.title", {
            date: dayName.format(new Date(`${monday}T00:00:00Z`)),
          })}
        </Typography>
        <IconButton
          aria-label={t("lessons.week.previous")}
          onClick={() => void navigate(`/lessons/week/${addDays(monday, -7)}`)}
        >
          <ChevronLeft />
        </IconButton>
        <Button onClick={() => void navigate(`/lessons/week/${todayIso()}`)}>
          {t("lessons.week.thisWeek")}
        </Button>
        <IconButton
          aria-label={t("lessons.week.next")}
          onClick={() => void navigate(`/lessons/week/${addDays(monday, 7)}`)}
        >
          <ChevronRight />
        </IconButton>
        <Button component={RouterLink} to="/lessons">
          {t("lessons.library")}
        </Button>
      </Box>
      {moving && (
        <Alert
          severity="info"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" onClick={() => setMoving(null)}>
              {t("common.cancel")}
            </Button>
          }
        >
          {t("lessons.week.choose", { title: moving.title })}
        </Alert>
      )}
      <Typography role="status" color="text.secondary" sx={{ mb: 1 }}>
        {t("lessons.count", { count: lessons?.length ?? 0 })}
      </Typography>
      <Box
        role="table"
        aria-label={t("lessons.week.table")}
        onKeyDown={(e) => e.key === "Escape" && setMoving(null)}
        sx={{
          display: "grid",
          gridTemplateColumns: "56px repeat(5, minmax(0, 1fr))",
          gap: 0.5,
          overflowX: "auto",
        }}
      >
        <Box role="row" sx={{ display: "contents" }}>
          <Box role="columnheader" />
          {days.map((d) => (
            <Box
              role="columnheader"
              key={d}
              sx={{
                fontWeight: 700,
                textAlign: "center",
                py: 1,
                bgcolor: d === todayIso() ? "action.selected" : undefined,
                borderRadius: 1,
              }}
            >
              {dayName.format(new Date(`${d}T00:00:00Z`))}
            </Box>
          ))}
        </Box>
        {Array.from({ length: DEFAULT_PERIODS }, (_, i) => i + 1).map(
          (period) => (
            <Box role="row" key={period} sx={{ display: "contents" }}>
              <Box
                role="rowheader"
                sx={{
                  display: "flex",
                  alignItems: "center",
                  justifyContent: "center",
                  color: "text.secondary",
                  fontWeight: 600,
                }}
              >
                {t("lessons.periodShort", { n: period })}
              </Box>
              {days.map((day) => {
                const here = at(day, period);
                return (
                  <Box
                    role="cell"
                    key={day}
                    sx={{
                      minHeight: 64,
                      border: 1,
                      borderColor: "divider",
                      borderRadius: 1.5,
                      p: 0.5,
                      display: "flex",
                      flexDirection: "column",
                      gap: 0.5,
                    }}
                  >
                    {here.map((l) => (
                      <Box
                        key={l.id}
                        sx={{
                          display: "flex",
                          alignItems: "stretch",
                          bgcolor: "action.hover",
                          borderRadius: 1,
                          borderLeft: 4,
                          borderColor: `${STATUS_COLOURS[l.status] === "default" ? "grey" : STATUS_COLOURS[l.status]}.main`,
                        }}
                      >
                        <ButtonBase
                          component={RouterLink}
                          to={`/lessons/${l.id}`}
                          sx={{
                            flex: 1,
                            justifyContent: "flex-start",
                            textAlign: "left",
                            p: 0.75,
                            minHeight: 44,
                            overflowWrap: "anywhere",
                            typography: "body2",
                          }}
                        >
                          {[l.className, l.title].filter(Boolean).join(" · ")}
                        </ButtonBase>
                        <IconButton
                          size="small"
                          aria-label={t("lessons.week.move", {
                            title: [l.className, l.title]
                              .filter(Boolean)
                              .join(" · "),
                          })}
                          onClick={() => setMoving(l)}
                        >
                          <OpenWithOutlined fontSize="small" />
                        </IconButton>
                      </Box>
                    ))}
                    {moving && !here.some((l) => l.id === moving.id) && (
                      <Button
                        size="small"
                        variant="outlined"
                        onClick={() => moveTo(day, period)}
                        sx={{ mt: "auto" }}
                        aria-label={t("lessons.week.moveHereLong", {
                          day: dayName.format(new Date(`${day}T00:00:00Z`)),
                          period,
                        })}
                      >
                        {t("lessons.week.moveHere")}
                      </Button>
                    )}
                  </Box>
                );
              })}
            </Box>
          ),
        )}
      </Box>
      {unslotted.length > 0 && (
        <Box sx={{ mt: 3 }}>
          <Typography variant="h2" gutterBottom>
            {t("lessons.week.noPeriod")}
          </Typography>
          {unslotted.map((l) => (
            <Box
              key={l.id}
              sx={{ display: "flex", alignItems: "center", gap: 1 }}
            >
              <Button component={RouterLink} to={`/lessons/${l.id}`}>
                {l.date} · {l.title}
              </Button>
              <IconButton
                aria-label={t("lessons.week.move", {
                  title: [l.className, l.title].filter(Boolean).join(" · "),
                })}
                onClick={() => setMoving(l)}
              >
                <OpenWithOutlined />
              </IconButton>
            </Box>
          ))}
        </Box>
      )}
    </PageContainer>
  );
}
