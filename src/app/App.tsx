import { Suspense, type ReactNode } from "react";
import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import { I18nextProvider } from "react-i18next";
import { BrowserRouter, MemoryRouter, useRoutes } from "react-router";
import type { i18n as I18n } from "i18next";
import { theme } from "./theme";
import { routes } from "./routes";
import { ServicesProvider } from "../services/ServicesProvider";
import type { AppServices } from "../services/services";

export function AppProviders({
  i18n,
  services,
  children,
}: {
  i18n: I18n;
  services: AppServices;
  children: ReactNode;
}) {
  return (
    <ServicesProvider services={services}>
      <I18nextProvider i18n={i18n}>
        <ThemeProvider theme={theme}>
          <CssBaseline enableColorScheme />
          {/* Waits for the reader's language file on the very first paint. */}
          <Suspense fallback={null}>{children}</Suspense>
        </ThemeProvider>
      </I18nextProvider>
    </ServicesProvider>
  );
}

function AppRoutes() {
  return useRoutes(routes);
}

/**
 * The whole app. Tests pass `initialPath` to start at a route without a browser URL.
 * Declarative routing keeps React Router's data-loading machinery, which the app does not
 * use (its data comes from IndexedDB), out of the first download.
 */
export function App({
  i18n,
  services,
  initialPath,
}: {
  i18n: I18n;
  services: AppServices;
  initialPath?: string;
}) {
  return (
    <AppProviders i18n={i18n} services={services}>
      {initialPath === undefined ? (
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      ) : (
        <MemoryRouter initialEntries={[initialPath]}>
          <AppRoutes />
        </MemoryRouter>
      )}
    </AppProviders>
  );
}
