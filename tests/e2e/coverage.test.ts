import { expect, it } from "vitest";
import { LessonEditorModel } from "./pages/LessonEditorModel";
import { withBrowser } from "./support/browser";

const browser = withBrowser();

it("a head sees the school's coverage, finds the gaps, and opens the lessons behind a number", async () => {
  const { page, errors } = await browser.newPage();
  const editor = new LessonEditorModel(page);

  // Three teachers' lessons, from our templates: two taught, one only planned.
  const lessons = [
    { template: /^Fair data, fair AI\?/, status: "taught" },
    {
      template: /^Design an AI assistant for our community/,
      status: "planned",
    },
    { template: /^Fact-check detectives/, status: "taught" },
  ];
  for (const { template, status } of lessons) {
    await page.goto("/lessons/new");
    await page.getByRole("button", { name: template }).click();
    await editor.saved();
    await editor.select("Status", status);
    await editor.saved();
  }

  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Coverage" })
    .click();
  const map = page.getByRole("table");
  await map.waitFor();
  await page.getByText("3 lessons planned or taught").waitFor();

  // KS3: the classifier lesson covers KS3-L8; the cell proves it.
  await map.getByRole("button", { name: "Show the items under KS3-L" }).click();
  await map.getByRole("button", { name: /^KS3-L8 .*, KS3: 1 lesson/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("link", { name: /Fair data, fair AI\?/ }).click();
  await editor.title.waitFor();
  expect(await editor.title.inputValue()).toMatch(/^Fair data, fair AI\?/);
  await page.goBack();

  // Only taught lessons: the planned KS4 lesson drops out, and the view is in the address.
  await page
    .getByRole("combobox", { name: "Count lessons" })
    .selectOption("taught");
  await map.getByRole("button", { name: /^KS4 .*, All: 0 lessons/ }).waitFor();
  expect(page.url()).toContain("status=taught");

  // Gaps: KS3 learning focuses no KS3 lesson covers this year, with a template to start from.
  const ks3Gaps = page.getByRole("region", {
    name: /^KS3 learning focuses no KS3 class has been taught in/,
  });
  await ks3Gaps.getByText("KS3-A6").waitFor();
  expect(await ks3Gaps.getByText("KS3-L8").count()).toBe(0);
  await ks3Gaps
    .getByRole("link", { name: /^Suggested: Feedback, not ghost-writing/ })
    .first()
    .click();
  await page.getByRole("heading", { name: "New lesson" }).waitFor();
  expect(errors).toEqual([]);
});
