import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderApp } from "../../../../tests/support/renderApp";
import * as install from "../../../db/installFramework";
import { appServices, db } from "../../../../tests/support/services";

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
    await appServices().curricula.ensure();
    const { user } = await renderApp("/framework", {
      seed: "none",
      language: "zh-HK",
    });
    expect(await screen.findByText(/儲存空間不足/)).toBeInTheDocument();
    expect(await db().frameworks.count()).toBe(0);

    spy.mockRestore();
    await user.click(screen.getByRole("button", { name: "再試一次" }));
    expect(await screen.findByText("10 個策略")).toBeInTheDocument();
  });

  it("gives a general message for other failures", async () => {
    vi.spyOn(install, "installFramework").mockRejectedValue(
      new Error("disk I/O"),
    );
    await appServices().curricula.ensure();
    await renderApp("/framework", { seed: "none" });
    expect(
      await screen.findByText(
        /could not be saved on this device. Nothing else was changed/,
      ),
    ).toBeInTheDocument();
  });
});
