import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import CheckCircleOutlined from "@mui/icons-material/CheckCircleOutlined";
import ErrorOutlined from "@mui/icons-material/ErrorOutlined";
import SyncOutlined from "@mui/icons-material/SyncOutlined";
import EditNoteOutlined from "@mui/icons-material/EditNoteOutlined";
import { useTranslation } from "react-i18next";
import type { AutosaveState } from "../../../lib/useAutosave";
import { isQuotaError } from "../../../lib/errors";
import { StatusLine } from "../../../components/StatusLine";

/** "Saved", "Saving…", "Add a title to save", or why saving failed; announced politely. */
export function SaveStatus({
  state,
  error,
  onRetry,
}: {
  state: AutosaveState;
  error: unknown;
  /** Saves again now: offered while the last save failed. */
  onRetry: () => void;
}) {
  const { t } = useTranslation("lessons");
  const view = {
    saved: {
      icon: <CheckCircleOutlined color="success" />,
      text: t("lessons.save.saved"),
    },
    pending: {
      icon: <SyncOutlined color="action" />,
      text: t("lessons.save.saving"),
    },
    saving: {
      icon: <SyncOutlined color="action" />,
      text: t("lessons.save.saving"),
    },
    incomplete: {
      icon: <EditNoteOutlined color="warning" />,
      text: t("lessons.save.needsTitle"),
    },
    failed: {
      icon: <ErrorOutlined color="error" />,
      text: isQuotaError(error)
        ? t("lessons.save.failedQuota")
        : t("lessons.save.failed"),
    },
  }[state];
  return (
    <StatusLine icon={view.icon}>
      <Typography
        variant="body2"
        color={state === "failed" ? "error" : "text.secondary"}
      >
        {view.text}
      </Typography>
      {state === "failed" && (
        <Button size="small" color="inherit" onClick={onRetry}>
          {t("common.tryAgain", { ns: "translation" })}
        </Button>
      )}
    </StatusLine>
  );
}
