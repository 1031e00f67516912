import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import {
  nameKey,
  personName,
  schoolCode,
  type Accounts,
  type Person,
} from "./accounts";
import { accessTo, ownerOf } from "./access";
import type { SignInLimiter } from "./rateLimits";
import type { TokenSigner } from "./tokens";

// The school server's small HTTP API, beside the WebSocket on the same port:
//   POST /api/sign-in  {school, name, passphrase} → tokens, the person and the school
//   POST /api/refresh  {refreshToken}            → new tokens
//   GET  /api/people   (a head's access token)   → the school's people
//   GET  /api/documents (an access token)        → the teachers' documents this person may open,
//                                                  each with its teacher's id and name
//   GET  /api/health                             → {ok: true}
// Answers are JSON; a refusal carries a code the app words in the teacher's language
// (`malformed`, `wrong-sign-in`, `too-many-attempts`, `signed-out`, `forbidden`, `not-found`).

const MAX_BODY_BYTES = 8 * 1024;

const signInBody = z.object({
  school: schoolCode,
  name: personName,
  passphrase: z.string().min(1).max(200),
});
const refreshBody = z.object({ refreshToken: z.string().min(1).max(4096) });

export interface ApiOptions {
  accounts: Accounts;
  tokens: TokenSigner;
  limiter: SignInLimiter;
  /** Behind a reverse proxy, the client's address is the first of X-Forwarded-For. */
  trustProxy: boolean;
  /** Origins the app may be served from; `*` for any (tokens travel in bodies, never cookies). */
  allowedOrigins: readonly string[];
  /** The stored documents' names matching a LIKE pattern. */
  listDocuments: (pattern: string) => Promise<string[]>;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Refusal(413, "malformed");
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new Refusal(400, "malformed");
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Refusal(400, "malformed");
  return parsed.data;
}

/** The person an access token names, as the database has them now, or null. */
export async function currentPerson(
  accounts: Accounts,
  tokens: TokenSigner,
  token: string,
  typ: "access" | "refresh" = "access",
): Promise<Person | null> {
  const claims = await tokens.read(token, typ);
  if (!claims) return null;
  const [person] = await accounts.byIds([claims.personId]);
  if (!person || person.revoked || person.generation !== claims.generation)
    return null;
  if (person.school !== claims.school || person.role !== claims.role)
    return null;
  return person;
}

export function schoolApi(options: ApiOptions) {
  const { accounts, tokens, limiter, listDocuments } = options;

  const address = (request: IncomingMessage) => {
    const forwarded = request.headers["x-forwarded-for"];
    if (options.trustProxy && typeof forwarded === "string")
      return forwarded.split(",")[0]!.trim();
    return request.socket.remoteAddress ?? "unknown";
  };

  const bearerPerson = async (request: IncomingMessage) => {
    const bearer = /^Bearer (.+)$/.exec(
      request.headers.authorization ?? "",
    )?.[1];
    const person = bearer
      ? await currentPerson(accounts, tokens, bearer)
      : null;
    if (!person) throw new Refusal(401, "signed-out");
    return person;
  };

  const signedIn = async (person: Person) => ({
    ...(await tokens.issue(person)),
    person: { id: person.id, name: person.name, role: person.role },
    school: await accounts.school(person.school),
  });

  const routes: Record<string, (request: IncomingMessage) => Promise<unknown>> =
    {
      async "POST /api/sign-in"(request) {
        const body = parse(signInBody, await readJson(request));
        const who = `${body.school}:${nameKey(body.name)}`;
        const from = address(request);
        const waitMs = await limiter.waitMs(who, from);
        if (waitMs > 0)
          throw new Refusal(429, "too-many-attempts", {
            "Retry-After": String(Math.ceil(waitMs / 1000)),
          });
        const person = await accounts.verify(
          body.school,
          body.name,
          body.passphrase,
        );
        if (!person) {
          await limiter.failed(who, from);
          throw new Refusal(401, "wrong-sign-in");
        }
        await limiter.succeeded(who);
        return signedIn(person);
      },
      async "POST /api/refresh"(request) {
        const body = parse(refreshBody, await readJson(request));
        const person = await currentPerson(
          accounts,
          tokens,
          body.refreshToken,
          "refresh",
        );
        if (!person) throw new Refusal(401, "signed-out");
        return signedIn(person);
      },
      async "GET /api/people"(request) {
        const person = await bearerPerson(request);
        if (person.role !== "head") throw new Refusal(403, "forbidden");
        const people = await accounts.people(person.school);
        return {
          people: people.map(({ id, name, role, revoked }) => ({
            id,
            name,
            role,
            revoked,
          })),
        };
      },
      async "GET /api/documents"(request) {
        const person = await bearerPerson(request);
        const names = (
          await listDocuments(`school:${person.school}:teacher:%`)
        ).filter((name) => accessTo(person, name) !== "none");
        const owners = new Map(
          (
            await accounts.byIds([
              ...new Set(
                names.map((name) => ownerOf(name)).filter((id) => id !== null),
              ),
            ])
          ).map((p) => [p.id, p.name]),
        );
        return {
          documents: names.flatMap((name) => {
            const owner = ownerOf(name);
            const ownerName = owner === null ? undefined : owners.get(owner);
            return owner && ownerName
              ? [{ name, owner: { id: owner, name: ownerName } }]
              : [];
          }),
        };
      },
      "GET /api/health": () => Promise.resolve({ ok: true }),
    };

  const corsHeaders = (request: IncomingMessage): Record<string, string> => {
    const origin = request.headers.origin;
    const allowed = options.allowedOrigins;
    if (!origin || !(allowed.includes("*") || allowed.includes(origin)))
      return {};
    return {
      "Access-Control-Allow-Origin": allowed.includes("*") ? "*" : origin,
      "Access-Control-Allow-Headers": "Content-Type, Authorization",
      "Access-Control-Allow-Methods": "GET, POST",
      Vary: "Origin",
    };
  };

  /** Answers an API request; false when the request is not the API's. */
  return async function handle(
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<boolean> {
    const path = (request.url ?? "").split("?")[0] ?? "";
    if (!path.startsWith("/api/")) return false;
    const cors = corsHeaders(request);
    const send = (
      status: number,
      body: unknown,
      headers: Record<string, string> = {},
    ) => {
      response.writeHead(status, {
        "Content-Type": "application/json; charset=utf-8",
        "Cache-Control": "no-store",
        ...cors,
        ...headers,
      });
      response.end(JSON.stringify(body));
    };
    if (request.method === "OPTIONS") {
      response.writeHead(204, cors);
      response.end();
      return true;
    }
    const route = routes[`${request.method} ${path}`];
    try {
      if (!route) throw new Refusal(404, "not-found");
      send(200, await route(request));
    } catch (error) {
      if (error instanceof Refusal)
        send(error.status, { error: error.code }, error.headers);
      else {
        console.error("school server: request failed", error);
        send(500, { error: "server-error" });
      }
    }
    return true;
  };
}
