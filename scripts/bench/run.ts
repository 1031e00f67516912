// npm run bench [-- --lessons N] [--runs R]: a whole school's year in a real browser.
// Builds and serves the app, drives Debian's Chromium through playwright-core, and prints one
// "name: value" line per figure (medians of R runs after a warm-up), also written as one flat
// JSON object to bench/results.json. See docs/benchmarks.md. Timings are never asserted.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
} from "playwright-core";
import { build, preview } from "vite";
import type { Dexie } from "dexie";
import { makeShareFile } from "../../src/domain/share/share.ts";
import {
  CHROMIUM,
  CHROMIUM_FLAGS as FLAGS,
} from "../../tests/support/chromium.ts";
import { benchRestore, watchLongTasks, writeBigBackup } from "./restore.ts";
import { generateSchool } from "./school.ts";
import { PlansPageModel } from "../../tests/e2e/pages/PlansPageModel.ts";

const { values } = parseArgs({
  options: {
    lessons: { type: "string", default: "100000" },
    runs: { type: "string", default: "5" },
    "no-build": { type: "boolean", default: false },
  },
});
const LESSONS = Number(values.lessons);
const RUNS = Math.max(1, Number(values.runs));
/** Bare IndexedDB, in the page, for the "what the storage allows" figures. */
const IDB_HELPERS = `window.benchIdb = {
  open: (name) => new Promise((resolve, reject) => {
    const o = indexedDB.open(name);
    o.onsuccess = () => resolve(o.result);
    o.onerror = () => reject(new Error(String(o.error)));
  }),
  getAll: (db, store) => new Promise((resolve, reject) => {
    const r = db.transaction(store).objectStore(store).getAll();
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(new Error(String(r.error)));
  }),
  async timeGetAll(db, store) {
    const start = performance.now();
    const all = await this.getAll(db, store);
    if (all.length === 0) throw new Error("nothing stored in " + store);
    return performance.now() - start;
  },
};`;
interface BenchIdb {
  open(name: string): Promise<IDBDatabase>;
  getAll(db: IDBDatabase, store: string): Promise<unknown[]>;
  timeGetAll(db: IDBDatabase, store: string): Promise<number>;
}
const OUT = "bench";
const DATA = join(OUT, "data");
/** Generous, for 100,000 lessons on a slow machine; a stuck step fails with a screenshot. */
const LONG = { timeout: Number(process.env.BENCH_TIMEOUT ?? 10 * 60_000) };

