import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Typography from "@mui/material/Typography";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { copyLesson } from "../../../domain/lessons/copy";
import {
  nearbySchoolYears,
  schoolYearOf,
  todayIso,
} from "../../../domain/lessons/lesson";
import type { Lesson } from "../../../domain/lessons/types";
import { newId } from "../../../lib/id";
import { useLessonWrites } from "../mutations";
import { SelectInput, TextInput } from "../../../components/fields";

/**
 * An explicit copy for another class, date or year. Says plainly that the copy is independent:
 * nothing links it to the original afterwards.
 */
export default function CopyDialog({
  lesson,
  onClose,
}: {
  lesson: Lesson;
  onClose: () => void;
}) {
  const { t } = useTranslation("lessons");
  const navigate = useNavigate();
  const [className, setClassName] = useState(lesson.className);
  const [date, setDate] = useState(lesson.date ?? "");
  const [schoolYear, setSchoolYear] = useState(lesson.schoolYear);
  const [failed, setFailed] = useState(false);
  const years = [
    ...new Set([...nearbySchoolYears(todayIso()), lesson.schoolYear]),
  ].sort();

  const { saveLesson } = useLessonWrites();
  const copy = async () => {
    try {
      const copied = copyLesson(
        lesson,
        {
          className,
          date: date || null,
          schoolYear: date ? schoolYearOf(date) : schoolYear,
        },
        newId,
        new Date(),
      );
      await saveLesson(copied);
      onClose();
      void navigate(`/lessons/${copied.id}`);
    } catch {
      setFailed(true);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t("lessons.copy.title")}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>
          {t("lessons.copy.explain", { title: lesson.title })}
        </Typography>
        <Box sx={{ display: "grid", gap: 2, pt: 1 }}>
          <TextInput
            label={t("lessons.fields.className")}
            value={className}
            onChange={setClassName}
          />
          <TextInput
            type="date"
            label={t("lessons.fields.date")}
            value={date}
            onChange={setDate}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <SelectInput
            label={t("lessons.fields.schoolYear")}
            value={date ? schoolYearOf(date) : schoolYear}
            options={years.map((y) => [y, y] as const)}
            onChange={setSchoolYear}
            helperText={date ? t("lessons.copy.yearFromDate") : undefined}
          />
        </Box>
        {failed && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {t("lessons.copy.failed")}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t("common.cancel")}</Button>
        <Button variant="contained" onClick={() => void copy()}>
          {t("lessons.copy.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
