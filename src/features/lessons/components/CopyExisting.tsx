import { lazy, Suspense, useState } from "react";
import Box from "@mui/material/Box";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import Button from "@mui/material/Button";
import { useTranslation } from "react-i18next";
import { SearchField } from "../../../components/SearchField";
import type { Lesson } from "../../../domain/lessons/types";
import { useLocale } from "../../../lib/useLocale";
import { useLessonLibrary, useLessonReads } from "../queries";

const CopyDialog = lazy(() => import("./CopyDialog"));

/** Starting point three: find one of your lessons and copy it to another class, date or year. */
export function CopyExisting() {
  const { t } = useTranslation("lessons");
  const { readLesson } = useLessonReads();
  const locale = useLocale();
  const [query, setQuery] = useState("");
  const [source, setSource] = useState<Lesson | null>(null);
  const page = useLessonLibrary({ query }, "updated", 8, locale);
  return (
    <Box component="section" aria-labelledby="copy-heading">
      <Typography variant="h2" id="copy-heading" gutterBottom>
        {t("lessons.start.copy")}
      </Typography>
      <SearchField
        label={t("lessons.search")}
        value={query}
        onChange={setQuery}
      />
      {page && page.total === 0 && (
        <Typography color="text.secondary">{t("lessons.noneYet")}</Typography>
      )}
      <Stack spacing={1}>
        {page?.lessons.map((l) => (
          <Button
            key={l.lessonId}
            variant="outlined"
            onClick={() =>
              // A lesson deleted meanwhile leaves the list; there is nothing to copy.
              void readLesson(l.lessonId).then(
                (found) => found && setSource(found),
              )
            }
            sx={{ justifyContent: "flex-start", textAlign: "left" }}
          >
            {t("lessons.start.copyThis", {
              title: l.title,
              details: [l.level, l.className, l.date]
                .filter(Boolean)
                .join(" · "),
            })}
          </Button>
        ))}
      </Stack>
      {source && (
        <Suspense fallback={null}>
          <CopyDialog lesson={source} onClose={() => setSource(null)} />
        </Suspense>
      )}
    </Box>
  );
}
