import { screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderApp, resetDatabase } from "../../../../tests/support/renderApp";
import { db } from "../../../db/db";
import { ensureCurricula } from "../../../db/curricula";
import * as install from "../../../db/installFramework";

beforeEach(resetDatabase);
afterEach(() => vi.restoreAllMocks());

function quotaError() {
  const error = new Error("The quota has been exceeded.");
  error.name = "QuotaExceededError";
  return error;
}

describe("when the frameworks cannot be stored", () => {
  it("says the device is full, in the teacher's language, and stores them when tried again", async () => {
    const spy = vi
      .spyOn(install, "installFramework")
      .mockRejectedValue(quotaError());
    await ensureCurricula(db);
    const { user } = await renderApp("/framework", {
      seed: "none",
      language: "zh-HK",
    });
    expect(await screen.findByText(/儲存空間不足/)).toBeInTheDocument();
    expect(await db.frameworks.count()).toBe(0);

    spy.mockRestore();
    await user.click(screen.getByRole("button", { name: "再試一次" }));
    expect(await screen.findByText("10 個策略")).toBeInTheDocument();
  });

  it("gives a general message for other failures", async () => {
    vi.spyOn(install, "installFramework").mockRejectedValue(
      new Error("disk I/O"),
    );
    await ensureCurricula(db);
    await renderApp("/framework", { seed: "none" });
    expect(
      await screen.findByText(
        /could not be saved on this device. Nothing else was changed/,
      ),
    ).toBeInTheDocument();
  });
});