const log = (line: string) => process.stderr.write(`${line}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The school's share files (one per teacher) on disk, and all lessons for the raw comparison. */
async function writeSchool(dist: string) {
  rmSync(DATA, { recursive: true, force: true });
  mkdirSync(DATA, { recursive: true });
  const teachers = generateSchool(LESSONS);
  const paths: string[] = [];
  for (const t of teachers) {
    const file = await makeShareFile(
      { teacher: t.name, device: crypto.randomUUID() },
      t.lessons,
      "0.1.0-bench",
    );
    const path = join(DATA, `${t.name}.json`);
    writeFileSync(path, JSON.stringify(file));
    paths.push(path);
  }
  const lessons = teachers.flatMap((t) => t.lessons);
  // Served beside the app (not precached), for the bare bulkPut in the same browser.
  mkdirSync(join(dist, "bench-data"), { recursive: true });
  writeFileSync(
    join(dist, "bench-data", "lessons.json"),
    JSON.stringify(lessons),
  );
  const classCounts = new Map<string, number>();
  for (const l of lessons)
    classCounts.set(l.className, (classCounts.get(l.className) ?? 0) + 1);
  const planned = lessons.filter((l) => l.status !== "draft").length;
  return { paths, teachers: teachers.length, classCounts, planned };
}

type Figures = Record<string, number>;

/** BENCH_DEBUG=1: the page's performance entries (marks, measures, resources, long frames). */
async function logEntries(page: Page) {
  const entries = await page.evaluate(() =>
    performance
      .getEntries()
      .map((e) => [
        e.entryType,
        e.name.slice(-40),
        Math.round(e.startTime),
        Math.round(e.duration),
      ]),
  );
  for (const entry of entries) log(`  ${entry.join("  ")}`);
}

interface Until {
  /** Text the page must contain. */
  text?: string;
  /** An element that must exist. */
  selector?: string;
}

/**
 * Times, inside the page, from the person's click or choice to the frame in which the result is
 * on screen: start at the event's own time stamp, end at the first animation frame where the
 * condition holds. (Timing from Node would add Playwright's polling back-off, up to 500 ms.)
 */
async function timeInPage(
  page: Page,
  act: () => Promise<unknown>,
  until: Until,
): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { benchStart?: number };
    w.benchStart = undefined;
    document.addEventListener(
      "click",
      (e) => {
        w.benchStart ??= e.timeStamp;
      },
      { capture: true, once: true },
    );
    document.addEventListener(
      "change",
      (e) => {
        w.benchStart ??= e.timeStamp;
      },
      { capture: true, once: true },
    );
  });
  await act();
  const end = await page.waitForFunction(
    ({ text, selector }) =>
      (!text || document.body.textContent?.includes(text)) &&
      (!selector || document.querySelector(selector))
        ? performance.now()
        : false,
    until,
    { polling: "raf", ...LONG },
  );
  const start = await page.evaluate(
    () => (window as unknown as { benchStart?: number }).benchStart ?? NaN,
  );
  return ((await end.jsonValue()) as number) - start;
}

/**
 * BENCH_PROFILE=1: a CPU profile of the step, summarised as the functions with the most self
 * time (stderr), and saved whole to bench/<step>.cpuprofile for Chromium's DevTools.
 */
/** Self time on the page's main thread by trace event (style, layout, paint, script, …). */
function summariseTrace(trace: Buffer, step: string) {
  interface TraceEvent {
    name: string;
    ph: string;
    ts: number;
    dur?: number;
    pid: number;
    tid: number;
    args?: { name?: string };
  }
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] })
    .traceEvents;
  const main = events.find(
    (e) => e.name === "thread_name" && e.args?.name === "CrRendererMain",
  );
  const timed = events
    .filter(
      (e) =>
        e.ph === "X" && e.pid === main?.pid && e.tid === main?.tid && e.dur,
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const open: TraceEvent[] = [];
  for (const e of timed) {
    while (open.length && open.at(-1)!.ts + open.at(-1)!.dur! <= e.ts)
      open.pop();
    const parent = open.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur!);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur!);
    open.push(e);
  }
  log(`trace ${step} (main thread self time):`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20))
    log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
}

async function startProfile(context: BrowserContext, page: Page) {
  if (!process.env.BENCH_PROFILE) return null;
  if (process.env.BENCH_PROFILE === "trace") {
    const browser = context.browser()!;
    await browser.startTracing(page, {
      categories: [
        "devtools.timeline",
        "v8",
        "blink",
        "disabled-by-default-devtools.timeline",
      ],
    });
    return {
      async stop(step: string) {
        const trace = await browser.stopTracing();
        writeFileSync(join(OUT, `${step}.trace.json`), trace);
        summariseTrace(trace, step);
      },
    };
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  return {
    async stop(step: string) {
      const { profile } = (await cdp.send("Profiler.stop")) as {
        profile: {
          nodes: {
            id: number;
            callFrame: {
              functionName: string;
              url: string;
              lineNumber: number;
            };
          }[];
          samples: number[];
          timeDeltas: number[];
        };
      };
      writeFileSync(join(OUT, `${step}.cpuprofile`), JSON.stringify(profile));
      const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
      const self = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const frame = byNode.get(id)!.callFrame;
        const name = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop()}:${frame.lineNumber}`;
        self.set(
          name,
          (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000,
        );
      });
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
      log(`profile ${step}:`);
      for (const [name, ms] of top)
        log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
    },
  };
}

