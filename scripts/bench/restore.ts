// The big-backup step of the benchmark: 12,000 long lessons (about 41 MB, as a teacher's years
// of work might be), restored on a fresh device through Settings, with the page's long tasks
// watched the whole way (checking the file, then writing it). See docs/benchmarks.md.
import { statSync, writeFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { makeBackup } from "../../src/domain/backup/backup.ts";
import { generateSchool } from "./school.ts";

/** What a long lesson plan holds: about 3 KB of a teacher's own words per lesson. */
const LONG_TEXT =
  "學生以小組形式使用生成式人工智能工具，就同一題目比較三個不同提示的結果，記錄每個答案的來源與可信程度，並以課本及網上資料核實，再討論工具的限制與偏見。".repeat(
    9,
  );

/** Writes the backup; returns its size in MB. */
export async function writeBigBackup(path: string, count = 12_000) {
  const lessons = generateSchool(count)
    .flatMap((t) => t.lessons)
    .map((l) => ({
      ...l,
      activities: l.activities.map((a) => ({
        ...a,
        teacherDoes: `${a.teacherDoes}\n${LONG_TEXT}`,
      })),
    }));
  const backup = await makeBackup(
    {
      frameworks: [],
      lessons,
      plans: [],
      settings: [],
      shareReceipts: [],
      training: [],
      teacherCycles: [],
    },
    "0.1.0-bench",
  );
  writeFileSync(path, JSON.stringify(backup));
  return statSync(path).size / 2 ** 20;
}

/** Watches the page's long tasks from now on (the Long Tasks API: every task over 50 ms). */
export async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { benchLong: number[] };
    w.benchLong = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.benchLong.push(e.duration);
    }).observe({ type: "longtask" });
  });
  return async () => {
    const tasks = await page.evaluate(
      () => (window as unknown as { benchLong: number[] }).benchLong,
    );
    return {
      longest: Math.max(0, ...tasks),
      over100: tasks.filter((d) => d > 100).length,
    };
  };
}

/** Restores the backup on a fresh device: how long, and the longest the page stopped answering. */
export async function benchRestore(
  browser: Browser,
  baseURL: string,
  path: string,
  timeout: number,
) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1024, height: 768 },
    locale: "en-GB",
  });
  const page = await context.newPage();
  try {
    await page.goto("/settings");
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    const longTasks = await watchLongTasks(page);
    let t = Date.now();
    await page
      .getByLabel("Restore from a backup…", { exact: true })
      .setInputFiles(path);
    const dialog = page.getByRole("dialog", { name: "Restore this backup?" });
    await dialog.waitFor({ timeout });
    const checkMs = Date.now() - t;
    t = Date.now();
    await dialog.getByRole("button", { name: "Restore", exact: true }).click();
    await page.getByText(/^Restored\. Lessons: \d+/).waitFor({ timeout });
    const writeMs = Date.now() - t;
    const { longest, over100 } = await longTasks();
    return {
      restore_check_ms: checkMs,
      restore_write_ms: writeMs,
      restore_longest_task_ms: longest,
      restore_tasks_over_100ms: over100,
    };
  } finally {
    await context.close();
  }
}
