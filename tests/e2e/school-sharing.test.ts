import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import type { Lesson } from "../../src/domain/lessons/types";
import { makeShareFile } from "../../src/domain/share/share";
import { makeLesson } from "../support/factories";
import { AI_LITERACY, shippedItems } from "../support/frameworks";
import { LessonEditorModel } from "./pages/LessonEditorModel";
import { withBrowser } from "./support/browser";

const browser = withBrowser();

/** Another teacher's share file, as their own device would have saved it. */
async function colleagueFile(teacher: string, titles: string[]) {
  const item = (code: string) =>
    shippedItems(AI_LITERACY).find((i) => i.code === code)!.id;
  const lessons: Lesson[] = titles.map((title, i) =>
    makeLesson({
      title,
      author: teacher,
      level: "S2",
      className: `2${"ABC"[i]}`,
      subject: "ict",
      schoolYear: "2026/27",
      term: 1,
      date: "2026-11-10",
      status: "taught",
      mappings: [
        {
          frameworkId: AI_LITERACY,
          itemId: item("KS3-A6"),
          emphasis: "develop",
        },
      ],
    }),
  );
  const file = await makeShareFile(
    { teacher, device: crypto.randomUUID() },
    lessons,
    "0.2.0",
  );
  return {
    name: `${teacher}.json`,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  };
}

it("a teacher shares a term's lessons, a head imports them with two colleagues' files and sees all three teachers; a hostile file changes nothing", async () => {
  // The teacher's tablet: name in Settings, two lessons from templates, then share term 1.
  const teacher = await browser.newPage();
  const editor = new LessonEditorModel(teacher.page);
  await teacher.page.goto("/settings");
  await teacher.page
    .getByRole("textbox", { name: "Your name" })
    .fill("Ms Chan");
  await teacher.page.getByRole("textbox", { name: "Your name" }).blur();
  for (const template of [/^Fair data, fair AI\?/, /^Fact-check detectives/]) {
    await teacher.page.goto("/lessons/new");
    await teacher.page.getByRole("button", { name: template }).click();
    await editor.saved();
    await editor.select("Status", "taught");
    await editor.saved();
  }
  await teacher.page.goto("/lessons");
  await teacher.page.getByRole("combobox", { name: "Term" }).selectOption("1");
  await teacher.page.getByText("2 lessons", { exact: true }).waitFor();
  await teacher.page.getByRole("button", { name: "Share…" }).click();
  const share = teacher.page.getByRole("dialog", {
    name: "Share lessons with your school",
  });
  const [download] = await Promise.all([
    teacher.page.waitForEvent("download"),
    share.getByRole("button", { name: "Save share file (2 lessons)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^lessons Ms Chan .*\.json$/);
  const chansFile = {
    name: "Ms Chan.json",
    mimeType: "application/json",
    buffer: await readFile(await download.path()),
  };

  // The head's tablet: another device, empty. Three teachers' files in one go.
  const head = await browser.newPage();
  const alerts: string[] = [];
  head.page.on("dialog", (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });
  await head.page.goto("/coverage?by=author");
  await head.page.getByRole("table").waitFor();
  await head.page
    .getByLabel("Import teachers' files", { exact: true })
    .setInputFiles([
      chansFile,
      await colleagueFile("Mr Lee", [
        "Bias in the training data",
        '<img src=x onerror="alert(1)">\u202Eexe.txt',
      ]),
      await colleagueFile("黃老師", ["Who made this picture?"]),
    ]);
  const dialog = head.page.getByRole("dialog", {
    name: "Import teachers' lessons",
  });
  await dialog.getByText(/Ms Chan: 2 lessons/).waitFor();
  await dialog.getByText(/Mr Lee: 2 lessons/).waitFor();
  await dialog.getByText(/黃老師: 1 lesson/).waitFor();
  await dialog.getByText("New: 5 · Updated: 0 · Already here: 0").waitFor();
  await dialog.getByRole("button", { name: "Import" }).click();
  await head.page.getByText(/^Imported 3 files: 5 new/).waitFor();

  // Coverage by teacher: a column for each of the three.
  const map = head.page.getByRole("table");
  for (const name of ["Ms Chan", "Mr Lee", "黃老師"])
    await map.getByRole("columnheader", { name }).waitFor();
  await head.page.getByText("5 lessons planned or taught").waitFor();

  // A hostile file: refused with the reason; nothing changes.
  const hostile = JSON.stringify({
    format: "blueprint-planner/lessons",
    formatVersion: 1,
    createdAt: "2026-11-25T00:00:00Z",
    appVersion: "9",
    checksum: "0".repeat(64),
    data: { teacher: "<script>alert(2)</script>", lessons: [{ id: "x" }] },
  });
  await head.page
    .getByLabel("Import teachers' files", { exact: true })
    .setInputFiles({
      name: "hostile.json",
      mimeType: "application/json",
      buffer: Buffer.from(hostile),
    });
  await dialog
    .getByText(
      /This file has data the app cannot accept .*This file is left out\./,
    )
    .waitFor();
  expect(
    await dialog.getByRole("button", { name: "Import" }).isDisabled(),
  ).toBe(true);
  await dialog.getByRole("button", { name: "Close" }).click();
  await head.page.getByText("5 lessons planned or taught").waitFor();
  await head.page
    .getByText(
      /Lessons from 3 teachers' share files: Mr Lee \(2 lessons\), Ms Chan \(2 lessons\), 黃老師 \(1 lesson\)/,
    )
    .waitFor();

  // In the library, the head narrows to one teacher; the hostile title is only text.
  await head.page.goto("/lessons");
  await head.page.getByText("5 lessons", { exact: true }).waitFor();
  await head.page
    .getByRole("combobox", { name: "Teacher" })
    .selectOption("Mr Lee");
  await head.page.getByText("2 lessons", { exact: true }).waitFor();
  await head.page
    .getByText('<img src=x onerror="alert(1)">', { exact: false })
    .waitFor();
  expect(alerts).toEqual([]);
  expect([...teacher.errors, ...head.errors]).toEqual([]);
});
