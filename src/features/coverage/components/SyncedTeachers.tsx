import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/formatDate";
import { useLocale } from "../../../lib/useLocale";
import { useSyncedTeachers } from "../queries";

/** How fresh each teacher's lessons are on this device, when they come through the school server. */
export function SyncedTeachers() {
  const { t } = useTranslation("coverage");
  const locale = useLocale();
  const teachers = useSyncedTeachers();
  const [open, setOpen] = useState(false);
  if (!teachers?.length) return null;
  const when = (at: string | null) =>
    at ? formatDateTime(at, locale) : t("synced.never");
  const stalest = teachers[0]!;
  return (
    <Box
      component="section"
      aria-label={t("synced.show")}
      sx={{ mb: 2, "@media print": { display: "none" } }}
    >
      <Box
        sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 1 }}
      >
        <Typography color="text.secondary" sx={{ flex: 1, minWidth: 240 }}>
          {t("synced.summary", {
            count: teachers.length,
            teacher: stalest.teacher,
            when: when(stalest.syncedAt),
          })}
        </Typography>
        {teachers.length > 1 && (
          <Button
            onClick={() => setOpen(!open)}
            aria-expanded={open}
            sx={{ minHeight: 44 }}
          >
            {open ? t("synced.hide") : t("synced.show")}
          </Button>
        )}
      </Box>
      {open && (
        <List dense>
          {teachers.map((s) => (
            <ListItem key={s.owner} disableGutters>
              {t("synced.teacher", {
                teacher: s.teacher,
                when: when(s.syncedAt),
              })}
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
}
