import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { expect, it } from "vitest";
import { LessonEditorModel } from "./pages/LessonEditorModel";
import {
  TABLET_PORTRAIT,
  waitForOfflineReady,
  withBrowser,
} from "./support/browser";

const browser = withBrowser();

it("on a tablet, a teacher writes a lesson from a template, maps it, edits it offline, and exports it to Word", async () => {
  const { context, page, errors } = await browser.newPage({
    viewport: TABLET_PORTRAIT,
  });
  const editor = new LessonEditorModel(page);

  await page.goto("/lessons/new");
  await waitForOfflineReady(page);

  // Start from our KS2 fact-checking template: a complete lesson, already saved.
  await page.getByRole("button", { name: /^Fact-check detectives/ }).tap();
  await editor.saved();
  expect(await editor.title.inputValue()).toMatch(/^Fact-check detectives/);

  // Class and slot, then two more learning focuses and a strategy from the stored frameworks.
  await page.getByRole("textbox", { name: "Class" }).fill("5C");
  await editor.select("Period", "3");
  await editor.mapTo([
    { framework: "AI Literacy Learning Framework", code: "KS2-A2" },
    { framework: "AI Literacy Learning Framework", code: "KS2-P4" },
    { framework: "Digital Education Blueprint", code: "S9" },
  ]);
  for (const code of ["KS2-A2", "KS2-P4", "S9"])
    await editor.lessonMappings.getByText(code, { exact: true }).waitFor();
  await editor.saved();

  // The Wi-Fi drops. The teacher keeps writing; it is saved on the tablet.
  await context.setOffline(true);
  await editor.title.fill("Fact-check detectives (edited offline)");
  await page
    .getByRole("textbox", { name: "Reflection" })
    .fill("Groups found 3 of the 4 errors.");
  await editor.saved();

  // Reload with no network: the app, the lesson and every edit are still there.
  await page.reload();
  await editor.title.waitFor();
  expect(await editor.title.inputValue()).toBe(
    "Fact-check detectives (edited offline)",
  );
  expect(
    await page.getByRole("textbox", { name: "Reflection" }).inputValue(),
  ).toBe("Groups found 3 of the 4 errors.");
  expect(await page.getByRole("textbox", { name: "Class" }).inputValue()).toBe(
    "5C",
  );
  for (const code of ["KS2-A4", "KS2-A2", "KS2-P4", "S9"])
    await editor.lessonMappings.getByText(code, { exact: true }).waitFor();

  // Word export, still offline: the document holds the lesson's text and mappings.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Word", exact: true }).tap(),
  ]);
  expect(download.suggestedFilename()).toBe(
    "Fact-check detectives (edited offline).docx",
  );
  const docx = unzipSync(
    new Uint8Array(readFileSync((await download.path()) ?? "")),
  );
  const xml = strFromU8(docx["word/document.xml"]!);
  expect(xml).toContain("Fact-check detectives (edited offline)");
  expect(xml).toContain(
    "KS2-A2 Choose suitable AI tools and write prompts for a task",
  );
  expect(xml).toContain("S9 ");
  expect(xml).toContain("Groups found 3 of the 4 errors.");
  expect(errors).toEqual([]);
});
