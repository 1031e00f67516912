import { lazy, Suspense, useCallback } from "react";
import { useRegisterSW } from "virtual:pwa-register/react";
import AppBar from "@mui/material/AppBar";
import BottomNavigation from "@mui/material/BottomNavigation";
import BottomNavigationAction from "@mui/material/BottomNavigationAction";
import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Toolbar from "@mui/material/Toolbar";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import { Link as RouterLink, Outlet, useLocation } from "react-router";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "./LanguageSwitch";
import { OfflineIndicator } from "./OfflineIndicator";
import { UpdatePrompt } from "./UpdatePrompt";
import { NavigationRail } from "./NavigationRail";
import { RouteErrorBoundary } from "./RouteError";
import { useServices } from "../services/ServicesProvider";
import { useStore } from "../lib/useStore";

// Each loads only when needed: another tab upgraded the data; a write failed.
const ReloadNeeded = lazy(() => import("./ReloadNeeded"));
const WriteFailureAlert = lazy(() => import("./WriteFailureAlert"));
import { PageLoading } from "../components/PageLoading";
import { SECTIONS, sectionOfPath } from "./navigation";
import { useSectionLink } from "./useSectionLink";

export const RAIL_WIDTH = 96;
const BOTTOM_BAR_HEIGHT = 64;

/**
 * Landscape tablets and desktops get a side rail; portrait tablets and phones a bottom bar,
 * where the thumb already is.
 */
export function AppShell() {
  const { t } = useTranslation();
  const open = useSectionLink();
  const { pathname } = useLocation();
  const useRail = useMediaQuery(
    "(orientation: landscape) and (min-width: 600px)",
    { noSsr: true },
  );
  const current = sectionOfPath(pathname);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  const services = useServices();
  const outdated = useStore(services.outdated);
  const writeFailure = useStore(services.writes.failure);
  const hideOfflineReady = useCallback(
    () => setOfflineReady(false),
    [setOfflineReady],
  );

  return (
    <Box sx={{ minHeight: "100dvh", bgcolor: "background.default" }}>
      <Box
        component="a"
        href="#main"
        sx={{
          position: "absolute",
          left: 8,
          top: -48,
          zIndex: 2000,
          p: 1,
          bgcolor: "background.paper",
          "&:focus": { top: 8 },
        }}
      >
        {t("shell.skipToContent")}
      </Box>
      <AppBar
        position="sticky"
        color="default"
        elevation={0}
        sx={{
          borderBottom: 1,
          borderColor: "divider",
          pl: useRail ? `${RAIL_WIDTH}px` : 0,
          "@media print": { display: "none" },
        }}
      >
        <Toolbar sx={{ gap: 1.5 }}>
          <Typography
            component={RouterLink}
            to="/"
            variant="h6"
            noWrap
            sx={{
              flexGrow: 1,
              fontWeight: 700,
              color: "primary.main",
              textDecoration: "none",
              minWidth: 0,
            }}
          >
            {t("app.name")}
          </Typography>
          <OfflineIndicator
            offlineReady={offlineReady}
            onReadySeen={hideOfflineReady}
          />
          <LanguageSwitch />
        </Toolbar>
      </AppBar>
      {useRail && <NavigationRail current={current} width={RAIL_WIDTH} />}
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{
          ml: useRail ? `${RAIL_WIDTH}px` : 0,
          "@media print": { ml: 0, pb: 0 },
          pb: useRail ? 3 : `${BOTTOM_BAR_HEIGHT + 24}px`,
          outline: "none",
        }}
      >
        <RouteErrorBoundary key={pathname}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </Box>
      {!useRail && (
        <Paper
          component="nav"
          aria-label={t("shell.mainNavigation")}
          elevation={8}
          sx={{
            "@media print": { display: "none" },
            position: "fixed",
            bottom: 0,
            left: 0,
            right: 0,
            zIndex: "appBar",
          }}
        >
          <BottomNavigation
            showLabels
            value={current ?? false}
            sx={{ height: BOTTOM_BAR_HEIGHT }}
          >
            {SECTIONS.map((section) => (
              <BottomNavigationAction
                key={section.id}
                value={section.id}
                label={t(`nav.${section.id}`)}
                icon={section.icon}
                component={RouterLink}
                to={section.path}
                onClick={open(section)}
                aria-current={current === section.id ? "page" : undefined}
              />
            ))}
          </BottomNavigation>
        </Paper>
      )}
      {outdated && (
        <Suspense fallback={null}>
          <ReloadNeeded />
        </Suspense>
      )}
      {writeFailure && (
        <Suspense fallback={null}>
          <WriteFailureAlert
            failure={writeFailure}
            onDismiss={services.writes.dismiss}
            left={useRail ? RAIL_WIDTH : 0}
            bottom={useRail ? 0 : BOTTOM_BAR_HEIGHT}
          />
        </Suspense>
      )}
      <UpdatePrompt
        open={needRefresh}
        onLater={() => setNeedRefresh(false)}
        onReload={() => void updateServiceWorker(true)}
      />
    </Box>
  );
}
