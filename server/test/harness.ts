import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { afterAll, afterEach, beforeAll } from "vitest";
import * as Y from "yjs";
import { openAccounts, type Role } from "../src/accounts";
import { embeddedStore } from "../src/embeddedStore";
import { postgresStore } from "../src/postgresStore";
import {
  startSchoolServer,
  type SchoolServer,
  type SchoolServerOptions,
} from "../src/server";
import type { SchoolStore } from "../src/store";
import { startPostgres, type ThrowawayPostgres } from "./postgres";

export { sent, synced } from "./providers";

// What the school server's tests share: real stores (the embedded file, a throwaway PostgreSQL),
// the real server on a free port on 127.0.0.1, and devices with the real provider over Node 22's
// own WebSocket. Everything a test starts is stopped after it.

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});
export const onCleanup = (clean: () => Promise<void> | void) =>
  cleanups.push(clean);

export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), "school-server-"));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A throwaway PostgreSQL for the test file, started before its tests and stopped after. */
export function usePostgres(): () => ThrowawayPostgres {
  let postgres: ThrowawayPostgres | undefined;
  beforeAll(async () => {
    postgres = await startPostgres();
  }, 120_000);
  afterAll(() => postgres?.stop());
  return () => postgres!;
}

export type StoreOpener = () => Promise<SchoolStore>;

/** Each store, for describe.each: a fresh embedded file, or the file's PostgreSQL. */
export function storeKinds(
  postgres: () => ThrowawayPostgres,
): [string, () => StoreOpener][] {
  return [
    [
      "embedded store",
      () => {
        const path = join(tempDir(), "school.sqlite");
        return () => Promise.resolve(embeddedStore(path));
      },
    ],
    ["PostgreSQL", () => () => postgresStore(postgres().url)],
  ];
}

export async function serve(
  open: StoreOpener,
  options: Partial<SchoolServerOptions> = {},
): Promise<SchoolServer> {
  const store = await open();
  const server = await startSchoolServer({ port: 0, store, ...options });
  onCleanup(() => store.close());
  onCleanup(() => server.stop());
  return server;
}

/** A school of its own (a fresh code, so tests sharing a PostgreSQL never meet) and its people. */
export async function makeSchool(
  open: StoreOpener,
  people: Record<string, Role>,
) {
  const store = await open();
  try {
    const accounts = await openAccounts(store);
    const code = await accounts.createSchool(
      `s-${crypto.randomUUID().slice(0, 8)}`,
      "St Paul's Primary",
    );
    const ids: Record<string, string> = {};
    for (const [name, role] of Object.entries(people))
      ids[name] = (
        await accounts.addPerson({
          school: code,
          name,
          role,
          passphrase: passphraseOf(name),
        })
      ).id;
    return { code, ids };
  } finally {
    await store.close();
  }
}

export const passphraseOf = (name: string) => `${name} likes green tea`;

/** Where a server answers: one started in this process, or a server process. */
type Reachable = Pick<SchoolServer, "url" | "httpUrl">;

export async function post(server: Reachable, path: string, body: unknown) {
  const response = await fetch(`${server.httpUrl}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
  };
}

export async function signIn(
  server: Reachable,
  school: string,
  name: string,
  passphrase = passphraseOf(name),
) {
  const { status, body } = await post(server, "/api/sign-in", {
    school,
    name,
    passphrase,
  });
  if (status !== 200)
    throw new Error(`sign-in failed: ${status} ${JSON.stringify(body)}`);
  return body as {
    accessToken: string;
    refreshToken: string;
    person: { id: string };
  };
}

/** A device: its own Yjs document, synced with the server through the provider. */
export function device(server: Reachable, name: string, token: string | null) {
  const doc = new Y.Doc();
  const refusals: string[] = [];
  const closes: string[] = [];
  const provider = new HocuspocusProvider({
    url: server.url,
    name,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
    onClose: ({ event }) => closes.push(event.reason),
  });
  onCleanup(() => provider.destroy());
  return {
    doc,
    lessons: doc.getMap<string>("lessons"),
    provider,
    refusals,
    closes,
  };
}

/** Resolves once the condition holds after an update (or at once); the test's timeout bounds it. */
export function until(doc: Y.Doc, holds: () => boolean): Promise<void> {
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

export const refused = (provider: HocuspocusProvider) =>
  new Promise<string>((resolve) =>
    provider.on("authenticationFailed", ({ reason }: { reason: string }) =>
      resolve(reason),
    ),
  );
