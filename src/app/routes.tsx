import { lazy } from "react";
import { Navigate, type RouteObject } from "react-router";
import { AppShell } from "./AppShell";
import {
  CoveragePage,
  FrameworkListPage,
  LessonLibraryPage,
  PlansPage,
  SettingsPage,
  TrainingPage,
} from "./pages";

// Each section is its own chunk, so a first visit downloads only the shell and the page it opens.
const FrameworkPage = lazy(
  () => import("../features/framework/components/FrameworkPage"),
);
const NewLessonPage = lazy(
  () => import("../features/lessons/components/NewLessonPage"),
);
const LessonEditorPage = lazy(
  () => import("../features/lessons/components/LessonEditorPage"),
);
const LessonPrintPage = lazy(
  () => import("../features/lessons/components/LessonPrintPage"),
);
const WeekPage = lazy(() => import("../features/lessons/components/WeekPage"));
const PlanPrintPage = lazy(
  () => import("../features/plans/components/PlanPrintPage"),
);
const PlanEditorPage = lazy(
  () => import("../features/plans/components/PlanEditorPage"),
);
const NotFoundPage = lazy(() => import("./NotFoundPage"));

export const routes: RouteObject[] = [
  // Print layouts stand alone: no navigation on paper.
  { path: "/lessons/:lessonId/print", element: <LessonPrintPage /> },
  { path: "/plans/:planId/print", element: <PlanPrintPage /> },
  {
    path: "/",
    element: <AppShell />,
    children: [
      { index: true, element: <Navigate to="/framework" replace /> },
      { path: "framework", element: <FrameworkListPage /> },
      { path: "framework/:frameworkId", element: <FrameworkPage /> },
      { path: "framework/:frameworkId/:itemId", element: <FrameworkPage /> },
      { path: "lessons", element: <LessonLibraryPage /> },
      { path: "lessons/new", element: <NewLessonPage /> },
      { path: "lessons/week", element: <WeekPage /> },
      { path: "lessons/week/:date", element: <WeekPage /> },
      { path: "lessons/:lessonId", element: <LessonEditorPage /> },
      { path: "coverage", element: <CoveragePage /> },
      { path: "plans", element: <PlansPage /> },
      { path: "plans/:planId", element: <PlanEditorPage /> },
      { path: "training", element: <TrainingPage /> },
      { path: "settings", element: <SettingsPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];