async function oneRun(
  browser: Browser,
  baseURL: string,
  school: Awaited<ReturnType<typeof writeSchool>>,
): Promise<Figures> {
  const f: Figures = {};
  const context: BrowserContext = await browser.newContext({
    baseURL,
    viewport: { width: 1024, height: 768 },
    locale: "en-GB",
    acceptDownloads: true,
  });
  const page: Page = await context.newPage();
  const nav = (name: string) =>
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name });
  try {
    // First visit: every script the page asks for until the network is quiet, gzipped.
    const scripts = new Map<string, Promise<Buffer>>();
    page.on("response", (r) => {
      if (r.request().resourceType() === "script")
        scripts.set(r.url(), r.body());
    });
    await page.goto("/", { waitUntil: "networkidle" });
    let bytes = 0;
    for (const body of scripts.values()) bytes += gzipSync(await body).length;
    f.first_load_js_kb = Math.round((bytes / 1024) * 10) / 10;
    page.removeAllListeners("response");
    await page
      .locator('a[href="/framework/hk-edb-ai-literacy-framework"]')
      .waitFor();
    await page.waitForFunction(
      () => navigator.serviceWorker.controller !== null,
    );

    // Import every teacher's share file, through the app, as a head would.
    await nav("Coverage").click();
    await page.getByRole("table").waitFor();
    const importTasks = await watchLongTasks(page);
    let t = Date.now();
    await page
      .getByLabel("Import teachers' files", { exact: true })
      .setInputFiles(school.paths);
    const dialog = page.getByRole("dialog", {
      name: "Import teachers' lessons",
    });
    await dialog.getByText(`New: ${LESSONS} ·`, { exact: false }).waitFor(LONG);
    f.import_read_ms = Date.now() - t;
    t = Date.now();
    await dialog.getByRole("button", { name: "Import" }).click();
    await page.getByText(/^Imported \d+ files?:/).waitFor(LONG);
    f.import_write_ms = Date.now() - t;
    f.import_ms = f.import_read_ms + f.import_write_ms;
    f.import_longest_task_ms = (await importTasks()).longest;

    // The same records, put with a bare Dexie bulkPut into a table with the same indexes.
    await page.addScriptTag({ path: "node_modules/dexie/dist/dexie.min.js" });
    f.raw_bulkput_ms = await page.evaluate(async () => {
      const lessons = (await (
        await fetch("/bench-data/lessons.json")
      ).json()) as unknown[];
      const D = (globalThis as unknown as { Dexie: typeof Dexie }).Dexie;
      const raw = new D("bench-raw");
      raw.version(1).stores({
        lessons: "id, updatedAt, schoolYear, [schoolYear+date], date",
      });
      await raw.open();
      const start = performance.now();
      await raw.table("lessons").bulkPut(lessons);
      const ms = performance.now() - start;
      raw.close();
      await D.delete("bench-raw");
      return ms;
    });

    // Every lesson record, read with a bare IndexedDB getAll.
    await page.addScriptTag({ content: IDB_HELPERS });
    f.raw_scan_ms = await page.evaluate(async () => {
      const helpers = (globalThis as unknown as { benchIdb: BenchIdb })
        .benchIdb;
      const db = await helpers.open("blueprint-planner");
      const ms = await helpers.timeGetAll(db, "lessons");
      db.close();
      return ms;
    });

    // The heat map: from the navigation to the map on screen; and the counting inside it. The
    // page is reloaded first, so nothing is served from a warm in-memory cache.
    await page.goto("/settings");
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    const mapProfile = await startProfile(context, page);
    f.heatmap_render_ms = await timeInPage(
      page,
      () => nav("Coverage").click(),
      {
        text: `${school.planned} lessons planned or taught`,
        selector: "table tbody button",
      },
    );
    if (mapProfile) await mapProfile.stop("heatmap");
    if (process.env.BENCH_DEBUG) await logEntries(page);
    const [ready, counting] = await page.evaluate(() =>
      ["coverage:ready", "coverage:count"].map(
        (n) => performance.getEntriesByName(n, "measure")[0]?.duration ?? NaN,
      ),
    );
    f.coverage_ms = ready!;
    f.coverage_count_ms = counting!;
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = (await cdp.send("Runtime.getHeapUsage")) as {
      usedSize: number;
    };
    f.heap_mb = Math.round((heap.usedSize / 1024 / 1024) * 10) / 10;

    // The library: its first page, then a class filter.
    const profile = await startProfile(context, page);
    f.library_first_page_ms = await timeInPage(
      page,
      () => nav("Lessons").click(),
      {
        text: `${LESSONS} lessons`,
        selector: "main li h2",
      },
    );
    if (profile) await profile.stop("library");
    if (process.env.BENCH_DEBUG) await logEntries(page);
    const [className, count] = [...school.classCounts].sort()[0]!;
    const filterProfile = await startProfile(context, page);
    f.library_filter_ms = await timeInPage(
      page,
      () =>
        page
          .getByRole("combobox", { name: "Class", exact: true })
          .selectOption(className),
      { text: `${count} lessons` },
    );
    if (filterProfile) await filterProfile.stop("library-filter");

    // A School Development Plan from the Blueprint draft, with its evidence, as Word.
    await nav("School plans").click();
    await new PlansPageModel(page).draft(
      "Bench Secondary School",
      "Secondary school",
    );
    t = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent("download", LONG),
      page.getByRole("button", { name: "Word", exact: true }).click(),
    ]);
    f.sdp_docx_ms = Date.now() - t;
    await download.path();

    // Start with no network: reload a framework and wait for its first item.
    await page.goto("/framework/hk-edb-ai-literacy-framework");
    await page.getByRole("treeitem").first().waitFor();
    await context.setOffline(true);
    // From the reload (the new page's time origin) to the frame with the first item.
    await page.reload({ waitUntil: "commit" });
    const shown = await page.waitForFunction(
      () =>
        document.querySelector('[role="treeitem"]') ? performance.now() : false,
      undefined,
      { polling: "raf", ...LONG },
    );
    f.offline_start_ms = (await shown.jsonValue()) as number;
    await context.setOffline(false);
  } catch (e) {
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, "failed.png"), fullPage: true });
    throw e;
  } finally {
    await context.close();
  }
  return f;
}

