import { useDeferredValue, useMemo } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Breadcrumbs from "@mui/material/Breadcrumbs";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import ArrowBack from "@mui/icons-material/ArrowBack";
import {
  Link as RouterLink,
  useNavigate,
  useParams,
  useSearchParams,
} from "react-router";
import { useTranslation } from "react-i18next";
import { PageContainer } from "../../../components/PageContainer";
import { SearchField } from "../../../components/SearchField";
import { searchItems } from "../../../domain/framework/search";
import type { FrameworkItemRecord } from "../../../domain/framework/types";
import { useLocale } from "../../../lib/useLocale";
import { useFramework } from "../queries";
import { CurriculaGate } from "./CurriculaGate";
import { FrameworkTree } from "./FrameworkTree";
import { ItemPanel } from "./ItemPanel";
import { SearchResults } from "./SearchResults";

/**
 * One framework: its tree (or search results) beside the selected item on wide screens;
 * on a portrait tablet or phone, the item opens as its own view with a way back.
 * The search text lives in the URL (?q=), so back, reload and shared links keep it.
 */
export default function FrameworkPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { frameworkId = "", itemId } = useParams();
  const [params, setParams] = useSearchParams();
  const query = params.get("q") ?? "";
  const deferredQuery = useDeferredValue(query);
  const data = useFramework(frameworkId);
  const twoPanes = useMediaQuery("(min-width: 960px)", { noSsr: true });

  const hits = useMemo(
    () => (data ? searchItems(data.items, deferredQuery) : []),
    [data, deferredQuery],
  );

  if (data === undefined)
    return (
      <PageContainer>
        <CurriculaGate />
      </PageContainer>
    );
  if (data === null) {
    return (
      <PageContainer>
        <Alert
          severity="warning"
          action={
            <Button component={RouterLink} to="/framework">
              {t("framework.allFrameworks")}
            </Button>
          }
        >
          {t("framework.notFound")}
        </Alert>
      </PageContainer>
    );
  }

  const { framework, items, byId } = data;
  const search = query ? `?q=${encodeURIComponent(query)}` : "";
  const linkTo = (item: FrameworkItemRecord) =>
    `/framework/${item.frameworkId}/${item.id}${search}`;
  const selected = itemId ? byId.get(itemId) : undefined;

  const itemView = itemId ? (
    selected ? (
      <ItemPanel
        item={selected}
        framework={framework}
        items={items}
        byId={byId}
        locale={locale}
        linkTo={linkTo}
      />
    ) : (
      <Alert severity="warning">{t("framework.itemNotFound")}</Alert>
    )
  ) : (
    <Typography color="text.secondary">{t("framework.pickAnItem")}</Typography>
  );

  const browse = (
    <>
      <SearchField
        label={t("framework.searchLabel")}
        placeholder={t("framework.searchPlaceholder")}
        value={query}
        onChange={(next) =>
          setParams(next ? { q: next } : {}, { replace: true })
        }
      />
      {query.trim() ? (
        <SearchResults
          hits={hits}
          byId={byId}
          locale={locale}
          linkTo={linkTo}
          selectedId={itemId}
        />
      ) : (
        <FrameworkTree
          items={items}
          byId={byId}
          selectedId={itemId}
          locale={locale}
          label={framework.shortTitle[locale]}
          onSelect={(id) =>
            void navigate(`/framework/${framework.id}/${id}${search}`)
          }
        />
      )}
    </>
  );

  const header = (
    <Box sx={{ mb: 2 }}>
      <Breadcrumbs aria-label={t("framework.breadcrumbs")} sx={{ mb: 0.5 }}>
        <Link component={RouterLink} to="/framework" underline="hover">
          {t("framework.listTitle")}
        </Link>
        <Typography color="text.primary">
          {framework.shortTitle[locale]}
        </Typography>
      </Breadcrumbs>
      <Typography variant="h1" lang={locale}>
        {framework.title[locale]}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t("framework.versionLine", { version: framework.version })}
        {framework.officialLanguage !== locale &&
          ` · ${t("framework.translationNote")}`}
      </Typography>
    </Box>
  );

  if (twoPanes) {
    return (
      <PageContainer wide>
        {header}
        <Box
          sx={{
            display: "grid",
            gridTemplateColumns: "minmax(0, 5fr) minmax(0, 6fr)",
            gap: 3,
            alignItems: "start",
          }}
        >
          <Box>{browse}</Box>
          <Paper
            variant="outlined"
            sx={{
              p: 3,
              position: "sticky",
              top: 80,
              maxHeight: "calc(100dvh - 100px)",
              overflowY: "auto",
            }}
          >
            {itemView}
          </Paper>
        </Box>
      </PageContainer>
    );
  }

  return (
    <PageContainer>
      {header}
      {itemId ? (
        <>
          <Button
            startIcon={<ArrowBack />}
            component={RouterLink}
            to={`/framework/${framework.id}${search}`}
            sx={{ mb: 1 }}
          >
            {query ? t("framework.backToResults") : t("framework.backToTree")}
          </Button>
          <Paper variant="outlined" sx={{ p: 2 }}>
            {itemView}
          </Paper>
        </>
      ) : (
        browse
      )}
    </PageContainer>
  );
}
