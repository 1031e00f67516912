import Button from "@mui/material/Button";
import Snackbar from "@mui/material/Snackbar";
import { useTranslation } from "react-i18next";

export default function UpdateSnackbar({
  open,
  onLater,
  onReload,
}: {
  open: boolean;
  onLater: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Snackbar
      open={open}
      message={t("shell.updateReady")}
      anchorOrigin={{ vertical: "top", horizontal: "center" }}
      action={
        <>
          <Button color="inherit" onClick={onLater}>
            {t("shell.later")}
          </Button>
          <Button color="secondary" variant="contained" onClick={onReload}>
            {t("shell.reload")}
          </Button>
        </>
      }
    />
  );
}
