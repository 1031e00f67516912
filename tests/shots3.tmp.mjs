import { chromium } from "playwright-core";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const [locale, w, h, prefix] = [
  process.argv[2],
  +process.argv[3],
  +process.argv[4],
  process.argv[5],
];
const ctx = await browser.newContext({
  viewport: { width: w, height: h },
  locale,
  hasTouch: true,
});
const page = await ctx.newPage();
page.on("pageerror", (e) => console.log("pageerror:", e.message));
page.on("console", (m) => {
  if (m.type() === "error") console.log("console:", m.text());
});
await page.goto("http://localhost:4173/lessons/new", {
  waitUntil: "networkidle",
});
await page.screenshot({ path: `/tmp/${prefix}-new.png` });
await page.locator("ul li button, ul li [role=button]").nth(2).click();
await page.getByRole("textbox").first().waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: `/tmp/${prefix}-editor.png` });
await page.screenshot({
  path: `/tmp/${prefix}-editor-full.png`,
  fullPage: true,
});
await page.getByRole("region").nth(2).getByRole("button").last().click();
await page.getByRole("dialog").waitFor();
await page.waitForTimeout(400);
await page.screenshot({ path: `/tmp/${prefix}-picker.png` });
await page.keyboard.press("Escape");
const url = page.url();
await page.goto(url + "/print", { waitUntil: "networkidle" });
await page.screenshot({ path: `/tmp/${prefix}-print.png`, fullPage: true });
await page.goto("http://localhost:4173/lessons", { waitUntil: "networkidle" });
await page.waitForTimeout(300);
await page.screenshot({ path: `/tmp/${prefix}-library.png` });
await page.goto("http://localhost:4173/lessons/week/2026-11-25", {
  waitUntil: "networkidle",
});
await page.waitForTimeout(300);
await page.screenshot({ path: `/tmp/${prefix}-week.png` });
await browser.close();
