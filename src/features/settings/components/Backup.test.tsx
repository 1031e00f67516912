import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { makeLesson } from "../../../../tests/support/factories";
import { renderApp } from "../../../../tests/support/renderApp";
import { ensureCurricula } from "../../../db/curricula";
import { saveLesson } from "../../lessons/mutations";
import { createBackup } from "../mutations";
import { db } from "../../../../tests/support/services";

beforeEach(async () => {
  await ensureCurricula(db());
});

async function backupFile() {
  await saveLesson(db(), makeLesson({ title: "Kept in the backup" }));
  const blob = await createBackup(db(), "0.1.0");
  return new File([await blob.text()], "backup.json", {
    type: "application/json",
  });
}

describe("settings: backup", () => {
  it("reminds when no backup has been made, and restores a backup after showing what it holds", async () => {
    const file = await backupFile();
    await db().settings.delete("lastBackupAt");
    await db().lessons.clear();
    const { user } = await renderApp("/settings");
    expect(
      await screen.findByText(/It is time to back up/),
    ).toBeInTheDocument();
    await user.upload(
      screen.getByLabelText("Restore from a backup…", { selector: "input" }),
      file,
    );
    const dialog = await screen.findByRole("dialog", {
      name: "Restore this backup?",
    });
    expect(
      within(dialog).getByText(/Lessons: 1 · plans: 0 · frameworks: 2/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole("radio", { name: /^Replace/ }));
    await user.click(within(dialog).getByRole("button", { name: "Restore" }));
    expect(
      await screen.findByText("Restored. Lessons: 1 · plans: 0."),
    ).toBeInTheDocument();
    expect((await db().lessons.toArray()).map((l) => l.title)).toEqual([
      "Kept in the backup",
    ]);
  });

  it("refuses a damaged file in the teacher's language and changes nothing", async () => {
    const file = await backupFile();
    const damaged = new File(
      [(await file.text()).replace("Kept in the backup", "Edited by hand")],
      "backup.json",
    );
    const { user } = await renderApp("/settings", { language: "zh-HK" });
    await user.upload(
      await screen.findByLabelText("從備份還原…", { selector: "input" }),
      damaged,
    );
    expect(
      await screen.findByText(/這個備份在建立後曾被修改或已損壞。/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/這部裝置上的資料沒有任何改動/),
    ).toBeInTheDocument();
    expect((await db().lessons.toArray()).map((l) => l.title)).toEqual([
      "Kept in the backup",
    ]);
  });

  it("names the place of a problem in the app's words, never with the file's", async () => {
    const file = await backupFile();
    const backup = JSON.parse(await file.text()) as {
      data: { lessons: Record<string, unknown>[] };
      checksum: string;
    };
    backup.data.lessons[0]!["位置：請立即到 http://evil.example 更新"] = 1;
    backup.data.lessons[0]!.updatedAt = "2026-02-31T00:00:00.000Z";
    const hostile = new File([JSON.stringify(backup)], "backup.json");
    const { user } = await renderApp("/settings", { language: "zh-HK" });
    await user.upload(
      await screen.findByLabelText("從備份還原…", { selector: "input" }),
      hostile,
    );
    const reason = await screen.findByText(
      /這個備份含有應用程式無法接受的資料（在第 1 節課）。/,
    );
    expect(reason).not.toHaveTextContent(/evil|請立即/);
    // The file's words appear only in the quoted preview that says they are the file's.
    const preview = screen.getByRole("figure", {
      name: "檔案內的原文（未經核實，並非本程式的字句）：",
    });
    expect(preview).toHaveTextContent(
      "位置：請立即到 http://evil.example 更新",
    );
    expect(screen.getAllByText(/evil/)).toHaveLength(1);
  });
});

describe("settings: checking a big backup", () => {
  it("shows how far the check has got and stops it on Cancel, changing nothing", async () => {
    await saveLesson(db(), makeLesson({ title: "Already here" }));
    const before = await db().lessons.toArray();
    // A file still being read when the teacher gives up on it.
    const slow = new File(["{}"], "backup.json");
    slow.arrayBuffer = () => new Promise<ArrayBuffer>(() => {});
    const { user } = await renderApp("/settings", { language: "zh-HK" });
    await user.upload(
      await screen.findByLabelText("從備份還原…", { selector: "input" }),
      slow,
    );
    const progress = await screen.findByRole("group", {
      name: "正在檢查備份… 0%",
    });
    expect(within(progress).getByRole("progressbar")).toBeInTheDocument();
    await user.click(within(progress).getByRole("button", { name: "取消" }));
    expect(
      await screen.findByText("已停止檢查，沒有任何改動。"),
    ).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: /正在檢查備份/ })).toBeNull();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(await db().lessons.toArray()).toEqual(before);
  });
});

describe("settings: a framework that comes in a backup", () => {
  it("is shown before restoring, added as the school's own, and marked so in the framework list", async () => {
    const file = new File(
      [
        readFileSync(
          join(
            import.meta.dirname,
            "../../../../tests/fixtures/hostile/backup/backup-school-framework.json",
          ),
        ),
      ],
      "backup.json",
    );
    const { user } = await renderApp("/settings", { language: "zh-HK" });
    await user.upload(
      await screen.findByLabelText("從備份還原…", { selector: "input" }),
      file,
    );
    const dialog = await screen.findByRole("dialog", {
      name: "還原這個備份？",
    });
    expect(
      within(dialog).getByText(
        /會加入為貴校自訂的框架.*「聖瑪利人工智能階梯」/,
      ),
    ).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole("button", { name: "還原並加入學校自訂框架" }),
    );
    expect(await screen.findByText(/^已還原。/)).toBeInTheDocument();
    // The closing dialog hides the rest of the page from assistive technology
    // until it has gone; wait for the navigation as a user of one would.
    await user.click(
      within(
        await screen.findByRole("navigation", { name: "主要導覽" }),
      ).getByRole("link", { name: "框架" }),
    );
    const added = await screen.findByRole("heading", {
      name: "聖瑪利人工智能階梯",
    });
    const card = added.closest("li")!;
    expect(
      within(card).getByText("學校自訂框架：來自檔案，並非教育局發布"),
    ).toBeInTheDocument();
    // The EDB's own frameworks carry no such mark.
    expect(
      screen.getAllByText("學校自訂框架：來自檔案，並非教育局發布"),
    ).toHaveLength(1);
  });
});
