import { act, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../../tests/support/renderApp";
import { setViewport } from "../../tests/support/setup-dom";
import { detectLocale, LANGUAGE_STORAGE_KEY } from "../i18n";

beforeEach(() => {
  setViewport(1024, 768);
});

describe("language", () => {
  it("follows the browser on first visit: a Hong Kong Chinese browser opens in Traditional Chinese", () => {
    const languages = vi.spyOn(navigator, "languages", "get");
    languages.mockReturnValue(["zh-HK", "en"]);
    expect(detectLocale()).toBe("zh-HK");
    languages.mockReturnValue(["zh-TW"]);
    expect(detectLocale()).toBe("zh-HK");
    languages.mockReturnValue(["en-GB", "zh-HK"]);
    expect(detectLocale()).toBe("en");
    languages.mockRestore();
  });

  it("switches between English and 繁體中文, and remembers the choice over the browser's", async () => {
    const { user } = await renderApp("/framework");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Frameworks" }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "繁體中文" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "框架" }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("zh-HK");
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("zh-HK");
    const languages = vi
      .spyOn(navigator, "languages", "get")
      .mockReturnValue(["en-GB"]);
    expect(detectLocale()).toBe("zh-HK");
    languages.mockRestore();
    await user.click(screen.getByRole("button", { name: "English" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Frameworks" }),
    ).toBeInTheDocument();
  });
});

describe("navigation", () => {
  it("uses a side rail on a landscape tablet, and marks the current section", async () => {
    await renderApp("/framework");
    const nav = await screen.findByRole("navigation", { name: "Main" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((l) => l.textContent)).toEqual([
      "Framework",
      "Lessons",
      "Coverage",
      "School plans",
      "Training",
      "Settings",
    ]);
    expect(
      within(nav).getByRole("link", { name: "Framework" }),
    ).toHaveAttribute("aria-current", "page");
  });

  it("uses a bottom bar on a portrait tablet, in Chinese too", async () => {
    setViewport(768, 1024);
    const { user } = await renderApp("/framework", { language: "zh-HK" });
    const nav = await screen.findByRole("navigation", { name: "主要導覽" });
    expect(nav.querySelector(".MuiBottomNavigation-root")).not.toBeNull();
    await user.click(within(nav).getByRole("link", { name: "學校計劃" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "學校計劃" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/以數字教育為關注事項，草擬三年學校發展計劃/),
    ).toBeInTheDocument();
    expect(within(nav).getByRole("link", { name: "學校計劃" })).toHaveAttribute(
      "aria-current",
      "page",
    );
  });

  it.each([
    ["/lessons", "Lessons"],
    ["/coverage", "Coverage"],
    ["/plans", "School plans"],
  ])("%s opens its section", async (route, heading) => {
    await renderApp(route);
    expect(
      await screen.findByRole("heading", { level: 1, name: heading }),
    ).toBeInTheDocument();
  });

  it("says a page does not exist rather than showing a blank screen", async () => {
    await renderApp("/no-such-page");
    expect(
      await screen.findByRole("heading", { name: "Page not found" }),
    ).toBeInTheDocument();
  });
});

describe("offline indicator", () => {
  it("appears when the network goes and disappears when it returns", async () => {
    await renderApp("/framework");
    await screen.findByRole("heading", { level: 1, name: "Frameworks" });
    const onLine = vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event("offline"));
    });
    expect(await screen.findByText("Offline")).toBeInTheDocument();
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event("online"));
    });
    await vi.waitFor(() =>
      expect(screen.queryByText("Offline")).not.toBeInTheDocument(),
    );
    onLine.mockRestore();
  });
});
