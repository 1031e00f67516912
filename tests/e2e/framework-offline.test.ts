import { expect, it } from "vitest";
import { readCurriculaFiles } from "../support/curricula";
import { FrameworkPageModel } from "./pages/FrameworkPageModel";
import { withBrowser, waitForOfflineReady } from "./support/browser";

const browser = withBrowser();

const learningFocusCodes = readCurriculaFiles()
  .flatMap(
    ({ raw }) => (raw as { items: { type: string; code: string }[] }).items,
  )
  .filter((i) => i.type === "learning-focus")
  .map((i) => i.code);

it("a teacher visits once, loses the network, and still finds every strategy and learning focus", async () => {
  const { context, page, errors } = await browser.newPage();
  const framework = new FrameworkPageModel(page);

  // First visit, online: the frameworks are stored on the device and the app is cached.
  await page.goto("/framework");
  await page.getByText("10 Strategies").waitFor();
  await waitForOfflineReady(page);

  // The classroom has no Wi-Fi.
  await context.setOffline(true);
  await page.reload();
  await page.getByText("Offline", { exact: true }).waitFor();
  await page.getByText("4 Focuses").waitFor(); // visible, once rendered
  await page.getByText("10 Strategies").waitFor(); // visible, once rendered

  // The Blueprint's tree shows every focus and strategy.
  await framework.openFramework(/^Blueprint for Digital Education Development/);
  const tree = page.getByRole("tree");
  for (const code of [
    "F1",
    "F2",
    "F3",
    "F4",
    "S1",
    "S2",
    "S3",
    "S4",
    "S5",
    "S6",
    "S7",
    "S8",
    "S9",
    "S10",
  ]) {
    await tree.getByText(code, { exact: true }).waitFor();
  }

  // Find S7 by searching, and read it.
  await framework.open("S7");
  expect(
    await framework.item.getByRole("heading", { level: 2 }).textContent(),
  ).toMatch(/School Development and Accountability/);

  // Switch to Chinese: the official wording, exactly. The choice survives a reload, still offline.
  await framework.switchLanguage("繁體中文");
  const officialS7 =
    "藉「優化學校發展與問責架構」推動學校改進，自我完善數字教育的落實";
  await framework.item
    .getByRole("heading", { level: 2, name: officialS7 })
    .waitFor();
  await page.reload();
  await framework.item
    .getByRole("heading", { level: 2, name: officialS7 })
    .waitFor();
  await page.getByText("離線", { exact: true }).waitFor(); // visible, once rendered

  // Every learning focus of the AI Literacy Learning Framework is found by its code.
  await page.getByRole("link", { name: "框架", exact: true }).first().click();
  await framework.openFramework("中小學人工智能素養學習架構");
  expect(learningFocusCodes).toHaveLength(63);
  for (const code of learningFocusCodes) {
    await framework.find(code);
    await framework.results
      .first()
      .filter({ hasText: code })
      .waitFor({ timeout: 20_000 });
  }
  expect(errors).toEqual([]);
});
