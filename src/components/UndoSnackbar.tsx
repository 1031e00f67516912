import Button from "@mui/material/Button";
import Snackbar from "@mui/material/Snackbar";
import { useTranslation } from "react-i18next";

/** Says what went and offers Undo, for ten seconds (a tap elsewhere does not close it). */
export function UndoSnackbar({
  open,
  message,
  onUndo,
  onClose,
}: {
  open: boolean;
  message: string;
  onUndo: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Snackbar
      open={open}
      autoHideDuration={10_000}
      onClose={(_, reason) => reason !== "clickaway" && onClose()}
      message={message}
      action={
        <Button color="secondary" onClick={onUndo}>
          {t("common.undo")}
        </Button>
      }
    />
  );
}
