import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import { useTranslation } from "react-i18next";
import { isQuotaError } from "../lib/errors";
import type { WriteFailure } from "../services/writes";

/**
 * A change that did not reach the device's storage (a full disk, most often): said in the
 * person's language, with Try again. Loaded only when a write has failed.
 */
export default function WriteFailureAlert({
  failure,
  onDismiss,
  left,
  bottom,
}: {
  failure: WriteFailure;
  onDismiss: () => void;
  /** Clear of the side rail or the bottom bar, whichever the shell shows. */
  left: number;
  bottom: number;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="error"
      role="alert"
      variant="filled"
      sx={{
        position: "fixed",
        left: left + 8,
        right: 8,
        bottom: bottom + 8,
        zIndex: 1500,
        boxShadow: 6,
        alignItems: "center",
        "& .MuiButton-root": { minHeight: 44, whiteSpace: "nowrap" },
      }}
      action={
        <>
          <Button color="inherit" onClick={failure.retry}>
            {t("common.tryAgain")}
          </Button>
          <Button color="inherit" onClick={onDismiss}>
            {t("common.close")}
          </Button>
        </>
      }
    >
      {isQuotaError(failure.error)
        ? t("shell.writeFailedQuota")
        : t("shell.writeFailed")}
    </Alert>
  );
}
