import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import CloudDoneOutlined from "@mui/icons-material/CloudDoneOutlined";
import CloudUploadOutlined from "@mui/icons-material/CloudUploadOutlined";
import WarningAmberOutlined from "@mui/icons-material/WarningAmberOutlined";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import type { Lesson } from "../../../domain/lessons/types";
import { StatusLine } from "../../../components/StatusLine";
import { useLessonSync } from "../queries";

/** Whether the lesson has reached the school server (shown only on a signed-in teacher's device). */
export function SyncStatus({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation("lessons");
  const state = useLessonSync(lesson);
  if (!state) return null;
  const icon = {
    reached: <CloudDoneOutlined color="success" />,
    waiting: <CloudUploadOutlined color="action" />,
    conflict: <WarningAmberOutlined color="warning" />,
  }[state];
  return (
    <StatusLine icon={icon}>
      {state === "conflict" ? (
        <Link component={RouterLink} to="/settings" variant="body2">
          {t("lessons.sync.conflict")}
        </Link>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t(`lessons.sync.${state}`)}
        </Typography>
      )}
    </StatusLine>
  );
}
