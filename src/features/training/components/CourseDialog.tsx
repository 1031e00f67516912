import { useState } from "react";
import Alert from "@mui/material/Alert";
import Autocomplete from "@mui/material/Autocomplete";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useTranslation } from "react-i18next";
import { SelectInput } from "../../../components/SelectInput";
import {
  MAX_COURSE_HOURS,
  TRAINING_TRACKS,
  type TrainingCourse,
  type TrainingTrack,
} from "../../../domain/training/record";
import { isQuotaError } from "../../../lib/errors";
import { newId } from "../../../lib/id";

/** Whole or half hours, more than none: what a course's hours may be. */
export function parseHours(typed: string): number | null {
  const n = Number(typed.trim().replace(",", "."));
  return typed.trim() !== "" &&
    Number.isFinite(n) &&
    n >= 0.5 &&
    n <= MAX_COURSE_HOURS &&
    Number.isInteger(n * 2)
    ? n
    : null;
}

/**
 * Adds a course (`course` null) or changes one. Stays open, with what was typed, until the
 * course is saved; says which field needs what.
 */
export function CourseDialog({
  open,
  course,
  teacher,
  teachers,
  today,
  onSave,
  onClose,
}: {
  open: boolean;
  course: TrainingCourse | null;
  /** Whose course a new one is, to start with. */
  teacher: string;
  teachers: readonly string[];
  today: string;
  onSave: (course: TrainingCourse) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation("training");
  const [who, setWho] = useState(course?.teacher ?? teacher);
  const [date, setDate] = useState(course?.date ?? today);
  const [title, setTitle] = useState(course?.title ?? "");
  const [provider, setProvider] = useState(course?.provider ?? "");
  const [track, setTrack] = useState<TrainingTrack>(
    course?.track ?? "aiLiteracy",
  );
  const [hours, setHours] = useState(course ? String(course.hours) : "");
  const [tried, setTried] = useState(false);
  const [failed, setFailed] = useState<"quota" | "failed" | null>(null);
  const [saving, setSaving] = useState(false);

  const problems = {
    teacher: who.trim() ? null : t("dialog.needTeacher"),
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? null : t("dialog.needDate"),
    title: title.trim() ? null : t("dialog.needTitle"),
    hours: parseHours(hours) === null ? t("dialog.badHours") : null,
  };
  const shown = (key: keyof typeof problems) => (tried ? problems[key] : null);

  async function save() {
    setTried(true);
    const n = parseHours(hours);
    if (Object.values(problems).some(Boolean) || n === null) return;
    setSaving(true);
    setFailed(null);
    try {
      await onSave({
        id: course?.id ?? newId(),
        teacher: who.trim(),
        date,
        title: title.trim(),
        provider: provider.trim(),
        track,
        hours: n,
        updatedAt: course?.updatedAt ?? "",
        deletedAt: null,
      });
      onClose();
    } catch (error) {
      setFailed(isQuotaError(error) ? "quota" : "failed");
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>
        {course ? t("dialog.titleEdit") : t("dialog.titleAdd")}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {failed && (
            <Alert severity="error">
              {failed === "quota" ? t("dialog.quota") : t("dialog.failed")}
            </Alert>
          )}
          <Autocomplete
            freeSolo
            options={teachers}
            inputValue={who}
            onInputChange={(_, value) => setWho(value)}
            // The component's own words, in the app's language.
            clearText={t("dialog.clear")}
            openText={t("dialog.open")}
            closeText={t("dialog.close")}
            noOptionsText={t("dialog.noTeachers")}
            renderInput={(params) => (
              <TextField
                {...params}
                label={t("dialog.teacher")}
                required
                error={!!shown("teacher")}
                helperText={shown("teacher") ?? t("dialog.teacherHint")}
              />
            )}
          />
          <TextField
            label={t("dialog.courseTitle")}
            value={title}
            required
            onChange={(e) => setTitle(e.target.value)}
            error={!!shown("title")}
            helperText={shown("title")}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
          <TextField
            label={t("dialog.provider")}
            value={provider}
            onChange={(e) => setProvider(e.target.value)}
            helperText={t("dialog.providerHint")}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
          <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
            <TextField
              type="date"
              label={t("dialog.date")}
              value={date}
              required
              onChange={(e) => setDate(e.target.value)}
              error={!!shown("date")}
              helperText={shown("date") ?? t("dialog.dateHint")}
              slotProps={{ inputLabel: { shrink: true } }}
              sx={{ flex: 1 }}
            />
            <TextField
              label={t("dialog.hours")}
              value={hours}
              required
              onChange={(e) => setHours(e.target.value)}
              error={!!shown("hours")}
              helperText={shown("hours") ?? t("dialog.hoursHint")}
              slotProps={{
                htmlInput: { inputMode: "decimal" },
                inputLabel: { shrink: true },
              }}
              sx={{ flex: 1 }}
            />
          </Stack>
          <SelectInput
            label={t("dialog.track")}
            value={track}
            options={TRAINING_TRACKS.map((k) => [k, t(`tracks.${k}`)] as const)}
            onChange={(v) => setTrack(v as TrainingTrack)}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t("dialog.cancel")}</Button>
        <Button
          variant="contained"
          onClick={() => void save()}
          disabled={saving}
        >
          {t("dialog.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
