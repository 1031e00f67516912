import { useEffect } from "react";
import Chip from "@mui/material/Chip";
import CloudOffOutlined from "@mui/icons-material/CloudOffOutlined";
import CloudDoneOutlined from "@mui/icons-material/CloudDoneOutlined";
import { useTranslation } from "react-i18next";
import { useOnlineStatus } from "../lib/useOnlineStatus";

const READY_MESSAGE_MS = 8000;

/**
 * Connection status in the app bar: "Offline" whenever there is no network (everything keeps
 * working), and, once after the first visit, "Ready offline" when the app is stored for offline use.
 */
export function OfflineIndicator({
  offlineReady,
  onReadySeen,
}: {
  offlineReady: boolean;
  onReadySeen: () => void;
}) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  useEffect(() => {
    if (!offlineReady) return undefined;
    const timer = setTimeout(onReadySeen, READY_MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, onReadySeen]);

  return (
    <div role="status" aria-live="polite">
      {!online ? (
        <Chip
          icon={<CloudOffOutlined />}
          label={t("shell.offline")}
          title={t("shell.offlineHint")}
          color="warning"
          size="small"
        />
      ) : offlineReady ? (
        <Chip
          icon={<CloudDoneOutlined />}
          label={t("shell.offlineReadyShort")}
          title={t("shell.offlineReady")}
          color="success"
          size="small"
          variant="outlined"
        />
      ) : null}
    </div>
  );
}
