import { useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import Chip from "@mui/material/Chip";
import FormControlLabel from "@mui/material/FormControlLabel";
import LinearProgress from "@mui/material/LinearProgress";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import AddOutlined from "@mui/icons-material/AddOutlined";
import { useTranslation } from "react-i18next";
import { PageContainer } from "../../../components/PageContainer";
import { PageLoading } from "../../../components/PageLoading";
import { Panel } from "../../../components/Panel";
import { todayIso } from "../../../domain/lessons/lesson";
import {
  REQUIRED_HOURS,
  trackShare,
  type TeacherProgress,
} from "../../../domain/training/progress";
import {
  TRAINING_TRACKS,
  type TrainingCourse,
} from "../../../domain/training/record";
import { formatHours } from "../../../lib/formatHours";
import { useLocale } from "../../../lib/useLocale";
import { useTrainingWrites } from "../mutations";
import { useTraining } from "../queries";
import { CourseDialog } from "./CourseDialog";
import { TeacherCourses } from "./TeacherCourses";

/**
 * Teachers' digital-education training (strategy S4): where each teacher stands on the 30
 * hours of her CPD cycle, who is short, and each teacher's courses.
 */
export default function TrainingPage() {
  const { t } = useTranslation("training");
  const locale = useLocale();
  const view = useTraining();
  const { saveCourse } = useTrainingWrites();
  const [chosen, setChosen] = useState<string | null>(null);
  const [shortOnly, setShortOnly] = useState(false);
  /** The dialog: a new course (null) or one being changed; closed when undefined. */
  const [editing, setEditing] = useState<TrainingCourse | null | undefined>();
  if (!view) return <PageLoading />;
  const { training, me } = view;
  const names = training.teachers.map((p) => p.teacher);
  const selected = chosen ?? (names.includes(me) ? me : (names[0] ?? null));
  const shown = training.teachers.filter((p) => !shortOnly || !p.complete);
  const hours = (h: number) => formatHours(h, locale);
  const all = trackShare(training, null);
  const leaders = trackShare(training, "aiLeadership");

  return (
    <PageContainer wide>
      <Box
        sx={{
          display: "flex",
          flexWrap: "wrap",
          gap: 2,
          alignItems: "center",
          justifyContent: "space-between",
        }}
      >
        <Typography variant="h1">{t("title")}</Typography>
        <Button
          variant="contained"
          startIcon={<AddOutlined />}
          onClick={() => setEditing(null)}
        >
          {t("add")}
        </Button>
      </Box>
      <Typography color="text.secondary" sx={{ my: 2, maxWidth: "70ch" }}>
        {t("intro", { hours: REQUIRED_HOURS })}
      </Typography>

      <Panel title={t("summary.title")}>
        <Box component="ul" sx={{ m: 0, pl: 3 }}>
          <li>{t("summary.complete", { done: all.done, of: all.of })}</li>
          {(["aiLiteracy", "aiSubject"] as const).map((track) => {
            const s = trackShare(training, track);
            return (
              <li key={track}>
                {t("summary.track", {
                  track: t(`tracks.${track}`),
                  done: s.done,
                  of: s.of,
                })}
              </li>
            );
          })}
          <li>
            {leaders.of === 0
              ? t("summary.noLeaders")
              : t("summary.leadership", { done: leaders.done, of: leaders.of })}
          </li>
        </Box>
      </Panel>

      <Box sx={{ mt: 2 }}>
        <Panel title={t("table.title")}>
          <FormControlLabel
            control={
              <Checkbox
                checked={shortOnly}
                onChange={(e) => setShortOnly(e.target.checked)}
              />
            }
            label={t("shortOnly", { hours: REQUIRED_HOURS })}
          />
          {training.teachers.length === 0 ? (
            <Typography color="text.secondary">{t("table.none")}</Typography>
          ) : (
            <Box sx={{ overflowX: "auto" }}>
              <Table size="small" aria-label={t("table.title")}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t("table.teacher")}</TableCell>
                    <TableCell>{t("table.cycle")}</TableCell>
                    <TableCell sx={{ minWidth: 140 }}>
                      {t("table.hours", { hours: REQUIRED_HOURS })}
                    </TableCell>
                    {TRAINING_TRACKS.map((track) => (
                      <TableCell key={track} align="right">
                        {t(`tracks.${track}`)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {shown.map((p) => (
                    <TeacherRow
                      key={p.teacher}
                      progress={p}
                      selected={p.teacher === selected}
                      onSelect={() => setChosen(p.teacher)}
                      hours={hours}
                    />
                  ))}
                </TableBody>
              </Table>
              {shown.length === 0 && (
                <Typography color="text.secondary" sx={{ mt: 1 }}>
                  {t("table.noneShort")}
                </Typography>
              )}
            </Box>
          )}
        </Panel>
      </Box>

      {selected && (
        <Box sx={{ mt: 2 }}>
          <TeacherCourses
            progress={training.teachers.find((p) => p.teacher === selected)!}
            courses={view.courses.filter((c) => c.teacher === selected)}
            cycle={view.cycles.get(selected)}
            onEdit={(course) => setEditing(course)}
          />
        </Box>
      )}

      {editing !== undefined && (
        <CourseDialog
          open
          course={editing}
          teacher={selected ?? me}
          teachers={names}
          today={todayIso()}
          onSave={async (course) => {
            await saveCourse(course);
            setChosen(course.teacher);
          }}
          onClose={() => setEditing(undefined)}
        />
      )}
    </PageContainer>
  );
}

function TeacherRow({
  progress: p,
  selected,
  onSelect,
  hours,
}: {
  progress: TeacherProgress;
  selected: boolean;
  onSelect: () => void;
  hours: (h: number) => string;
}) {
  const { t } = useTranslation("training");
  const share = Math.min(100, (p.hours / REQUIRED_HOURS) * 100);
  return (
    <TableRow selected={selected}>
      <TableCell>
        <Button
          onClick={onSelect}
          aria-pressed={selected}
          sx={{
            minHeight: 44,
            textAlign: "left",
            justifyContent: "flex-start",
          }}
        >
          {p.teacher}
        </Button>
        {p.leader && <Chip size="small" label={t("table.leader")} />}
      </TableCell>
      <TableCell>
        {t("cycle.years", { first: p.cycle[0], last: p.cycle.at(-1) })}
      </TableCell>
      <TableCell>
        <Typography variant="body2">
          {p.complete
            ? t("table.complete", { hours: hours(p.hours) })
            : t("table.short", { hours: hours(p.hours), left: hours(p.left) })}
        </Typography>
        <LinearProgress
          variant="determinate"
          value={share}
          color={p.complete ? "success" : "warning"}
          aria-label={t("table.progressOf", { teacher: p.teacher })}
        />
      </TableCell>
      {TRAINING_TRACKS.map((track) => (
        <TableCell key={track} align="right">
          {hours(p.byTrack[track])}
        </TableCell>
      ))}
    </TableRow>
  );
}
