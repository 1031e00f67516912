import { expect, it } from "vitest";
import { withBrowser } from "./support/browser";

const browser = withBrowser();

it("in Chinese, a teacher writes a lesson, copies it to another class, moves the copy by keyboard in the week view, and prints it", async () => {
  const { page, errors } = await browser.newPage({ locale: "zh-HK" });

  // A blank lesson saves as soon as it has a title.
  await page.goto("/lessons/new");
  await page.getByRole("button", { name: "空白教案" }).click();
  await page.getByText("輸入課題後才會儲存").waitFor();
  await page
    .getByRole("textbox", { name: "課題", exact: true })
    .fill("分類遊戲：機械人怎樣分類？");
  await page.getByText("已儲存在這部裝置").waitFor();

  // Planned needs a subject and a level.
  await page
    .getByRole("combobox", { name: "狀態", exact: true })
    .selectOption("planned");
  await page
    .getByText("要把教案標示為「已計劃」，請先填寫：科目、級別。")
    .waitFor();
  await page.getByRole("combobox", { name: "科目", exact: true }).fill("常識");
  await page
    .getByRole("combobox", { name: "級別", exact: true })
    .selectOption("P2");
  await page.getByRole("textbox", { name: "班別", exact: true }).fill("2A");
  await page.getByLabel("日期").fill("2026-11-25");
  await page
    .getByRole("combobox", { name: "節次", exact: true })
    .selectOption("3");
  await page
    .getByRole("combobox", { name: "狀態", exact: true })
    .selectOption("planned");
  await page.getByText("已儲存在這部裝置").waitFor();

  // An explicit, independent copy for 2B.
  await page.getByRole("button", { name: "複製", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "複製這份教案" });
  await dialog.getByRole("textbox", { name: "班別", exact: true }).fill("2B");
  await dialog.getByRole("button", { name: "建立副本" }).click();
  await page
    .getByText(
      "這是「分類遊戲：機械人怎樣分類？」的副本。在此修改不會改動原本的教案。",
    )
    .waitFor();
  expect(
    await page.getByRole("textbox", { name: "班別", exact: true }).inputValue(),
  ).toBe("2B");

  // The week: both lessons on Wednesday, period 3. Move the copy to Thursday, period 5, by keyboard.
  await page.goto("/lessons/week/2026-11-25");
  await page
    .getByRole("link", { name: "2A · 分類遊戲：機械人怎樣分類？" })
    .waitFor();
  await page
    .getByRole("button", { name: "移動「2B · 分類遊戲：機械人怎樣分類？」" })
    .focus();
  await page.keyboard.press("Enter");
  await page
    .getByText("請選擇「分類遊戲：機械人怎樣分類？」的新節次。")
    .waitFor();
  await page.getByRole("button", { name: /移到.*26.*第 5 節/ }).focus();
  await page.keyboard.press("Enter");
  const thursdayP5 = page.getByRole("row").nth(5).getByRole("cell").nth(3);
  await thursdayP5
    .getByRole("link", { name: "2B · 分類遊戲：機械人怎樣分類？" })
    .waitFor();
  const wednesdayP3 = page.getByRole("row").nth(3).getByRole("cell").nth(2);
  expect(await wednesdayP3.getByRole("link").allTextContents()).toEqual([
    "2A · 分類遊戲：機械人怎樣分類？",
  ]);

  // Print the copy: a clean page with the lesson, no navigation.
  await thursdayP5.getByRole("link").click();
  await page.getByRole("button", { name: "列印" }).click();
  await page.getByRole("button", { name: "列印或儲存為 PDF" }).waitFor();
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
    "分類遊戲：機械人怎樣分類？",
  );
  await page.getByText("常識 · P2 · 2B").waitFor(); // visible, once rendered
  expect(await page.getByRole("navigation").count()).toBe(0);
  expect(errors).toEqual([]);
});
