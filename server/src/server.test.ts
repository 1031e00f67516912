import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { embeddedStore } from "./embeddedStore";
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

async function serve(path: string): Promise<SchoolServer> {
  const store = embeddedStore(path);
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

describe("the school server (embedded store)", () => {
  it("carries a lesson from one device to another", async () => {
    const server = await serve(join(tempDir(), "school.sqlite"));
    const a = device(server, "teacher:chan:2026/27");
    const b = device(server, "teacher:chan:2026/27");
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
    const path = join(tempDir(), "school.sqlite");
    const first = await serve(path);
    const a = device(first, "teacher:chan:2026/27");
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

    const second = await serve(path);
    const b = device(second, "teacher:chan:2026/27");
    await synced(b.provider);
    expect(JSON.parse(b.lessons.get("l1") ?? "null")).toMatchObject({
      title: "Kept",
    });
  });
});
