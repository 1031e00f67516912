import { act, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { renderApp } from "../../../../tests/support/renderApp";
import { setViewport } from "../../../../tests/support/setup-dom";
import { appServices, db } from "../../../../tests/support/services";

const BP = "/framework/hk-edb-digital-education-blueprint";
const AI = "/framework/hk-edb-ai-literacy-framework";

beforeEach(() => {
  setViewport(1024, 768);
});

describe("framework list", () => {
  it("shows both frameworks with their counts, the Blueprint first", async () => {
    await renderApp("/framework");
    const cards = await screen.findAllByRole("heading", { level: 2 });
    expect(cards.map((h) => h.textContent)).toEqual([
      "Blueprint for Digital Education Development in Primary and Secondary Schools",
      "AI Literacy Learning Framework (Primary and Secondary Schools)",
    ]);
    expect(screen.getByText("4 Focuses")).toBeInTheDocument();
    expect(screen.getByText("10 Strategies")).toBeInTheDocument();
    expect(screen.getByText("63 Learning focuses")).toBeInTheDocument();
  });

  it("loads the frameworks on a device that has never run the app", async () => {
    await renderApp("/framework", { seed: "none" });
    expect(
      await screen.findByText(/Preparing the frameworks/),
    ).toBeInTheDocument();
    await act(() => appServices().curricula.ensure());
    expect(await screen.findByText("4 Focuses")).toBeInTheDocument();
  });

  it("is in Traditional Chinese when the teacher chose it", async () => {
    await renderApp("/framework", { language: "zh-HK" });
    expect(
      await screen.findByRole("heading", { name: "中小學數字教育發展藍圖" }),
    ).toBeInTheDocument();
    expect(screen.getByText("10 個策略")).toBeInTheDocument();
  });
});

describe("framework tree", () => {
  it("shows focuses with their strategies, and opens an item's panel from the tree", async () => {
    const { user } = await renderApp(BP);
    const tree = await screen.findByRole("tree", {
      name: "Digital Education Blueprint",
    });
    expect(
      within(tree).getAllByRole("treeitem", { expanded: true }),
    ).toHaveLength(4);
    await user.click(within(tree).getByText("S7"));
    const panel = await screen.findByRole("article");
    expect(within(panel).getByRole("heading", { level: 2 })).toHaveTextContent(
      "Use the enhanced School Development and Accountability framework",
    );
    expect(
      within(panel).getByText(
        "藉「優化學校發展與問責架構」推動學校改進，自我完善數字教育的落實",
      ),
    ).toBeInTheDocument();
    expect(within(panel).getByText(/page 22/)).toBeInTheDocument();
    expect(
      within(panel).getByRole("link", { name: /official document/ }),
    ).toHaveAttribute("href", expect.stringContaining("DEBP_TC.pdf"));
  });

  it("opens a deep link to an item with its branch expanded", async () => {
    const { ensureCurricula } = await import("../../../db/curricula");
    await ensureCurricula(db());
    const lf = await db()
      .frameworkItems.where("[frameworkId+code]")
      .equals(["hk-edb-ai-literacy-framework", "KS3-L8"])
      .first();
    await renderApp(`${AI}/${lf?.id}`);
    const panel = await screen.findByRole("article");
    expect(
      within(panel).getByText(
        "採用不同數據「訓練」人工智能系統，並分析這些數據如何影響結果",
      ),
    ).toBeInTheDocument();
    expect(within(panel).getByText("S1–S3")).toBeInTheDocument();
    // Related sub-strands are links the teacher can follow.
    expect(
      within(panel).getByRole("heading", { name: "Develops" }),
    ).toBeInTheDocument();
    const tree = screen.getByRole("tree");
    // Its branch is open and it is the chosen item (MUI's tree marks the choice with aria-checked).
    expect(
      within(tree).getByText("KS3-L8").closest('[role="treeitem"]'),
    ).toHaveAttribute("aria-checked", "true");
  });

  it("says so when a link points at an item that does not exist", async () => {
    await renderApp(`${BP}/not-an-item`);
    expect(await screen.findByText(/not in the framework/)).toBeInTheDocument();
  });
});

describe("framework search", () => {
  it("finds a strategy by its code", async () => {
    const { user } = await renderApp(BP);
    await user.type(
      await screen.findByRole("searchbox", { name: "Search this framework" }),
      "S7",
    );
    const results = await screen.findByRole("list", { name: "Search results" });
    expect(within(results).getAllByRole("link")).toHaveLength(1);
    expect(within(results).getByRole("link")).toHaveTextContent(/^F3.*S7/);
    expect(screen.getByText("1 item found")).toBeInTheDocument();
  });

  it("finds learning focuses by Chinese words and by English words", async () => {
    const { user } = await renderApp(AI);
    const box = await screen.findByRole("searchbox");
    await user.type(box, "深偽");
    expect(await screen.findByText("1 item found")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /KS2-P1/ })).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, "hallucination");
    expect(
      await screen.findByRole("link", { name: /KS3-A7/ }),
    ).toBeInTheDocument();
  });

  it("on a portrait tablet, opens a result as its own view with a way back to the results", async () => {
    setViewport(768, 1024);
    const { user } = await renderApp(`${AI}?q=KS2-A4`);
    await user.click(await screen.findByRole("link", { name: /KS2-A4/ }));
    expect(await screen.findByRole("article")).toHaveTextContent(
      "評估和事實查核人工智能的回應和生成內容",
    );
    expect(screen.queryByRole("searchbox")).not.toBeInTheDocument();
    await user.click(
      screen.getByRole("link", { name: "Back to search results" }),
    );
    expect(await screen.findByRole("searchbox")).toHaveValue("KS2-A4");
  });
});
