// `npm run bench:sync`: the school server with a whole school on it (120 teachers, 100,000 lessons
// by default; `-- --lessons N`), on a throwaway PostgreSQL on this machine, the server in its
// own process as a school runs it. Figures go to bench/sync-results.json and docs/benchmarks.md;
// nothing here is asserted. Providers here hold Yjs documents in memory: what the app then
// writes to IndexedDB is measured by `npm run bench` (import and restore of the same school).
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
} from "@hocuspocus/provider";
import { WebSocketServer } from "ws";
import * as Y from "yjs";
import { openAccounts, type Person } from "../../server/src/accounts.ts";
import { postgresStore } from "../../server/src/postgresStore.ts";
import { DEFAULT_LIFETIMES, tokenSigner } from "../../server/src/tokens.ts";
import { startPostgres } from "../../server/test/postgres.ts";
import { serverProcess } from "../../server/test/processes.ts";
import { sent, synced } from "../../server/test/providers.ts";
import { entryFor } from "../../src/domain/sync/entry.ts";
import { teacherDocument } from "../../src/domain/sync/entry.ts";
import { generateSchool } from "./school.ts";

const { values } = parseArgs({
  options: {
    lessons: { type: "string", default: "100000" },
    clients: { type: "string", default: "500" },
  },
});
const LESSONS = Number(values.lessons);
const CLIENTS = Number(values.clients);
const figures: Record<string, number> = {};
const log = (name: string, value: number) => {
  figures[name] = Math.round(value * 10) / 10;
  console.log(`${name}: ${figures[name]}`);
};
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const now = () => process.hrtime.bigint();
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const postgres = await startPostgres();
const secret = randomBytes(32).toString("base64url");
const server = await serverProcess({
  DATABASE_URL: postgres.url,
  SCHOOL_SERVER_SECRET: secret,
  MAX_MESSAGE_MB: "64",
});
const stops: (() => Promise<unknown> | void)[] = [
  () => postgres.stop(),
  () => server.stop(),
];
try {
  // The school: accounts, and each teacher's year stored as the app writes it.
  const store = await postgresStore(postgres.url);
  const accounts = await openAccounts(store);
  const code = "bench-school";
  await accounts.createSchool(code, "Benchmark Secondary School");
  const teachers = generateSchool(LESSONS);
  const people: Person[] = [];
  for (const [i, t] of teachers.entries())
    people.push(
      await accounts.addPerson({
        school: code,
        name: `${t.name} ${i}`,
        role: "teacher",
        passphrase: "bench passphrase",
      }),
    );
  const head = await accounts.addPerson({
    school: code,
    name: "Head",
    role: "head",
    passphrase: "bench passphrase",
  });
  const tokens = tokenSigner(secret, DEFAULT_LIFETIMES);
  const tokenOf = async (p: Person) => (await tokens.issue(p)).accessToken;
  const names = people.map((p) => teacherDocument(code, p.id, "2026/27"));
  let bytes = 0;
  for (const [i, t] of teachers.entries()) {
    const doc = new Y.Doc();
    const map = doc.getMap("lessons");
    doc.transact(() => {
      for (const lesson of t.lessons)
        map.set(lesson.id, entryFor(lesson, undefined, `device-${i}`));
    });
    const state = Y.encodeStateAsUpdate(doc);
    bytes += state.length;
    await store.store(names[i]!, state);
  }
  log("documents", names.length);
  log("stored_mb", bytes / 1024 / 1024);

  // Baseline: the same bytes read straight from PostgreSQL and sent over one plain WebSocket.
  {
    const wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
    await new Promise((r) => wss.once("listening", r));
    const port = (wss.address() as { port: number }).port;
    let received = 0;
    const all = new Promise<void>((done) =>
      wss.on("connection", (socket) =>
        socket.on("message", (data: Buffer) => {
          received += data.length;
          if (received >= bytes) done();
        }),
      ),
    );
    const client = new WebSocket(`ws://127.0.0.1:${port}`);
    await new Promise((r) => client.addEventListener("open", r));
    const start = now();
    const rows = await store.sql("SELECT state FROM ydocs WHERE name LIKE ?", [
      `school:${code}:teacher:%`,
    ]);
    for (const row of rows) client.send(row.state as Uint8Array);
    await all;
    log("raw_read_send_ms", ms(start));
    client.close();
    wss.close();
  }
  await store.close();

  // The head's first full sync: every teacher's document over one WebSocket.
  const headToken = await tokenOf(head);
  const socket = new HocuspocusProviderWebsocket({ url: server.url });
  const headDocs = new Map<string, Y.Doc>();
  const providers: HocuspocusProvider[] = [];
  let doneCount = 0;
  const watchdog = setInterval(
    () =>
      console.log(`  head: ${doneCount} of ${names.length} documents synced`),
    10_000,
  );
  {
    const start = now();
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((done) => {
            const document = new Y.Doc();
            headDocs.set(name, document);
            const provider = new HocuspocusProvider({
              websocketProvider: socket,
              name,
              document,
              token: headToken,
              awareness: null,
              onSynced: () => {
                doneCount++;
                done();
              },
            });
            provider.attach();
            providers.push(provider);
          }),
      ),
    );
    clearInterval(watchdog);
    log("head_full_sync_ms", ms(start));
    let lessons = 0;
    for (const d of headDocs.values()) lessons += d.getMap("lessons").size;
    log("head_lessons", lessons);
  }
  figures.head_full_sync_ratio =
    Math.round((figures.head_full_sync_ms! / figures.raw_read_send_ms!) * 100) /
    100;
  console.log(`head_full_sync_ratio: ${figures.head_full_sync_ratio}`);

  // One edit from a teacher to the head's document: 100 edits, one at a time.
  {
    const teacher = new Y.Doc();
    const provider = new HocuspocusProvider({
      url: server.url,
      name: names[0]!,
      document: teacher,
      token: await tokenOf(people[0]!),
      awareness: null,
    });
    await synced(provider);
    const map = teacher.getMap<unknown>("lessons");
    const watched = headDocs.get(names[0]!)!.getMap<unknown>("lessons");
    const lesson = teachers[0]!.lessons[0]!;
    const times: number[] = [];
    for (let i = 0; i < 100; i++) {
      const edited = {
        ...lesson,
        title: `${lesson.title} (${i})`,
        updatedAt: new Date(Date.UTC(2026, 11, 1, 0, 0, i)).toISOString(),
      };
      const arrived = new Promise<void>((r) => {
        const check = () => {
          if (
            (watched.get(lesson.id) as { rev?: string })?.rev ===
            edited.updatedAt
          ) {
            watched.unobserve(check);
            r();
          }
        };
        watched.observe(check);
      });
      const start = now();
      map.set(lesson.id, entryFor(edited, undefined, "device-0"));
      await arrived;
      times.push(ms(start));
    }
    times.sort((a, b) => a - b);
    log("edit_to_head_median_ms", percentile(times, 50));
    log("edit_to_head_p95_ms", percentile(times, 95));

    // A week offline: 200 lessons changed elsewhere; the device reconnects and catches up.
    const away = new Y.Doc();
    Y.applyUpdate(away, Y.encodeStateAsUpdate(teacher));
    provider.destroy();
    const other = new HocuspocusProvider({
      url: server.url,
      name: names[0]!,
      document: teacher,
      token: await tokenOf(people[0]!),
      awareness: null,
    });
    await synced(other);
    teacher.transact(() => {
      for (const l of teachers[0]!.lessons.slice(0, 200))
        map.set(
          l.id,
          entryFor(
            {
              ...l,
              title: `${l.title} (week)`,
              updatedAt: "2026-12-08T00:00:00.000Z",
            },
            undefined,
            "device-1",
          ),
        );
    });
    await sent(other);
    const start = now();
    let changed = 0;
    const caughtUp = new Promise<void>((r) =>
      away.getMap("lessons").observe((e) => {
        changed += e.changes.keys.size;
        if (changed >= 200) r();
      }),
    );
    const back = new HocuspocusProvider({
      url: server.url,
      name: names[0]!,
      document: away,
      token: await tokenOf(people[0]!),
      awareness: null,
    });
    await caughtUp;
    log("week_offline_catch_up_ms", ms(start));
    back.destroy();
    other.destroy();
  }
  for (const p of providers) p.destroy();
  socket.destroy();

  // Connected clients on one server process: each a teacher's tablet on its own document.
  {
    const rss = () =>
      Number(
        /VmRSS:\s+(\d+)/.exec(
          readFileSync(`/proc/${server.pid}/status`, "utf8"),
        )?.[1] ?? 0,
      ) / 1024;
    const before = rss();
    const open: HocuspocusProvider[] = [];
    const start = now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, i) => {
        const person = people[i % people.length]!;
        const provider = new HocuspocusProvider({
          url: server.url,
          name: names[i % names.length]!,
          document: new Y.Doc(),
          token: await tokenOf(person),
          awareness: null,
        });
        open.push(provider);
        await synced(provider);
      }),
    );
    log("clients_connected", open.length);
    log("clients_connect_ms", ms(start));
    log("server_rss_idle_mb", before);
    log("server_rss_with_clients_mb", rss());
    for (const p of open) p.destroy();
  }
} finally {
  for (const stop of stops.reverse()) await stop();
}

mkdirSync("bench", { recursive: true });
writeFileSync(
  "bench/sync-results.json",
  JSON.stringify(
    {
      lessons: LESSONS,
      cpus: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      figures,
    },
    null,
    2,
  ),
);
console.log(`bench/sync-results.json written (${cpus().length} CPUs).`);
process.exit(0);
