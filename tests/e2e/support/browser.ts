import { mkdirSync } from "node:fs";
import { join } from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "playwright-core";
import { afterAll, afterEach, beforeAll, inject } from "vitest";
import { CHROMIUM, CHROMIUM_FLAGS as FLAGS } from "../../support/chromium";

const RESULTS = join(import.meta.dirname, "../../../test-results");

export const TABLET_LANDSCAPE = { width: 1024, height: 768 };
export const TABLET_PORTRAIT = { width: 768, height: 1024 };

/**
 * One browser per journey file; each journey gets a new context (a new device: empty storage,
 * no service worker). A failing journey leaves a screenshot in test-results/.
 */
export function withBrowser() {
  let browser: Browser;
  const open: { context: BrowserContext; page: Page }[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === "fail") {
      mkdirSync(RESULTS, { recursive: true });
      const name = ctx.task.name.replace(/[^\w-]+/g, "-").slice(0, 80);
      for (const [i, { page }] of open.entries()) {
        await page
          .screenshot({
            path: join(RESULTS, `${name}-${i}.png`),
            fullPage: true,
          })
          .catch(() => undefined);
      }
    }
    await Promise.all(open.splice(0).map(({ context }) => context.close()));
  });

  afterAll(async () => {
    await browser.close();
  });

  return {
    baseURL: () => inject("baseURL"),
    async newPage(options: BrowserContextOptions = {}) {
      const context = await browser.newContext({
        baseURL: inject("baseURL"),
        viewport: TABLET_LANDSCAPE,
        locale: "en-GB",
        hasTouch: true,
        ...options,
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      open.push({ context, page });
      return { context, page, errors };
    },
  };
}

/** Waits until the service worker controls the page, so the app will load with no network. */
export async function waitForOfflineReady(page: Page) {
  await page.waitForFunction(
    () => navigator.serviceWorker.controller !== null,
    undefined,
    { timeout: 30_000 },
  );
}
