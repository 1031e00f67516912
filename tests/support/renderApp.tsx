import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/App";
import { createI18n } from "../../src/i18n";
import { testResources } from "./i18n";
import { createServices } from "../../src/services/services";
import { appServices } from "./services";
import type { Locale } from "../../src/domain/framework/types";

export { testResources };

/**
 * Renders the whole app (real providers, real routes, this test's services over fake-indexeddb)
 * at a route. `seed: "curricula"` loads the shipped frameworks first, as a device that has run
 * the app once; with "none", the test starts that itself (appServices().curricula.ensure()).
 */
export async function renderApp(
  route: string,
  options: { language?: Locale; seed?: "curricula" | "none" } = {},
) {
  const services = appServices();
  if ((options.seed ?? "curricula") === "curricula")
    await services.curricula.ensure();
  const i18n = createI18n({
    language: options.language ?? "en",
    resources: testResources,
  });
  const user = userEvent.setup();
  const view = render(
    <App i18n={i18n} services={services} initialPath={route} />,
  );
  return { ...view, user, i18n, services };
}

/**
 * The app at a route in a second tab of the same device: its own services (connection, caches,
 * journals) over this test's database, rendered beside the first. Stop it at the end (`close`).
 */
export function renderSecondTab(route: string) {
  const first = appServices();
  const services = createServices({
    databaseName: first.db.name,
    saveDelayMs: first.settings.saveDelayMs,
    saveMaxWaitMs: first.settings.saveMaxWaitMs,
  });
  const i18n = createI18n({ language: "en", resources: testResources });
  const user = userEvent.setup();
  const view = render(
    <App i18n={i18n} services={services} initialPath={route} />,
  );
  return {
    ...view,
    user,
    services,
    close: () => {
      view.unmount();
      services.stop();
    },
  };
}
