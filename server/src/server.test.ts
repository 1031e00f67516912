import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { startPostgres, type ThrowawayPostgres } from "../test/postgres";
import { embeddedStore, type DocumentStore } from "./embeddedStore";
import { postgresStore } from "./postgresStore";
import { startSchoolServer, type SchoolServer } from "./server";

// The real server on 127.0.0.1 (a free port), the real provider over Node 22's own WebSocket.

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), "school-server-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

let postgres: ThrowawayPostgres | undefined;
beforeAll(async () => {
  postgres = await startPostgres();
});
afterAll(() => postgres?.stop());

/** Each store, by the same test: the embedded default and PostgreSQL. */
const STORES: [string, () => () => Promise<DocumentStore>][] = [
  [
    "embedded store",
    () => {
      const path = join(tempDir(), "school.sqlite");
      return () => Promise.resolve(embeddedStore(path));
    },
  ],
  ["PostgreSQL", () => () => postgresStore(postgres!.url)],
];

async function serve(
  open: () => Promise<DocumentStore>,
): Promise<SchoolServer> {
  const store = await open();
  const server = await startSchoolServer({ port: 0, store });
  cleanups.push(() => store.close());
  cleanups.push(() => server.stop());
  return server;
}

/** A device: its own Yjs document, synced with the server through the provider. */
function device(server: SchoolServer, name: string) {
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({
    url: server.url,
    name,
    document: doc,
  });
  cleanups.push(() => provider.destroy());
  return { doc, lessons: doc.getMap<string>("lessons"), provider };
}

/** Resolves once the condition holds after an update (or at once); the test's timeout bounds it. */
function until(doc: Y.Doc, holds: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (holds()) return resolve();
    const check = () => {
      if (!holds()) return;
      doc.off("update", check);
      resolve();
    };
    doc.on("update", check);
  });
}

const synced = (provider: HocuspocusProvider) =>
  new Promise<void>((resolve) => {
    if (provider.isSynced) return resolve();
    provider.on("synced", () => resolve());
  });

describe.each(STORES)("the school server (%s)", (_, storeFor) => {
  it("carries a lesson from one device to another", async () => {
    const server = await serve(storeFor());
    // A document of its own per store, so the PostgreSQL runs never see each other's.
    const name = `teacher:chan:${crypto.randomUUID()}`;
    const a = device(server, name);
    const b = device(server, name);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    a.lessons.set(
      "l1",
      JSON.stringify({ id: "l1", title: "Is the chatbot right?" }),
    );
    await until(b.doc, () => b.lessons.has("l1"));
    expect(JSON.parse(b.lessons.get("l1")!)).toMatchObject({
      title: "Is the chatbot right?",
    });
  });

  it("keeps every document through a restart", async () => {
    const open = storeFor();
    const first = await serve(open);
    const name = `teacher:lee:${crypto.randomUUID()}`;
    const a = device(first, name);
    await synced(a.provider);
    a.lessons.set("l1", JSON.stringify({ id: "l1", title: "Kept" }));
    // Stored once the server has the edit and has written it (on stop at the latest).
    await new Promise<void>((resolve) => {
      if (a.provider.unsyncedChanges === 0) return resolve();
      a.provider.on("unsyncedChanges", () => {
        if (a.provider.unsyncedChanges === 0) resolve();
      });
    });
    a.provider.destroy();
    await first.stop();

    const second = await serve(open);
    const b = device(second, name);
    await synced(b.provider);
    expect(JSON.parse(b.lessons.get("l1") ?? "null")).toMatchObject({
      title: "Kept",
    });
  });
});
