import { lazy } from "react";
import { Navigate, type RouteObject } from "react-router";
import { AppShell } from "./AppShell";

// Each section is its own chunk, so a first visit downloads only the shell and the page it opens.
const FrameworkListPage = lazy(
  () => import("../features/framework/components/FrameworkListPage"),
);
const FrameworkPage = lazy(
  () => import("../features/framework/components/FrameworkPage"),
);
const SettingsPage = lazy(
  () => import("../features/settings/components/SettingsPage"),
);
const PlaceholderPage = lazy(() => import("./PlaceholderPage"));
const NotFoundPage = lazy(() => import("./NotFoundPage"));

export const routes: RouteObject[] = [
  {
    path: "/",
    element: <AppShell />,
    children: [
      { index: true, element: <Navigate to="/framework" replace /> },
      { path: "framework", element: <FrameworkListPage /> },
      { path: "framework/:frameworkId", element: <FrameworkPage /> },
      { path: "framework/:frameworkId/:itemId", element: <FrameworkPage /> },
      { path: "lessons/*", element: <PlaceholderPage section="lessons" /> },
      { path: "coverage/*", element: <PlaceholderPage section="coverage" /> },
      { path: "plans/*", element: <PlaceholderPage section="plans" /> },
      { path: "settings", element: <SettingsPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];
