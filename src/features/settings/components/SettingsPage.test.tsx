import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderApp } from "../../../../tests/support/renderApp";
import { ensureDeviceId } from "../../../db/device";
import { requestPersistentStorage } from "../../../db/storage";
import { deviceCode } from "../../../domain/device";
import { db } from "../../../../tests/support/services";

function fakeStorage(answer: { persisted: boolean; persist: boolean }) {
  const storage = {
    persisted: vi.fn(() => Promise.resolve(answer.persisted)),
    persist: vi.fn(() => Promise.resolve(answer.persist)),
    estimate: vi.fn(() =>
      Promise.resolve({ usage: 3 * 1024 * 1024, quota: 2048 * 1024 * 1024 }),
    ),
  };
  Object.defineProperty(navigator, "storage", {
    value: storage,
    configurable: true,
  });
  return storage;
}

describe("settings: storage", () => {
  it("shows that the browser agreed to keep the app's data, and how much is used", async () => {
    fakeStorage({ persisted: false, persist: true });
    await requestPersistentStorage(db());
    await renderApp("/settings");
    expect(
      await screen.findByText(/will not clear the app's data/),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        "Using 3 MB of about 2 GB available to this app.",
      ),
    ).toBeInTheDocument();
  });

  it("explains a refusal in Chinese and lets the teacher ask again", async () => {
    const storage = fakeStorage({ persisted: false, persist: false });
    await requestPersistentStorage(db());
    const { user } = await renderApp("/settings", { language: "zh-HK" });
    expect(
      await screen.findByText(/瀏覽器可能清除本應用程式的資料/),
    ).toBeInTheDocument();
    storage.persist.mockResolvedValue(true);
    await user.click(screen.getByRole("button", { name: "再次要求" }));
    expect(await screen.findByText(/瀏覽器會保留你的計劃/)).toBeInTheDocument();
  });

  it("lists the frameworks stored on this device with their versions", async () => {
    fakeStorage({ persisted: true, persist: true });
    await renderApp("/settings");
    expect(
      await screen.findByText("Version 1.0.0 · 14 items"),
    ).toBeInTheDocument();
    expect(screen.getByText("Version 1.0.0 · 92 items")).toBeInTheDocument();
  });
});

describe("settings: a change that cannot be saved", () => {
  it("says the device is full, in the teacher's language, and saves it on Try again", async () => {
    const full = vi.spyOn(db().settings, "put").mockRejectedValueOnce(
      Object.assign(new Error("Quota exceeded"), {
        name: "QuotaExceededError",
      }),
    );
    const { user } = await renderApp("/settings", { language: "zh-HK" });
    const name = await screen.findByRole("textbox", { name: "你的姓名" });
    await user.type(name, "陳老師");
    await user.tab();
    expect(
      await screen.findByText(/這部裝置的儲存空間不足，剛才的改動未有儲存。/),
    ).toBeInTheDocument();
    expect(await db().settings.get("teacherName")).toBeUndefined();

    await user.click(screen.getByRole("button", { name: "再試一次" }));
    await vi.waitFor(async () =>
      expect((await db().settings.get("teacherName"))?.value).toBe("陳老師"),
    );
    expect(screen.queryByText(/剛才的改動未有儲存/)).not.toBeInTheDocument();
    expect(full).toHaveBeenCalledTimes(2);
  });
});

describe("settings: this device", () => {
  it("shows the device's code once a share file has named it, for the head to check a file against", async () => {
    fakeStorage({ persisted: true, persist: true });
    await renderApp("/settings");
    expect(
      await screen.findByText(
        "This device gets its code the first time you share lessons.",
      ),
    ).toBeInTheDocument();
    const id = await ensureDeviceId(db());
    expect(
      await screen.findByText(
        new RegExp(`^This device's code: ${deviceCode(id)}\\.`),
      ),
    ).toBeInTheDocument();
  });
});
