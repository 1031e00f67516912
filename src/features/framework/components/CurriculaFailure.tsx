import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import { useTranslation } from "react-i18next";
import { useRetryCurricula } from "../queries";
import { isQuotaError } from "../../../lib/errors";

/** Writing the frameworks failed: say why, in the teacher's language, and offer to try again. */
export default function CurriculaFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const retry = useRetryCurricula();
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" onClick={retry}>
          {t("common.tryAgain")}
        </Button>
      }
    >
      {isQuotaError(error)
        ? t("framework.loadFailedQuota")
        : t("framework.loadFailed")}
    </Alert>
  );
}
