import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Typography from "@mui/material/Typography";
import { useId } from "react";
import { useTranslation } from "react-i18next";

/**
 * How far the check of a big file has got, with a Cancel that stops it at once (nothing has
 * been written by then). `label` says what is being checked ("Checking the backup…").
 */
export function FileCheckProgress({
  label,
  done,
  onCancel,
}: {
  label: string;
  /** 0 to 1. */
  done: number;
  onCancel: () => void;
}) {
  const { t } = useTranslation("files");
  const id = useId();
  const percent = Math.round(Math.min(1, Math.max(0, done)) * 100);
  return (
    <Box
      sx={{ mt: 2, display: "flex", alignItems: "center", gap: 2 }}
      role="group"
      aria-labelledby={id}
    >
      <Box sx={{ flex: 1 }}>
        <Typography id={id} sx={{ mb: 0.5 }}>
          {t("fileCheck.progress", { label, percent })}
        </Typography>
        <LinearProgress
          variant="determinate"
          value={percent}
          aria-labelledby={id}
        />
      </Box>
      <Button onClick={onCancel} sx={{ minHeight: 44 }}>
        {t("common.cancel")}
      </Button>
    </Box>
  );
}
