import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { makeLesson } from "../../../../tests/support/factories";
import { AI_LITERACY } from "../../../../tests/support/frameworks";
import { renderApp } from "../../../../tests/support/renderApp";
import { ensureCurricula } from "../../../db/curricula";
import type { Lesson } from "../../../domain/lessons/types";
import { deviceCode } from "../../../domain/device";
import { makeShareFile } from "../../../domain/share/share";
import { saveLesson } from "../../lessons/mutations";
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

/** Each teacher's device, as her files name it. */
const devices = new Map<string, string>();
const deviceOf = (teacher: string) => {
  const known = devices.get(teacher) ?? crypto.randomUUID();
  devices.set(teacher, known);
  return known;
};

/** A teacher's share file, made on her device unless another is named. */
async function shareFile(
  name: string,
  teacher: string,
  lessons: Lesson[],
  device = deviceOf(teacher),
) {
  const file = await makeShareFile({ teacher, device }, lessons, "0.2.0");
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

  it("holds back a file that claims a teacher's name from another device until the head allows it, in English", async () => {
    const lees = taught({
      title: "Mr Lee's lesson",
      author: "Mr Lee",
      updatedAt: "2026-11-01T00:00:00.000Z",
    });
    const { user } = await renderApp("/coverage");
    const input = await screen.findByLabelText("Import teachers' files", {
      selector: "input",
    });
    await user.upload(input, await shareFile("lee.json", "Mr Lee", [lees]));
    await user.click(
      within(await screen.findByRole("dialog")).getByRole("button", {
        name: "Import",
      }),
    );
    await screen.findByText(/Imported 1 file: 1 new/);

    const elsewhere = crypto.randomUUID();
    const fake = await shareFile(
      "lee-new.json",
      "Mr Lee",
      [{ ...lees, title: "Rewritten", updatedAt: "2026-11-09T00:00:00.000Z" }],
      elsewhere,
    );
    await user.upload(input, fake);
    let dialog = await screen.findByRole("dialog");
    const others = within(dialog).getByRole("region", {
      name: "1 file would change lessons from elsewhere",
    });
    expect(
      within(others).getByText("Mr Lee's file: lee-new.json"),
    ).toBeInTheDocument();
    expect(
      within(others).getByText(`Made on device ${deviceCode(elsewhere)}.`),
    ).toBeInTheDocument();
    expect(
      within(others).getByText(
        `Mr Lee's file would change 1 lesson that came from Mr Lee's files (device ${deviceCode(deviceOf("Mr Lee"))}): “Mr Lee's lesson”`,
      ),
    ).toBeInTheDocument();
    const allow = within(others).getByRole("checkbox", {
      name: "Let Mr Lee's file change this lesson",
    });
    expect(allow).not.toBeChecked();
    expect(
      within(dialog).getByText(/Waiting for your permission: 1 change/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Import" }));
    expect(
      await screen.findByText(
        /0 updated.*1 change to a lesson from elsewhere was not made: you did not allow it\./,
      ),
    ).toBeInTheDocument();
    expect(await db().lessons.get(lees.id)).toEqual(lees);

    // The head asks Mr Lee, who has a new laptop: this time it is allowed.
    await user.upload(input, fake);
    dialog = await screen.findByRole("dialog");
    await user.click(
      within(dialog).getByRole("checkbox", {
        name: "Let Mr Lee's file change this lesson",
      }),
    );
    expect(
      within(dialog).queryByText(/Waiting for your permission/),
    ).toBeNull();
    await user.click(within(dialog).getByRole("button", { name: "Import" }));
    await screen.findByText(/Imported 1 file: 0 new, 1 updated/);
    expect((await db().lessons.get(lees.id))!.title).toBe("Rewritten");
  });

  it("holds back a teacher's file that would change the head's own lesson, in Chinese", async () => {
    const own = taught({
      title: "主任的課",
      updatedAt: "2026-11-01T00:00:00.000Z",
    });
    await saveLesson(db(), own, new Date("2026-11-01T00:00:00.000Z"));
    const before = await db().lessons.get(own.id);
    const { user } = await renderApp("/coverage", { language: "zh-HK" });
    const input = await screen.findByLabelText("匯入教師檔案", {
      selector: "input",
    });
    const file = await shareFile("chan.json", "陳老師", [
      { ...own, title: "陳老師改過", updatedAt: "2026-11-05T00:00:00.000Z" },
      taught({ title: "陳老師的課" }),
    ]);
    await user.upload(input, file);
    let dialog = await screen.findByRole("dialog");
    const others = within(dialog).getByRole("region", {
      name: "1 個檔案會改動其他來源的教案",
    });
    expect(
      within(others).getByText(
        "陳老師的檔案會改動 1 份在這部裝置製作的教案：「主任的課」",
      ),
    ).toBeInTheDocument();
    expect(
      within(others).getByRole("checkbox", {
        name: "允許陳老師的檔案改動這 1 份教案",
      }),
    ).not.toBeChecked();
    await user.click(within(dialog).getByRole("button", { name: "匯入" }));
    expect(
      await screen.findByText(
        /新增 1 份、更新 0 份.*有 1 項對其他來源教案的改動你沒有允許，所以沒有進行。/,
      ),
    ).toBeInTheDocument();
    expect(await db().lessons.get(own.id)).toEqual(before);

    await user.upload(input, file);
    dialog = await screen.findByRole("dialog");
    await user.click(
      within(dialog).getByRole("checkbox", {
        name: "允許陳老師的檔案改動這 1 份教案",
      }),
    );
    await user.click(within(dialog).getByRole("button", { name: "匯入" }));
    await screen.findByText(/更新 1 份/);
    expect((await db().lessons.get(own.id))!.title).toBe("陳老師改過");
  });
});