async function main() {
  if (!values["no-build"]) {
    log("building…");
    await build({ logLevel: "warn" });
  }
  log(`generating a school with ${LESSONS} lessons…`);
  const school = await writeSchool("dist");
  log(`${school.teachers} teachers' share files in ${DATA}/`);
  const backupPath = join(DATA, "backup-12000-long-lessons.json");
  const backupMb = await writeBigBackup(backupPath);
  log(
    `a backup of 12,000 long lessons (${backupMb.toFixed(1)} MB) in ${DATA}/`,
  );
  const server = await preview({
    logLevel: "warn",
    // The next free port from 4391, so a busy port never stops the benchmark.
    preview: { port: 4391, strictPort: false },
  });
  const baseURL = server.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "";
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: FLAGS,
  });
  const runs: Figures[] = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      log(i === 0 ? "warm-up run…" : `run ${i} of ${RUNS}…`);
      const figures = {
        ...(await oneRun(browser, baseURL, school)),
        ...(await benchRestore(browser, baseURL, backupPath, LONG.timeout)),
        restore_file_mb: Math.round(backupMb * 10) / 10,
      };
      if (i > 0) runs.push(figures);
      log(
        `  ${Object.entries(figures)
          .map(([k, v]) => `${k}=${Math.round(v)}`)
          .join(" ")}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const results: Figures = {
    lessons: LESSONS,
    teachers: school.teachers,
    runs: RUNS,
  };
  for (const key of Object.keys(runs[0]!))
    results[key] = Math.round(median(runs.map((r) => r[key]!)) * 10) / 10;
  for (const [k, v] of Object.entries(results)) console.log(`${k}: ${v}`);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    join(OUT, "results.json"),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  log(
    `bench/results.json written (${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GB).`,
  );
}

await main();
