import { expect, it } from "vitest";
import { FrameworkPageModel } from "./pages/FrameworkPageModel";
import { TABLET_PORTRAIT, withBrowser } from "./support/browser";

const browser = withBrowser();

it("on a portrait tablet set to Hong Kong Chinese, a teacher browses by touch and a shared link reopens", async () => {
  const { page, errors } = await browser.newPage({
    viewport: TABLET_PORTRAIT,
    locale: "zh-HK",
  });
  const framework = new FrameworkPageModel(page);

  // The browser's language decides the first language: Traditional Chinese.
  await page.goto("/");
  await page.getByRole("heading", { level: 1, name: "框架" }).waitFor();
  const nav = page.getByRole("navigation", { name: "主要導覽" });
  const tabs = ["框架", "課堂", "涵蓋", "學校計劃", "設定"];
  for (const tab of tabs) {
    const box = await nav.getByRole("link", { name: tab }).boundingBox();
    // A bottom bar, with targets large enough for a finger.
    expect(box && box.y > TABLET_PORTRAIT.height / 2).toBe(true);
    expect(box && box.height >= 44 && box.width >= 44).toBe(true);
  }

  // Search by code, open the learning focus.
  await framework.openFramework("中小學人工智能素養學習架構");
  await framework.open("KS2-A4");
  await framework.item
    .getByRole("heading", { name: "評估和事實查核人工智能的回應和生成內容" })
    .waitFor();
  await framework.item.getByText("P4–P6").waitFor(); // visible, once rendered

  // The address is a deep link: reloading (or opening it on another tablet) shows the same item.
  const link = page.url();
  await page.reload();
  await framework.item
    .getByRole("heading", { name: "評估和事實查核人工智能的回應和生成內容" })
    .waitFor();
  expect(page.url()).toBe(link);

  // Follow a related sub-strand, then go back to the results.
  await framework.item.getByRole("link", { name: /C1/ }).click();
  await framework.item
    .getByRole("heading", { name: "人工智能的限制" })
    .waitFor();
  await page.goBack();
  await page.getByRole("link", { name: "返回搜尋結果" }).click();
  expect(await framework.search.inputValue()).toBe("KS2-A4");

  // The school plans section, by touch.
  await nav.getByRole("link", { name: "學校計劃" }).tap();
  await page.getByText(/以數字教育為關注事項，草擬三年學校發展計劃/).waitFor();

  // Settings shows the storage answer.
  await nav.getByRole("link", { name: "設定" }).tap();
  await page.getByRole("heading", { name: "裝置儲存" }).waitFor();
  await page.getByText(/瀏覽器(會保留|可能清除|未能保證)/).waitFor();
  expect(errors).toEqual([]);
});
