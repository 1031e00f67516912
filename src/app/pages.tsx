import { lazy, useState, type ComponentType } from "react";
import type { SectionId } from "./navigation";

type Module = { default: ComponentType };

/**
 * A page in its own chunk that can also be loaded ahead of time. Once loaded, it renders at
 * once instead of suspending: a navigation that suspends waits for React's reveal throttle
 * (about 300 ms), which is most of what opening a section used to cost.
 */
export function lazyPage(load: () => Promise<Module>) {
  let loaded: ComponentType | undefined;
  let loading: Promise<Module> | undefined;
  const preload = () =>
    (loading ??= load().then((m) => {
      loaded = m.default;
      return m;
    }));
  const Lazy = lazy(preload);
  function Page() {
    // Chosen once per mount: switching from Lazy to the loaded component later would remount
    // the page and lose what is on it.
    const [Component] = useState(() => loaded ?? Lazy);
    return <Component />;
  }
  return Object.assign(Page, { preload });
}

export const FrameworkListPage = lazyPage(
  () => import("../features/framework/components/FrameworkListPage"),
);
export const LessonLibraryPage = lazyPage(
  () => import("../features/lessons/components/LessonLibraryPage"),
);
export const CoveragePage = lazyPage(
  () => import("../features/coverage/components/CoveragePage"),
);
export const PlansPage = lazyPage(
  () => import("../features/plans/components/PlansPage"),
);
export const TrainingPage = lazyPage(
  () => import("../features/training/components/TrainingPage"),
);
export const SettingsPage = lazyPage(
  () => import("../features/settings/components/SettingsPage"),
);

/** Each section's first page, and the strings it needs beyond the shell's. */
export const SECTION_PAGES: Record<
  SectionId,
  { preload: () => Promise<unknown>; namespace?: string }
> = {
  framework: FrameworkListPage,
  lessons: { preload: LessonLibraryPage.preload, namespace: "lessons" },
  coverage: { preload: CoveragePage.preload, namespace: "coverage" },
  plans: { preload: PlansPage.preload, namespace: "plans" },
  training: { preload: TrainingPage.preload, namespace: "training" },
  settings: SettingsPage,
};
