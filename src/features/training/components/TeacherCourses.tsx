import { useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import { Panel } from "../../../components/Panel";
import { SelectInput } from "../../../components/SelectInput";
import { UndoSnackbar } from "../../../components/UndoSnackbar";
import {
  cycleStartChoices,
  cycleYears,
  REQUIREMENT_FROM,
  type TeacherProgress,
} from "../../../domain/training/progress";
import type {
  TeacherCycle,
  TrainingCourse,
} from "../../../domain/training/record";
import { schoolYearOf } from "../../../domain/lessons/lesson";
import { formatIsoDate } from "../../../lib/formatDate";
import { formatHours } from "../../../lib/formatHours";
import { useLocale } from "../../../lib/useLocale";
import { useTrainingWrites } from "../mutations";

/** One teacher's CPD cycle and courses, newest first, with Edit and Remove (and Undo). */
export function TeacherCourses({
  progress,
  courses,
  cycle,
  onEdit,
}: {
  progress: TeacherProgress;
  /** Her courses, not removed (those outside her cycle too, marked so). */
  courses: TrainingCourse[];
  cycle: TeacherCycle | undefined;
  onEdit: (course: TrainingCourse) => void;
}) {
  const { t } = useTranslation("training");
  const locale = useLocale();
  const { removeCourse, restoreCourse, saveCycle } = useTrainingWrites();
  const [removed, setRemoved] = useState<TrainingCourse | null>(null);
  const teacher = progress.teacher;
  const start = cycle?.cycleStart ?? REQUIREMENT_FROM;
  const leader = cycle?.leader ?? false;
  const years = cycleYears(start);
  const sorted = [...courses].sort((a, b) => b.date.localeCompare(a.date));
  const counted = new Set(progress.courses.map((c) => c.id));

  return (
    <Panel title={t("courses.title", { teacher })}>
      <Box
        sx={{
          display: "grid",
          gap: 2,
          gridTemplateColumns: { xs: "1fr", sm: "minmax(14rem, 20rem) 1fr" },
          alignItems: "center",
          mb: 1,
        }}
      >
        <SelectInput
          label={t("cycle.label")}
          value={start}
          options={cycleStartChoices().map(
            (y) =>
              [
                y,
                t("cycle.years", { first: y, last: cycleYears(y).at(-1) }),
              ] as const,
          )}
          onChange={(cycleStart) =>
            void saveCycle({ teacher, cycleStart, leader })
          }
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={leader}
              onChange={(e) =>
                void saveCycle({
                  teacher,
                  cycleStart: start,
                  leader: e.target.checked,
                })
              }
            />
          }
          label={t("cycle.leader")}
        />
      </Box>
      {progress.booked > 0 && (
        <Typography color="text.secondary">
          {t("courses.booked", { count: progress.booked })}
        </Typography>
      )}
      {sorted.length === 0 ? (
        <Typography color="text.secondary">{t("courses.empty")}</Typography>
      ) : (
        <List aria-label={t("courses.title", { teacher })}>
          {sorted.map((c) => {
            const outside = !years.some((y) => y === schoolYearOf(c.date));
            const later = !outside && !counted.has(c.id);
            return (
              <ListItem
                key={c.id}
                divider
                secondaryAction={
                  <Box sx={{ display: "flex", gap: 1 }}>
                    <Button sx={{ minHeight: 44 }} onClick={() => onEdit(c)}>
                      {t("courses.edit")}
                    </Button>
                    <Button
                      sx={{ minHeight: 44 }}
                      color="error"
                      onClick={() => {
                        setRemoved(c);
                        void removeCourse(c.id);
                      }}
                    >
                      {t("courses.remove")}
                    </Button>
                  </Box>
                }
                sx={{ pr: 24 }}
              >
                <ListItemText
                  primary={c.title}
                  secondary={[
                    formatIsoDate(c.date, locale),
                    t(`tracks.${c.track}`),
                    t("courses.hours", { hours: formatHours(c.hours, locale) }),
                    c.provider,
                    outside ? t("courses.outside") : "",
                    later ? t("courses.later") : "",
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                />
              </ListItem>
            );
          })}
        </List>
      )}
      <UndoSnackbar
        open={removed !== null}
        message={t("courses.removed", { title: removed?.title ?? "" })}
        onUndo={() => {
          if (removed) void restoreCourse(removed.id);
          setRemoved(null);
        }}
        onClose={() => setRemoved(null)}
      />
    </Panel>
  );
}
