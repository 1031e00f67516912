import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { useState, type ReactNode } from "react";
import TextField from "@mui/material/TextField";
import { useTranslation } from "react-i18next";
import { SchoolFrameworkChip } from "../../../components/SchoolFrameworkChip";
import { PageContainer } from "../../../components/PageContainer";
import { useLocale } from "../../../lib/useLocale";
import { formatBytes } from "../../../lib/formatBytes";
import {
  useAskForPersistence,
  usePersistence,
  useStorageUsage,
  useDeviceId,
  isShippedFramework,
  useStoredFrameworks,
  useTeacherName,
} from "../queries";
import { deviceCode } from "../../../domain/device";
import { useSettingsWrites } from "../mutations";
import { BackupSection } from "./BackupSection";
import { SchoolServerSection } from "./SchoolServerSection";

export default function SettingsPage() {
  const { t } = useTranslation(["settings", "files"]);
  return (
    <PageContainer>
      <Typography variant="h1" gutterBottom>
        {t("nav.settings")}
      </Typography>
      <ProfileSection />
      <Card title={t("school.title")}>
        <SchoolServerSection />
      </Card>
      <StorageSection />
      <Card title={t("files:backup.title")}>
        <BackupSection />
      </Card>
      <FrameworksSection />
      <Card title={t("settings.about")}>
        <Typography>
          {t("settings.appVersion", { version: __APP_VERSION__ })}
        </Typography>
        <Typography color="text.secondary">{t("settings.privacy")}</Typography>
      </Card>
    </PageContainer>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper
      variant="outlined"
      component="section"
      sx={{ p: { xs: 2, sm: 3 }, mb: 2 }}
    >
      <Typography variant="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** The teacher's name, which new lessons carry as their author (and share files later). */
function ProfileSection() {
  const { t } = useTranslation("settings");
  const stored = useTeacherName();
  const device = useDeviceId();
  const { saveTeacherName } = useSettingsWrites();
  const [name, setName] = useState<string | null>(null);
  if (stored === undefined) return null;
  return (
    <Card title={t("settings.profile")}>
      <TextField
        fullWidth
        label={t("settings.teacherName")}
        helperText={t("settings.teacherNameHint")}
        value={name ?? stored}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => {
          if (name !== null) void saveTeacherName(name);
        }}
      />
      {device !== undefined && (
        <Typography color="text.secondary" sx={{ mt: 2 }}>
          {device
            ? t("settings.deviceCode", { code: deviceCode(device) })
            : t("settings.deviceCodeNone")}
        </Typography>
      )}
    </Card>
  );
}

function StorageSection() {
  const { t, i18n } = useTranslation("settings");
  const persistence = usePersistence();
  const askForPersistence = useAskForPersistence();
  const usage = useStorageUsage();

  let state: ReactNode;
  if (persistence === undefined)
    state = <Alert severity="info">{t("settings.persistence.unknown")}</Alert>;
  else if (persistence.granted === true)
    state = (
      <Alert severity="success">{t("settings.persistence.granted")}</Alert>
    );
  else if (persistence.granted === null)
    state = (
      <Alert severity="warning">{t("settings.persistence.unsupported")}</Alert>
    );
  else
    state = (
      <Alert
        severity="warning"
        action={
          <Button
            color="inherit"
            sx={{ whiteSpace: "nowrap" }}
            onClick={askForPersistence}
          >
            {t("settings.persistence.askAgain")}
          </Button>
        }
      >
        {t("settings.persistence.denied")}
      </Alert>
    );

  return (
    <Card title={t("settings.storage")}>
      {state}
      {usage && (
        <>
          <Typography sx={{ mt: 2 }}>
            {t("settings.usage", {
              used: formatBytes(usage.usage, i18n.language),
              quota: formatBytes(usage.quota, i18n.language),
            })}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={
              usage.quota ? Math.min(100, (usage.usage / usage.quota) * 100) : 0
            }
            aria-label={t("settings.usageBar")}
            sx={{ mt: 1, height: 8, borderRadius: 4 }}
          />
        </>
      )}
    </Card>
  );
}

function FrameworksSection() {
  const { t } = useTranslation("settings");
  const locale = useLocale();
  const frameworks = useStoredFrameworks();
  return (
    <Card title={t("settings.frameworks")}>
      <List dense disablePadding>
        {(frameworks ?? []).map((fw) => (
          <ListItem key={fw.id} disableGutters>
            <ListItemText
              primary={fw.title[locale]}
              secondary={t("settings.frameworkVersion", {
                version: fw.version,
                count: fw.itemCount,
              })}
            />
            {!isShippedFramework(fw.id) && <SchoolFrameworkChip />}
          </ListItem>
        ))}
      </List>
    </Card>
  );
}
