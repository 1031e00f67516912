import { randomBytes } from "node:crypto";
import { Database } from "@hocuspocus/extension-database";
import { Redis as RedisExtension } from "@hocuspocus/extension-redis";
import { Server } from "@hocuspocus/server";
import { Redis } from "ioredis";
import { accessTo } from "./access";
import { openAccounts } from "./accounts";
import { currentPerson, schoolApi } from "./api";
import {
  DEFAULT_SIGN_IN_LIMITS,
  signInLimiter,
  type SignInLimits,
} from "./rateLimits";
import { watchSessions, type ConnectionContext } from "./sessions";
import type { SchoolStore } from "./store";
import { DEFAULT_LIFETIMES, tokenSigner, type TokenLifetimes } from "./tokens";

export interface SchoolServerOptions {
  /** 0: any free port. */
  port: number;
  /** Only this address is listened on (127.0.0.1 unless a deployment says otherwise). */
  host?: string;
  store: SchoolStore;
  /** Signs tokens; when absent, one is made once and kept in the database (shared by processes). */
  secret?: string;
  /** With Redis, several processes serve one school: edits and sign-in limits cross between them. */
  redisUrl?: string;
  lifetimes?: TokenLifetimes;
  signInLimits?: SignInLimits;
  /** How often open connections are checked against revocations and passphrase resets. */
  revocationCheckMs?: number;
  /** A WebSocket message larger than this is refused and its connection closed. */
  maxMessageBytes?: number;
  trustProxy?: boolean;
  allowedOrigins?: readonly string[];
}

export interface SchoolServer {
  /** ws://host:port, for the app's provider; the HTTP API is at the same address over http. */
  url: string;
  httpUrl: string;
  stop(): Promise<void>;
}

/** Documents one connection may ask for at once (a head's device: every teacher's, every year). */
export const MAX_DOCUMENTS_PER_SOCKET = 2000;

/** Why a connection is refused; Hocuspocus sends the reason to the provider. */
class Refused extends Error {
  constructor(readonly reason: "signed-out" | "forbidden") {
    super(reason);
  }
}

/**
 * The school's sync server: Hocuspocus, storing each Yjs document whole in the store given,
 * with sign-in and per-document permissions decided here (never only in the app).
 */
export async function startSchoolServer(
  options: SchoolServerOptions,
): Promise<SchoolServer> {
  const host = options.host ?? "127.0.0.1";
  const accounts = await openAccounts(options.store);
  const secret =
    options.secret ??
    (await accounts.setting("token-secret", () =>
      randomBytes(32).toString("base64url"),
    ));
  const tokens = tokenSigner(secret, options.lifetimes ?? DEFAULT_LIFETIMES);
  const redis = options.redisUrl ? new Redis(options.redisUrl) : undefined;
  const api = schoolApi({
    accounts,
    tokens,
    limiter: signInLimiter(
      options.signInLimits ?? DEFAULT_SIGN_IN_LIMITS,
      redis,
    ),
    trustProxy: options.trustProxy ?? false,
    allowedOrigins: options.allowedOrigins ?? ["*"],
    listDocuments: async (pattern) =>
      (
        await options.store.sql(
          "SELECT name FROM ydocs WHERE name LIKE ? ORDER BY name",
          [pattern],
        )
      ).map((row) => String(row.name)),
  });

  const server = new Server<ConnectionContext>({
    port: options.port,
    address: host,
    quiet: true,
    stopOnSignals: false,
    // A head's device opens every teacher's documents of the school over one socket (120 teachers,
    // a document each per school year); Hocuspocus's default of 100 documents waiting for their
    // sign-in check per connection resets that socket, and the head's device never syncs.
    maxPendingDocuments: MAX_DOCUMENTS_PER_SOCKET,
    websocketOptions: {
      maxPayload: options.maxMessageBytes ?? 32 * 1024 * 1024,
    },
    extensions: [
      new Database({
        fetch: ({ documentName }) => options.store.fetch(documentName),
        store: ({ documentName, state }) =>
          options.store.store(documentName, state),
      }),
      ...(options.redisUrl
        ? [
            new RedisExtension({
              createClient: () => new Redis(options.redisUrl!),
              prefix: "blueprint-planner",
            }),
          ]
        : []),
    ],
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const person = await currentPerson(accounts, tokens, token);
      // The reason reaches the app: signed out (sign in again) or not this person's document.
      if (!person) throw new Refused("signed-out");
      const access = accessTo(person, documentName);
      if (access === "none") throw new Refused("forbidden");
      connectionConfig.readOnly = access === "read";
      return { person } satisfies ConnectionContext;
    },
    async onRequest({ request, response }) {
      // Answered here: reject with nothing, so Hocuspocus adds no reply of its own.
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- Hocuspocus's way to stop the chain
      if (await api(request, response)) throw null;
    },
  });

  const sessions = watchSessions(
    server.hocuspocus,
    accounts,
    options.revocationCheckMs ?? 5000,
  );
  await server.listen();
  const address = `${host}:${server.address.port}`;
  return {
    url: `ws://${address}`,
    httpUrl: `http://${address}`,
    async stop() {
      sessions.stop();
      await server.destroy();
      redis?.disconnect();
    },
  };
}
