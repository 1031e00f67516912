import { lazy, Suspense, useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import { UndoSnackbar } from "../../../components/UndoSnackbar";
import LinearProgress from "@mui/material/LinearProgress";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import AddOutlined from "@mui/icons-material/AddOutlined";
import IosShareOutlined from "@mui/icons-material/IosShareOutlined";
import CalendarViewWeekOutlined from "@mui/icons-material/CalendarViewWeekOutlined";
import {
  Link as RouterLink,
  useLocation,
  useNavigate,
  useSearchParams,
} from "react-router";
import { useTranslation } from "react-i18next";
import { PageContainer } from "../../../components/PageContainer";
import { SearchField } from "../../../components/SearchField";
import type { LibraryFilter, LessonSort } from "../../../domain/lessons/filter";
import type { Lesson } from "../../../domain/lessons/types";
import { todayIso } from "../../../domain/lessons/lesson";
import { useLocale } from "../../../lib/useLocale";
import { useStableCallback } from "../../../lib/useStableCallback";

import { IndexStatus } from "../../../components/IndexStatus";
import { useLessonWrites } from "../mutations";
import { useIndexState, useLessonReads, useLibraryView } from "../queries";
import { LessonCard } from "./LessonCard";
import { LibraryFilters } from "./LibraryFilters";

const ShareDialog = lazy(() => import("./ShareDialog"));

const PAGE = 20;

function filterFrom(params: URLSearchParams): LibraryFilter {
  const get = (k: string) => params.get(k) || undefined;
  return {
    schoolYear: get("year"),
    term: get("term") ? Number(get("term")) : undefined,
    level: get("level") as LibraryFilter["level"],
    subject: get("subject"),
    className: get("class"),
    author: get("teacher"),
    status: get("status") as LibraryFilter["status"],
    itemId: get("item"),
    query: get("q"),
  };
}

/** Every lesson on the device, filtered and searched; filters live in the URL so a view can be bookmarked. */
export default function LessonLibraryPage() {
  const { t } = useTranslation("lessons");
  const locale = useLocale();
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const [limit, setLimit] = useState(PAGE);
  const [sharing, setSharing] = useState<Lesson[] | null>(null);
  const filter = filterFrom(params);
  const { findLessons } = useLessonReads();
  const { restoreLesson } = useLessonWrites();
  const sort = (params.get("sort") as LessonSort | null) ?? "date";
  const view = useLibraryView(filter, sort, limit, locale);
  const index = useIndexState();
  const page = view?.page;
  const deleted = (
    location.state as { deleted?: { id: string; title: string } } | null
  )?.deleted;

  // Stable, so the filters that did not change are not rendered again. Date order is the
  // default, so it leaves the address.
  const setParam = useStableCallback((key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value && !(key === "sort" && value === "date")) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setLimit(PAGE);
  });

  return (
    <PageContainer wide>
      <Box
        sx={{
          display: "flex",
          flexWrap: "wrap",
          gap: 1,
          alignItems: "center",
          mb: 2,
        }}
      >
        <Typography variant="h1" sx={{ flex: 1 }}>
          {t("lessons.library")}
        </Typography>
        <Button
          startIcon={<IosShareOutlined />}
          disabled={!page?.total}
          onClick={() =>
            void findLessons(filter, sort, locale).then(setSharing)
          }
        >
          {t("lessons.share.open")}
        </Button>
        <Button
          startIcon={<CalendarViewWeekOutlined />}
          component={RouterLink}
          to={`/lessons/week/${todayIso()}`}
        >
          {t("lessons.week.open")}
        </Button>
        <Button
          variant="contained"
          startIcon={<AddOutlined />}
          component={RouterLink}
          to="/lessons/new"
        >
          {t("lessons.new")}
        </Button>
      </Box>
      <SearchField
        label={t("lessons.search")}
        placeholder={t("lessons.searchPlaceholder")}
        value={params.get("q") ?? ""}
        onChange={(v) => setParam("q", v)}
      />
      {view === undefined || page === undefined ? (
        <LinearProgress aria-label={t("shell.loading")} />
      ) : (
        <>
          <LibraryFilters
            params={params}
            setParam={setParam}
            sort={sort}
            facets={view.facets}
            items={view.items}
          />
          <Typography role="status" color="text.secondary" sx={{ my: 2 }}>
            {t("lessons.count", { count: page.total })}
          </Typography>
          <IndexStatus state={index.state} onRetry={index.retry} />
          {page.total === 0 && index.state === "ready" && (
            <Typography sx={{ mb: 2 }}>
              {params.size > 0 ? t("lessons.noneMatch") : t("lessons.noneYet")}
            </Typography>
          )}
          <Stack
            component="ul"
            spacing={1.5}
            sx={{ listStyle: "none", p: 0, m: 0 }}
          >
            {page.lessons.map((l) => (
              <li key={l.lessonId}>
                <LessonCard lesson={l} />
              </li>
            ))}
          </Stack>
          {page.total > page.lessons.length && (
            <Button sx={{ mt: 2 }} onClick={() => setLimit((n) => n + PAGE)}>
              {t("lessons.showMore", {
                shown: page.lessons.length,
                total: page.total,
              })}
            </Button>
          )}
        </>
      )}
      {sharing && (
        <Suspense fallback={null}>
          <ShareDialog lessons={sharing} onClose={() => setSharing(null)} />
        </Suspense>
      )}
      <UndoSnackbar
        open={!!deleted}
        onClose={() =>
          void navigate(location.pathname + location.search, {
            replace: true,
            state: null,
          })
        }
        message={t("lessons.deleted", { title: deleted?.title ?? "" })}
        onUndo={() => {
          if (!deleted) return;
          void restoreLesson(deleted.id).then(
            (restored) =>
              restored && navigate(`/lessons/${deleted.id}`, { replace: true }),
          );
        }}
      />
    </PageContainer>
  );
}
