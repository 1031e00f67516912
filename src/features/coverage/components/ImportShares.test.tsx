import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { makeLesson } from "../../../../tests/support/factories";
import { AI_LITERACY } from "../../../../tests/support/frameworks";
import { renderApp } from "../../../../tests/support/renderApp";
import { ensureCurricula } from "../../../db/curricula";
import type { Lesson } from "../../../domain/lessons/types";
import { makeShareFile } from "../../../domain/share/share";
import { db } from "../../../../tests/support/services";

let a4: string;
beforeEach(async () => {
  await ensureCurricula(db());
  a4 = (await db()
    .frameworkItems.where("[frameworkId+code]")
    .equals([AI_LITERACY, "KS2-A4"])
    .first())!.id;
});

const taught = (overrides: Partial<Lesson>) =>
  makeLesson({
    level: "P5",
    className: "5A",
    schoolYear: "2026/27",
    status: "taught",
    mappings: [{ frameworkId: AI_LITERACY, itemId: a4, emphasis: "develop" }],
    ...overrides,
  });

async function shareFile(name: string, teacher: string, lessons: Lesson[]) {
  const file = await makeShareFile(teacher, lessons, "0.2.0");
  return new File([JSON.stringify(file)], name, { type: "application/json" });
}

describe("sharing lessons with the school", () => {
  it("a head imports several files, sees a refused one and why, and the coverage counts them", async () => {
    const files = [
      await shareFile("chan.json", "Ms Chan", [
        taught({ title: "A" }),
        taught({ title: "B" }),
      ]),
      await shareFile("lee.json", "Mr Lee", [
        taught({ title: "C", className: "5B" }),
      ]),
      await shareFile("odd.json", '<img src=x onerror="alert(1)">\u202E', [
        taught({ title: "<script>alert(2)</script>" }),
      ]),
      new File(
        ['{"format":"blueprint-planner/lessons","formatVersion":1,'],
        "broken.json",
      ),
    ];
    const { user } = await renderApp("/coverage?year=2026/27&by=className");
    await user.upload(
      await screen.findByLabelText("Import teachers' files", {
        selector: "input",
      }),
      files,
    );
    const dialog = await screen.findByRole("dialog", {
      name: "Import teachers' lessons",
    });
    expect(
      within(dialog).getByText(/Ms Chan: 2 lessons, shared/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/Mr Lee: 1 lesson, shared/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        /not a complete share file.*This file is left out/,
      ),
    ).toBeInTheDocument();
    // Hostile text in a file is shown as text, never as markup.
    expect(
      within(dialog).getByText(/^<img src=x onerror="alert\(1\)">/),
    ).toBeInTheDocument();
    expect(dialog.querySelector("img, script")).toBeNull();
    expect(within(dialog).getByText(/New: 4 · Updated: 0/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Import" }));
    expect(
      await screen.findByText(/Imported 3 files: 4 new, 0 updated/),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        /Lessons from 3 teachers' share files: .*Mr Lee \(1 lesson\), Ms Chan \(2 lessons\)/,
      ),
    ).toBeInTheDocument();
    expect(await db().lessons.count()).toBe(4);
  });

  it("asks which version to keep when both sides changed, in Chinese, and imports nothing until chosen", async () => {
    const base = taught({
      title: "原本",
      updatedAt: "2026-11-01T00:00:00.000Z",
    });
    const { user } = await renderApp("/coverage", { language: "zh-HK" });
    const input = await screen.findByLabelText("匯入教師檔案", {
      selector: "input",
    });
    await user.upload(input, await shareFile("a.json", "陳老師", [base]));
    await user.click(
      within(await screen.findByRole("dialog")).getByRole("button", {
        name: "匯入",
      }),
    );
    await screen.findByText(/已匯入 1 個檔案/);
    await db().lessons.put({
      ...base,
      title: "主任修訂",
      updatedAt: "2026-11-03T00:00:00.000Z",
    });
    await user.upload(
      input,
      await shareFile("a2.json", "陳老師", [
        { ...base, title: "老師修訂", updatedAt: "2026-11-02T00:00:00.000Z" },
      ]),
    );
    const dialog = await screen.findByRole("dialog");
    expect(
      within(dialog).getByText("1 份教案兩邊都有修改"),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText("來自陳老師。不同之處：課題"),
    ).toBeInTheDocument();
    const importButton = within(dialog).getByRole("button", { name: "匯入" });
    expect(importButton).toBeDisabled();
    await user.click(
      within(dialog).getByRole("radio", {
        name: /採用檔案的版本：「老師修訂」/,
      }),
    );
    await user.click(importButton);
    await screen.findByText(/更新 1 份/);
    expect((await db().lessons.get(base.id))!.title).toBe("老師修訂");
  });
});
