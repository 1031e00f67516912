import { useRef, useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import FormControlLabel from "@mui/material/FormControlLabel";
import LinearProgress from "@mui/material/LinearProgress";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import Typography from "@mui/material/Typography";
import FileDownloadOutlined from "@mui/icons-material/FileDownloadOutlined";
import FileUploadOutlined from "@mui/icons-material/FileUploadOutlined";
import { useTranslation } from "react-i18next";
import { SelectInput } from "../../../components/SelectInput";
import type { BackupFile } from "../../../domain/backup/backup";
import type { FileProblem } from "../../../domain/backup/envelope";
import { FileCheckProgress } from "../../../components/FileCheckProgress";
import { FileExcerpt } from "../../../components/FileExcerpt";
import { useFileProblemText } from "../../../components/useFileProblemText";
import { ReadCancelled } from "../../../lib/fileCheck/checkFile";
import { todayIso } from "../../../domain/lessons/lesson";
import { downloadBlob } from "../../../lib/download";
import { isQuotaError } from "../../../lib/errors";
import { formatDateTime } from "../../../lib/formatDate";
import { useLocale } from "../../../lib/useLocale";
import { useSettingsWrites } from "../mutations";
import { useBackupStatus } from "../queries";

const DAY = 24 * 60 * 60 * 1000;

/** Back up everything to one file; restore it, replacing or merging, after seeing what it holds. */
export function BackupSection() {
  const { t } = useTranslation("files");
  const locale = useLocale();
  const status = useBackupStatus();
  const {
    applyBackup,
    checkBackupFile,
    frameworksBackupAdds,
    backUp,
    setBackupReminder,
  } = useSettingsWrites();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<
    FileProblem | "writeFailed" | "quota" | "cancelled" | null
  >(null);
  /** While a file is checked: how far (0 to 1), and how to stop it. */
  const [checking, setChecking] = useState<{
    done: number;
    stop: AbortController;
  } | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [pending, setPending] = useState<BackupFile | null>(null);
  /** The titles of the frameworks the pending backup would add as the school's own. */
  const [adds, setAdds] = useState<
    BackupFile["data"]["frameworks"][number]["framework"]["title"][]
  >([]);
  const [mode, setMode] = useState<"replace" | "merge">("merge");
  const [done, setDone] = useState<{ lessons: number; plans: number } | null>(
    null,
  );
  const [now] = useState(() => Date.now());

  const age = status?.lastBackupAt
    ? Math.floor((now - Date.parse(status.lastBackupAt)) / DAY)
    : null;
  const overdue =
    status &&
    status.reminderDays > 0 &&
    (age === null || age >= status.reminderDays);
  const dateTime = (iso: string) => formatDateTime(iso, locale);

  const pick = async (file: File | undefined) => {
    setProblem(null);
    setDone(null);
    if (!file) return;
    const stop = new AbortController();
    setChecking({ done: 0, stop });
    try {
      const result = await checkBackupFile(file, {
        signal: stop.signal,
        onProgress: (done) => setChecking({ done, stop }),
      });
      if (result.ok) {
        setAdds(await frameworksBackupAdds(result.file));
        setPending(result.file);
      } else setProblem(result.problem);
    } catch (e) {
      setProblem(
        e instanceof ReadCancelled ? "cancelled" : { code: "unreadable" },
      );
    } finally {
      setChecking(null);
    }
  };

  const restore = async () => {
    if (!pending) return;
    setRestoring(true);
    try {
      setDone(await applyBackup(pending, mode));
    } catch (e) {
      setProblem(isQuotaError(e) ? "quota" : "writeFailed");
    }
    setRestoring(false);
    setPending(null);
  };

  const fileProblemText = useFileProblemText("files:backup.problem");
  const problemText = (p: NonNullable<typeof problem>) =>
    p === "cancelled"
      ? t("backup.cancelled")
      : `${typeof p === "string" ? t(`backup.problem.${p}`) : fileProblemText(p)} ${t("backup.nothingChanged")}`;

  return (
    <Box>
      {status && (
        <Typography sx={{ mb: 1 }}>
          {status.lastBackupAt
            ? t("backup.last", {
                when: dateTime(status.lastBackupAt),
                count: age ?? 0,
              })
            : t("backup.never")}
        </Typography>
      )}
      {overdue && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t("backup.reminder")}
        </Alert>
      )}
      <Box
        sx={{
          display: "flex",
          flexWrap: "wrap",
          gap: 1.5,
          alignItems: "center",
        }}
      >
        <Button
          variant="contained"
          startIcon={<FileDownloadOutlined />}
          onClick={() =>
            void backUp(__APP_VERSION__, (blob) =>
              downloadBlob(blob, `blueprint-planner-backup-${todayIso()}.json`),
            )
          }
        >
          {t("backup.create")}
        </Button>
        <Button
          startIcon={<FileUploadOutlined />}
          onClick={() => input.current?.click()}
        >
          {t("backup.restore")}
        </Button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={t("backup.restore")}
          onChange={(e) => {
            void pick(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        <Box sx={{ width: 220 }}>
          <SelectInput
            label={t("backup.remindAfter")}
            value={String(status?.reminderDays ?? 14)}
            options={[7, 14, 30, 0].map(
              (d) =>
                [
                  String(d),
                  d ? t("backup.days", { count: d }) : t("backup.noReminder"),
                ] as const,
            )}
            onChange={(v) => void setBackupReminder(Number(v))}
          />
        </Box>
      </Box>
      {checking && (
        <FileCheckProgress
          label={t("backup.checking")}
          done={checking.done}
          onCancel={() => checking.stop.abort()}
        />
      )}
      {problem && (
        <Alert
          severity={problem === "cancelled" ? "info" : "error"}
          sx={{ mt: 2 }}
        >
          <Box component="span" sx={{ display: "block" }}>
            {problemText(problem)}
          </Box>
          {typeof problem === "object" && <FileExcerpt problem={problem} />}
        </Alert>
      )}
      {done && (
        <Alert severity="success" sx={{ mt: 2 }}>
          {t("backup.restored", { lessons: done.lessons, plans: done.plans })}
        </Alert>
      )}
      {pending && (
        <Dialog
          open
          onClose={() => {
            if (!restoring) setPending(null);
          }}
          fullWidth
          maxWidth="sm"
        >
          <DialogTitle>{t("backup.confirmTitle")}</DialogTitle>
          <DialogContent>
            <Typography sx={{ mb: 2 }}>
              {t("backup.holds", {
                when: dateTime(pending.createdAt),
                version: pending.appVersion,
                lessons: pending.data.lessons.filter((l) => !l.deletedAt)
                  .length,
                plans: pending.data.plans.filter((p) => !p.deletedAt).length,
                frameworks: pending.data.frameworks.length,
              })}
            </Typography>
            {adds.length > 0 && (
              <Alert severity="warning" sx={{ mb: 2 }}>
                {t("backup.schoolFramework", {
                  count: adds.length,
                  titles: adds
                    .map((title) => t("quoted", { text: title[locale] }))
                    .join(t("separator")),
                })}
              </Alert>
            )}
            <RadioGroup
              value={mode}
              onChange={(e) => setMode(e.target.value as "replace" | "merge")}
              aria-label={t("backup.how")}
            >
              <FormControlLabel
                value="merge"
                control={<Radio />}
                label={t("backup.merge")}
              />
              <FormControlLabel
                value="replace"
                control={<Radio />}
                label={t("backup.replace")}
              />
            </RadioGroup>
          </DialogContent>
          {restoring && (
            <Box role="status" sx={{ px: 3, pb: 1 }}>
              <Typography sx={{ mb: 0.5 }}>{t("backup.restoring")}</Typography>
              <LinearProgress aria-label={t("backup.restoring")} />
            </Box>
          )}
          <DialogActions>
            <Button onClick={() => setPending(null)} disabled={restoring}>
              {t("common.cancel")}
            </Button>
            <Button
              variant="contained"
              color={mode === "replace" ? "warning" : "primary"}
              onClick={() => void restore()}
              disabled={restoring}
            >
              {t(
                adds.length > 0
                  ? "backup.confirmWithFramework"
                  : "backup.confirm",
              )}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Box>
  );
}
