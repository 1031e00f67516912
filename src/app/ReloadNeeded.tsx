import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import { useTranslation } from "react-i18next";

/** Shown when another tab has upgraded the app's data: this tab must reload to carry on. */
export default function ReloadNeeded() {
  const { t } = useTranslation();
  return (
    <Alert
      severity="warning"
      sx={{ position: "fixed", top: 8, left: 8, right: 8, zIndex: 2000 }}
      action={
        <Button color="inherit" onClick={() => window.location.reload()}>
          {t("shell.reload")}
        </Button>
      }
    >
      {t("shell.otherTabUpgraded")}
    </Alert>
  );
}
