import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "../i18n";
import { testResources } from "../../tests/support/renderApp";
import { UpdatePrompt } from "./UpdatePrompt";

function renderPrompt(open: boolean) {
  const onReload = vi.fn();
  const onLater = vi.fn();
  const i18n = createI18n({ language: "en", resources: testResources });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <UpdatePrompt open={open} onLater={onLater} onReload={onReload} />
    </I18nextProvider>,
  );
  return { ...view, onReload, onLater };
}

describe("update prompt", () => {
  it("says nothing while there is no new version", () => {
    renderPrompt(false);
    expect(screen.queryByText(/new version/)).not.toBeInTheDocument();
  });

  it("waits for the teacher: the new version loads only when they press Reload", async () => {
    const { onReload, onLater } = renderPrompt(true);
    expect(
      await screen.findByText(/A new version of Blueprint Planner is ready/),
    ).toBeInTheDocument();
    expect(onReload).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("button", { name: "Later" }));
    expect(onLater).toHaveBeenCalledOnce();
    expect(onReload).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("button", { name: "Reload" }));
    expect(onReload).toHaveBeenCalledOnce();
  });
});
