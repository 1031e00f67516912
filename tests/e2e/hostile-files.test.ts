import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { fileProblemText } from "../../src/components/useFileProblemText";
import { createI18n } from "../../src/i18n";
import {
  CORPUS,
  fileOf,
  NEVER_SHOWN,
  type HostileCase,
} from "../fixtures/hostile/corpus";
import { testResources } from "../support/i18n";
import { withBrowser } from "./support/browser";
import { changedRecords, dumpIndexedDb } from "./support/indexedDb";

// The hostile-file corpus (tests/fixtures/hostile) through the real file inputs: every backup
// through Settings' restore, every share file through Coverage's import. Each is refused with a
// visible reason in the app's words (or does what its case says), no screen fails, no file's
// phishing line is shown, and the database is the same after as before.

const browser = withBrowser();
const DIR = join(import.meta.dirname, "../fixtures/hostile");
const t = createI18n({ language: "en", resources: testResources }).getFixedT(
  "en",
);
const SCREEN_FAILED = [
  t("shell.screenFailed"),
  testResources["zh-HK"].translation.shell.screenFailed,
];

async function fileFor(c: HostileCase) {
  return {
    name: `${c.name}.json`,
    mimeType: "application/json",
    buffer: Buffer.from(
      c.atTestTime ? await c.bytes() : readFileSync(join(DIR, fileOf(c))),
    ),
  };
}

/**
 * Nothing on screen is the app failing, or a file's words in the app's voice: a file's words
 * may appear only inside a refusal's quoted preview, headed as the file's (FileExcerpt).
 */
async function screenIsClean(page: Page, after: string) {
  const text = await page.locator("body").evaluate((body, caption) => {
    const copy = body.cloneNode(true) as HTMLElement;
    for (const figure of copy.querySelectorAll("figure")) {
      if (figure.querySelector("figcaption")?.textContent !== caption)
        throw new Error("a figure that is not a file's quoted preview");
      figure.remove();
    }
    return copy.textContent ?? "";
  }, t("files:fileCheck.excerpt"));
  for (const s of [...SCREEN_FAILED, ...NEVER_SHOWN])
    expect(text, `after ${after}`).not.toContain(s);
}

/** An entry's text without its quoted preview of the file's words, if it has one. */
const withoutPreview = (text: string) => {
  const at = text.indexOf(t("files:fileCheck.excerpt"));
  return at < 0 ? text : text.slice(0, at);
};

const chunks = <T>(list: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
    list.slice(i * size, (i + 1) * size),
  );

it("every hostile file, through Coverage's import and Settings' restore, is refused with a reason or does only what it should; the database is unchanged", async () => {
  const { page, errors } = await browser.newPage();
  const go = async (name: string) => {
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name })
      .click();
  };
  await page.goto("/settings");
  // The official frameworks are stored (the app does it at first start)…
  await page
    .getByText("AI Literacy Learning Framework (Primary and Secondary Schools)")
    .waitFor();
  const restoreInput = page.getByLabel("Restore from a backup…", {
    exact: true,
  });
  const confirm = page.getByRole("dialog", { name: "Restore this backup?" });
  const result = page
    .getByRole("alert")
    .filter({ hasText: /Nothing on this device was changed\.|^Restored\./ });

  // …and a teacher's work, from a backup of their old device; Coverage has indexed it.
  await restoreInput.setInputFiles(
    join(import.meta.dirname, "../fixtures/backup/v2.json"),
  );
  await confirm.getByRole("button", { name: "Restore" }).click();
  await result.getByText("Restored. Lessons: 2 · plans: 1.").waitFor();
  await go("Coverage");
  await page.getByText("2 lessons planned or taught").waitFor();
  const before = await dumpIndexedDb(page);

  // The head's side: teachers' share files, a handful at a time, each listed with its result.
  // None is imported: the dialog says what each holds, or why it is left out.
  const dialog = page.getByRole("dialog", { name: "Import teachers' lessons" });
  const shares = CORPUS.filter((c) => c.kind === "share");
  for (const batch of chunks(shares, 12)) {
    await page
      .getByLabel("Import teachers' files", { exact: true })
      .setInputFiles(await Promise.all(batch.map(fileFor)));
    for (const c of batch) {
      const entry = dialog
        .getByRole("listitem")
        .filter({ has: page.getByText(`${c.name}.json`, { exact: true }) });
      await entry.getByRole("alert").waitFor();
      const text = withoutPreview((await entry.textContent()) ?? "");
      if (c.gap) continue; // Not checked yet: see the case's gap.
      if (c.expected.outcome === "refused")
        expect(text, c.name).toBe(
          `${c.name}.json${fileProblemText(t, "coverage:import.problem", c.expected.problem)} ${t("coverage:import.leftOut")}`,
        );
      else
        expect(text, c.name).toMatch(
          new RegExp(
            `^${c.name}\\.json.*: ${c.expected.lessons} lessons?, shared `,
          ),
        );
    }
    await screenIsClean(page, batch.map((c) => c.name).join(", "));
    await dialog.getByRole("button", { name: "Close" }).click();
    await dialog.waitFor({ state: "hidden" });
  }
  expect(changedRecords(before, await dumpIndexedDb(page))).toEqual([]);

  // Every backup, one at a time: refused with the reason, or restored (Merge) changing nothing.
  await go("Settings");
  const backups = CORPUS.filter((c) => c.kind === "backup");
  const schoolFramework = backups.find(
    (c) =>
      c.expected.outcome === "accepted" &&
      c.expected.restore === "adds framework",
  )!;
  for (const c of backups.filter((c) => c !== schoolFramework)) {
    // The last file's result goes as the next file is picked: wait for that, then the new one.
    const previous =
      (await result.count()) > 0 ? await result.elementHandle() : null;
    await restoreInput.setInputFiles(await fileFor(c));
    await previous?.waitForElementState("hidden");
    if (c.gap) {
      // Not checked yet (see the case's gap): the app may offer it; it is never restored here.
      await confirm.or(result).first().waitFor();
      if (await confirm.isVisible())
        await confirm.getByRole("button", { name: "Cancel" }).click();
    } else if (c.expected.outcome === "refused") {
      const message = `${fileProblemText(t, "files:backup.problem", c.expected.problem)} ${t("files:backup.nothingChanged")}`;
      await result.getByText(message, { exact: true }).waitFor();
    } else {
      await confirm.getByRole("button", { name: "Restore" }).click();
      await result.getByText("Restored. Lessons: 0 · plans: 0.").waitFor();
    }
    await screenIsClean(page, c.name);
  }
  expect(changedRecords(before, await dumpIndexedDb(page))).toEqual([]);
  expect(await page.getByText("99.0.0").count()).toBe(0);

  // A framework nobody shipped, with items of its own: the school's, beside the official ones.
  await restoreInput.setInputFiles(await fileFor(schoolFramework));
  await confirm.getByRole("button", { name: "Restore" }).click();
  await page.getByText("St Mary's AI ladder").waitFor();
  const added = changedRecords(before, await dumpIndexedDb(page));
  expect(added.map(([where, was]) => [where, was])).toEqual([
    [
      'blueprint-planner/frameworkItems/"5c0a7e7e-0000-4000-8000-000000000002"',
      undefined,
    ],
    ['blueprint-planner/frameworks/"st-marys-ai-ladder"', undefined],
  ]);
  expect(errors).toEqual([]);
}, 240_000);
