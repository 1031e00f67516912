import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import List from "@mui/material/List";
import ListItemButton from "@mui/material/ListItemButton";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import type {
  FrameworkItemRecord,
  Locale,
} from "../../../domain/framework/types";
import { subjectName } from "../../../domain/lessons/subjects";
import { useLessonSummaries } from "../queries";

interface Props {
  item: FrameworkItemRecord;
  where: string;
  lessonIds: string[];
  locale: Locale;
  onClose: () => void;
}

/** The lessons behind a number: every count on the map can be proved. */
export function CellLessons({
  item,
  where,
  lessonIds,
  locale,
  onClose,
}: Props) {
  const { t } = useTranslation("coverage");
  const lessons = useLessonSummaries(lessonIds);
  const fullScreen = useMediaQuery("(max-width: 599px)", { noSsr: true });
  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      fullScreen={fullScreen}
      scroll="paper"
    >
      <DialogTitle>
        {item.code} · <span lang={locale}>{item.title[locale]}</span>
      </DialogTitle>
      <DialogContent dividers>
        <Typography sx={{ mb: 1 }}>{item.description[locale]}</Typography>
        <Typography role="status" color="text.secondary" sx={{ mb: 1 }}>
          {t("lessonsIn", { count: lessonIds.length, where })}
        </Typography>
        <List aria-label={t("lessonsBehind")}>
          {(lessons ?? []).map((l) => (
            <ListItemButton
              key={l.lessonId}
              component={RouterLink}
              to={`/lessons/${l.lessonId}`}
            >
              <ListItemText
                primary={l.title}
                secondary={[
                  l.date,
                  l.level,
                  l.className,
                  l.subject && subjectName(l.subject, locale),
                  l.author,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              />
              <Chip size="small" label={t(`status.${l.status}`)} />
            </ListItemButton>
          ))}
        </List>
        <Button
          component={RouterLink}
          to={`/framework/${item.frameworkId}/${item.id}`}
        >
          {t("openItem")}
        </Button>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t("close")}</Button>
      </DialogActions>
    </Dialog>
  );
}
