import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import AddOutlined from "@mui/icons-material/AddOutlined";
import ArrowDownwardOutlined from "@mui/icons-material/ArrowDownwardOutlined";
import ArrowUpwardOutlined from "@mui/icons-material/ArrowUpwardOutlined";
import DeleteOutlined from "@mui/icons-material/DeleteOutlined";
import { useTranslation } from "react-i18next";
import { checkActivityMinutes } from "../../../domain/lessons/lesson";
import type { Activity, Lesson } from "../../../domain/lessons/types";
import { newId } from "../../../lib/id";
import type { PickerData } from "../queries";
import { NumberInput, TextInput } from "../../../components/fields";
import { MappingChips } from "./MappingChips";
import { Section } from "./Section";
import { memoOnFields } from "./memoOnFields";

interface Props {
  lesson: Lesson;
  update: (change: (l: Lesson) => Lesson) => void;
  data: PickerData;
}

function blankActivity(): Activity {
  return {
    id: newId(),
    title: "",
    minutes: null,
    teacherDoes: "",
    studentsDo: "",
    checkForUnderstanding: "",
    mappings: [],
  };
}

/** The lesson's timed sequence; each activity can carry its own framework tags. */
function ActivitiesSectionFields({ lesson, update, data }: Props) {
  const { t } = useTranslation("lessons");
  const { total, duration, mismatch } = checkActivityMinutes(lesson);
  const setActivities = (change: (a: Activity[]) => Activity[]) =>
    update((l) => ({ ...l, activities: change(l.activities) }));
  const setOne = (id: string, patch: Partial<Activity>) =>
    setActivities((all) =>
      all.map((a) => (a.id === id ? { ...a, ...patch } : a)),
    );
  const move = (index: number, by: number) =>
    setActivities((all) => {
      const next = [...all];
      const [moved] = next.splice(index, 1);
      if (moved) next.splice(index + by, 0, moved);
      return next;
    });

  return (
    <Section id="activities" title={t("lessons.sections.activities")}>
      <Typography
        role="status"
        color={mismatch ? "warning.main" : "text.secondary"}
        sx={{ mb: 1 }}
      >
        {duration === null
          ? t("lessons.minutesTotal", { total })
          : t("lessons.minutesOfDuration", { total, duration })}
      </Typography>
      {mismatch && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t("lessons.minutesMismatch", { total, duration })}
        </Alert>
      )}
      <Stack spacing={2}>
        {lesson.activities.map((a, i) => (
          <Paper
            key={a.id}
            variant="outlined"
            component="section"
            aria-label={t("lessons.activityN", { n: i + 1 })}
            sx={{ p: 2 }}
          >
            <Box
              sx={{ display: "flex", alignItems: "center", gap: 1, mb: 1.5 }}
            >
              <Typography variant="h3" sx={{ flex: 1 }}>
                {t("lessons.activityN", { n: i + 1 })}
              </Typography>
              <IconButton
                aria-label={t("lessons.moveUp", { n: i + 1 })}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                <ArrowUpwardOutlined />
              </IconButton>
              <IconButton
                aria-label={t("lessons.moveDown", { n: i + 1 })}
                disabled={i === lesson.activities.length - 1}
                onClick={() => move(i, 1)}
              >
                <ArrowDownwardOutlined />
              </IconButton>
              <IconButton
                aria-label={t("lessons.removeActivity", { n: i + 1 })}
                onClick={() =>
                  setActivities((all) => all.filter((x) => x.id !== a.id))
                }
              >
                <DeleteOutlined />
              </IconButton>
            </Box>
            <Box
              sx={{
                display: "grid",
                gap: 2,
                gridTemplateColumns: { xs: "1fr", sm: "3fr 1fr" },
              }}
            >
              <TextInput
                label={t("lessons.fields.activityTitle")}
                value={a.title}
                onChange={(title) => setOne(a.id, { title })}
              />
              <NumberInput
                label={t("lessons.fields.minutes")}
                value={a.minutes}
                max={600}
                onChange={(minutes) => setOne(a.id, { minutes })}
              />
              <TextInput
                multiline
                minRows={2}
                label={t("lessons.fields.teacherDoes")}
                value={a.teacherDoes}
                onChange={(teacherDoes) => setOne(a.id, { teacherDoes })}
              />
              <TextInput
                multiline
                minRows={2}
                label={t("lessons.fields.studentsDo")}
                value={a.studentsDo}
                onChange={(studentsDo) => setOne(a.id, { studentsDo })}
              />
            </Box>
            <Box sx={{ mt: 2 }}>
              <TextInput
                label={t("lessons.fields.checkForUnderstanding")}
                value={a.checkForUnderstanding}
                onChange={(checkForUnderstanding) =>
                  setOne(a.id, { checkForUnderstanding })
                }
              />
            </Box>
            <Box sx={{ mt: 2 }}>
              <MappingChips
                label={t("lessons.mapping.forActivity", { n: i + 1 })}
                mappings={a.mappings}
                onChange={(mappings) => setOne(a.id, { mappings })}
                level={lesson.level}
                data={data}
              />
            </Box>
          </Paper>
        ))}
      </Stack>
      <Button
        startIcon={<AddOutlined />}
        sx={{ mt: 2 }}
        onClick={() => setActivities((all) => [...all, blankActivity()])}
      >
        {t("lessons.addActivity")}
      </Button>
    </Section>
  );
}

export const ActivitiesSection = memoOnFields(ActivitiesSectionFields, [
  "activities",
  "durationMinutes",
  "level",
]);
