import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { expect, it } from "vitest";
import { LessonEditorModel } from "./pages/LessonEditorModel";
import { withBrowser } from "./support/browser";
import { PlansPageModel } from "./pages/PlansPageModel";

const browser = withBrowser();

it("a principal drafts the SDP from the Blueprint, sees criteria measured from lessons, and hands over a Word file", async () => {
  const { page, errors } = await browser.newPage();
  const editor = new LessonEditorModel(page);

  // Two lessons taught this year, each an AI teaching example.
  for (const template of [/^Fair data, fair AI\?/, /^Fact-check detectives/]) {
    await page.goto("/lessons/new");
    await page.getByRole("button", { name: template }).click();
    await editor.saved();
    await editor.select("Status", "taught");
    await page.getByRole("checkbox", { name: "AI teaching example" }).check();
    await editor.saved();
  }

  // A new plan from the Blueprint-aligned draft.
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "School plans" })
    .click();
  await new PlansPageModel(page).draft(
    "Example Secondary School",
    "Secondary school",
  );

  // This year's annual plan: the teaching-examples criterion is measured from the two lessons.
  await page.getByRole("tab", { name: "Annual plans" }).click();
  const examples = page.getByRole("region", {
    name: "Success criterion 1: At least 3 AI teaching examples or resources (planned)",
  });
  await examples.getByText("2 of 3 lessons · not yet met").waitFor();
  // The head sets this year's number; the criterion's words follow it.
  await examples.getByRole("textbox", { name: "Lessons, at least" }).fill("2");
  const edited = page.getByRole("region", {
    name: "Success criterion 1: At least 2 AI teaching examples or resources (planned)",
  });
  await edited.getByText("2 of 2 lessons · met").waitFor();

  // A sharing session held this term, recorded with its date and topic.
  await page.getByRole("tab", { name: "「智」啟學教" }).click();
  await page.getByRole("button", { name: "Add a sharing session" }).click();
  await page
    .getByRole("textbox", { name: "Topic" })
    .fill("AI feedback on students' writing");
  await page
    .getByRole("region", { name: "「智」啟學教 grant" })
    .getByText(/^2025\/26 to 2027\/28: 1 of 3 sessions/)
    .waitFor();

  // The School Report starts from that evidence.
  await page.getByRole("tab", { name: "School Report" }).click();
  const target = page.getByRole("region", {
    name: /^Target 1: Every teacher completes digital-education training/,
  });
  expect(
    await target.getByRole("combobox", { name: "Achievement" }).inputValue(),
  ).toBe("partlyAchieved");

  // Word, in Chinese and English, for the management committee.
  await page
    .getByRole("combobox", { name: "Document language" })
    .selectOption("both");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Word", exact: true }).click(),
  ]);
  const xml = strFromU8(
    unzipSync(new Uint8Array(readFileSync((await download.path()) ?? "")))[
      "word/document.xml"
    ]!,
  );
  expect(xml).toContain("Example Secondary School");
  expect(xml).toContain("學校發展計劃");
  expect(xml).toContain("School Development Plan");
  expect(xml).toContain("策略／工作");
  expect(xml).toContain("Strategies / Tasks");
  expect(xml).toContain(
    "At least 2 AI teaching examples or resources (planned): 2 of 2 lessons · met",
  );
  expect(xml).toContain("AI feedback on students&apos; writing"); // the session, as evidence

  // And a print layout for PDF.
  await page.getByRole("button", { name: "Print", exact: true }).click();
  await page.getByRole("button", { name: "Print or save as PDF" }).waitFor();
  // One Annual School Plan table per target (4) and year (3).
  expect(
    await page
      .getByRole("columnheader", { name: "Strategies / Tasks" })
      .count(),
  ).toBe(12);
  expect(errors).toEqual([]);
});
