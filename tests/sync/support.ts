import "fake-indexeddb/auto";
import { connect, createServer, type AddressInfo, type Socket } from "node:net";
import { Dexie } from "dexie";
import { vi } from "vitest";
import { PlannerDatabase } from "../../src/db/schema";
import { writeSetting } from "../../src/db/settings";
import { emptyLesson } from "../../src/domain/lessons/record";
import type { Lesson } from "../../src/domain/lessons/types";
import { schoolServerAccount } from "../../src/domain/settings";
import { accountOf, signIn } from "../../src/services/sync/api";
import {
  startSchoolSync,
  type SchoolSync,
} from "../../src/services/sync/runtime";
import { onCleanup, passphraseOf } from "../../server/test/harness";
import type { SchoolServer } from "../../server/src/server";

// The app's side of the school server, as a device runs it: its own database (fake-indexeddb),
// signed in over the real HTTP API, syncing through the real provider with the real server.

let count = 0;

export interface Tablet {
  db: PlannerDatabase;
  sync: SchoolSync;
  /** Starts the sync again, as the app does when it is opened again. */
  reopen(): Promise<void>;
}

export async function tablet(
  server: Pick<SchoolServer, "httpUrl">,
  school: string,
  name: string,
  options: { listEveryMs?: number } = {},
): Promise<Tablet> {
  const db = new PlannerDatabase(`sync-test-${count++}`);
  await db.open();
  const signedIn = await signIn(
    server.httpUrl,
    school,
    name,
    passphraseOf(name),
  );
  const account = accountOf(server.httpUrl, signedIn);
  await writeSetting(db, schoolServerAccount, account);
  const device: Tablet = {
    db,
    sync: await startSchoolSync(db, { account, first: signedIn, ...options }),
    async reopen() {
      await device.sync.stop();
      device.sync = await startSchoolSync(db, { account, ...options });
    },
  };
  onCleanup(async () => {
    await device.sync.stop();
    db.close();
    await Dexie.delete(db.name);
  });
  return device;
}

/**
 * The school's network between the tablets and the server: a TCP relay on 127.0.0.1 that a test
 * can cut (every connection dropped, new ones refused, as when the Wi-Fi goes) and restore.
 */
export async function network(server: Pick<SchoolServer, "httpUrl">) {
  const target = Number(new URL(server.httpUrl).port);
  const open = new Set<Socket>();
  let up = true;
  const relay = createServer((inbound) => {
    if (!up) {
      inbound.destroy();
      return;
    }
    const outbound = connect(target, "127.0.0.1");
    for (const s of [inbound, outbound]) {
      open.add(s);
      s.on("error", () => {});
      s.on("close", () => {
        open.delete(s);
        inbound.destroy();
        outbound.destroy();
      });
    }
    inbound.pipe(outbound).pipe(inbound);
  });
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  const { port } = relay.address() as AddressInfo;
  onCleanup(
    () =>
      new Promise<void>((resolve) => {
        open.forEach((s) => s.destroy());
        relay.close(() => resolve());
      }),
  );
  return {
    httpUrl: `http://127.0.0.1:${port}`,
    cut() {
      up = false;
      open.forEach((s) => s.destroy());
    },
    restore() {
      up = true;
    },
  };
}

let lessonCount = 0;
export function lesson(title: string, changes: Partial<Lesson> = {}): Lesson {
  const now = new Date(Date.UTC(2026, 10, 2, 8, 0, lessonCount++));
  return {
    ...emptyLesson(crypto.randomUUID(), now, "Lee Siu Ming"),
    title,
    subject: "ICT",
    level: "P5",
    schoolYear: "2026/27",
    ...changes,
  };
}

/** Waits (within the test's timeout) until a device's database shows what a person would see. */
export function eventually(check: () => unknown): Promise<void> {
  return vi.waitFor(
    async () => {
      if (!(await check()))
        throw new Error("not yet: " + check.toString().slice(0, 120));
    },
    { timeout: 45_000, interval: 25 },
  );
}
