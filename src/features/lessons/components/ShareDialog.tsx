import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemButton from "@mui/material/ListItemButton";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import type { Lesson } from "../../../domain/lessons/types";
import { todayIso } from "../../../domain/lessons/lesson";
import { downloadBlob, safeFileName } from "../../../lib/download";
import { useLessonWrites } from "../mutations";
import { useTeacherName } from "../queries";

/**
 * A teacher hands chosen lessons to the school as one file (no server): the lessons the library's
 * filters show (a term, a class, a subject), all ticked, to untick what stays private.
 */
export default function ShareDialog({
  lessons,
  onClose,
}: {
  lessons: Lesson[];
  onClose: () => void;
}) {
  const { t } = useTranslation("lessons");
  const teacher = useTeacherName();
  const { shareFile } = useLessonWrites();
  const [failed, setFailed] = useState(false);
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const chosen = lessons.filter((l) => !left.has(l.id));
  const toggle = (id: string) =>
    setLeft((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const save = async () => {
    const name = teacher ?? "";
    setFailed(false);
    let blob: Blob;
    try {
      blob = await shareFile(name, chosen, __APP_VERSION__);
    } catch {
      setFailed(true);
      return;
    }
    downloadBlob(
      blob,
      safeFileName(
        `${t("lessons.share.fileName")} ${name} ${todayIso()}`,
        "json",
      ),
    );
    onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" scroll="paper">
      <DialogTitle>{t("lessons.share.title")}</DialogTitle>
      <DialogContent dividers>
        <Typography sx={{ mb: 1 }}>{t("lessons.share.intro")}</Typography>
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t("lessons.share.names")}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t("lessons.share.filters", { count: lessons.length })}
        </Typography>
        {teacher === "" && (
          <Alert
            severity="warning"
            sx={{ mb: 1 }}
            action={
              <Button component={RouterLink} to="/settings" color="inherit">
                {t("lessons.share.setName")}
              </Button>
            }
          >
            {t("lessons.share.noName")}
          </Alert>
        )}
        <Box sx={{ display: "flex", gap: 1 }}>
          <Button onClick={() => setLeft(new Set())}>
            {t("lessons.share.all")}
          </Button>
          <Button onClick={() => setLeft(new Set(lessons.map((l) => l.id)))}>
            {t("lessons.share.none")}
          </Button>
        </Box>
        <List dense aria-label={t("lessons.share.list")}>
          {lessons.map((l) => {
            const id = `share-${l.id}`;
            return (
              <ListItem key={l.id} disablePadding>
                <ListItemButton
                  onClick={() => toggle(l.id)}
                  sx={{ minHeight: 48 }}
                >
                  <ListItemIcon>
                    <Checkbox
                      edge="start"
                      checked={!left.has(l.id)}
                      tabIndex={-1}
                      disableRipple
                      slotProps={{ input: { "aria-labelledby": id } }}
                    />
                  </ListItemIcon>
                  <ListItemText
                    id={id}
                    primary={l.title}
                    secondary={[
                      l.className,
                      l.date,
                      t(`lessons.status.${l.status}`),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                    slotProps={{
                      primary: { sx: { overflowWrap: "anywhere" } },
                    }}
                  />
                </ListItemButton>
              </ListItem>
            );
          })}
        </List>
      </DialogContent>
      <DialogActions>
        {failed && (
          <Typography role="alert" color="error" sx={{ mr: "auto", ml: 1 }}>
            {t("lessons.share.failed")}
          </Typography>
        )}
        <Button onClick={onClose}>{t("common.cancel")}</Button>
        <Button
          variant="contained"
          disabled={chosen.length === 0 || teacher === undefined}
          onClick={() => void save()}
        >
          {t("lessons.share.save", { count: chosen.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
