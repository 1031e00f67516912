import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/App";
import { db } from "../../src/db/db";
import { ensureCurricula } from "../../src/db/curricula";
import { createI18n } from "../../src/i18n";
import { testResources } from "./i18n";
import type { Locale } from "../../src/domain/framework/types";

export { testResources };

/** Wipes the app's database, so each test starts from a new device. */
export async function resetDatabase() {
  db.close();
  await db.delete();
  await db.open();
}

/**
 * Renders the whole app (real providers, real routes, real IndexedDB via fake-indexeddb) at a route.
 * `seed: "curricula"` loads the shipped frameworks first, as a device that has run the app once.
 */
export async function renderApp(
  route: string,
  options: { language?: Locale; seed?: "curricula" | "none" } = {},
) {
  if ((options.seed ?? "curricula") === "curricula") await ensureCurricula(db);
  const i18n = createI18n({
    language: options.language ?? "en",
    resources: testResources,
  });
  const user = userEvent.setup();
  const view = render(<App i18n={i18n} initialPath={route} />);
  return { ...view, user, i18n };
}
