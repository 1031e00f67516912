import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import CircularProgress from "@mui/material/CircularProgress";
import { useTranslation } from "react-i18next";

/**
 * Shown where lessons are listed or counted while the lesson index is rebuilt (once, after an
 * update) or when it could not be (a full disk): the lessons are safe, not gone.
 */
export function IndexStatus({
  state,
  onRetry,
}: {
  state: "ready" | "rebuilding" | "failed";
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  if (state === "rebuilding")
    return (
      <Alert
        severity="info"
        icon={<CircularProgress size={20} aria-hidden />}
        role="status"
        sx={{ mb: 2 }}
      >
        {t("common.preparingLessons")}
      </Alert>
    );
  if (state === "failed")
    return (
      <Alert
        severity="error"
        sx={{ mb: 2 }}
        action={
          <Button color="inherit" onClick={onRetry} sx={{ minHeight: 44 }}>
            {t("common.tryAgain")}
          </Button>
        }
      >
        {t("common.preparingFailed")}
      </Alert>
    );
  return null;
}
