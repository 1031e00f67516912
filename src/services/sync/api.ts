import { z } from "zod";
import type { SchoolServerAccount } from "../../domain/settings";

// The school server's HTTP API, as the app calls it. Every answer is checked before use (a
// server is input too); a refusal becomes one of a few reasons the app words for the person.

export type ServerProblem =
  | "unreachable"
  | "wrong-sign-in"
  | "too-many-attempts"
  | "signed-out"
  | "not-a-school-server";

export class SchoolServerError extends Error {
  constructor(
    readonly problem: ServerProblem,
    /** For too-many-attempts: seconds until another try. */
    readonly retryAfter = 0,
  ) {
    super(problem);
  }
}

const signedIn = z.object({
  accessToken: z.string().min(1).max(4096),
  refreshToken: z.string().min(1).max(4096),
  accessExpiresAt: z.iso.datetime(),
  person: z.object({
    id: z.uuid(),
    name: z.string().min(1).max(200),
    role: z.enum(["teacher", "head"]),
  }),
  school: z.object({
    code: z.string().min(1).max(40),
    name: z.string().max(200),
  }),
});
export type SignedIn = z.output<typeof signedIn>;

const documents = z.object({
  documents: z
    .array(
      z.object({
        name: z.string().max(200),
        owner: z.object({ id: z.uuid(), name: z.string().min(1).max(200) }),
      }),
    )
    .max(100_000),
});
export type ServerDocument = z.output<typeof documents>["documents"][number];

/** https://… (or http://… on the school's own network) with no path, from what the person typed. */
export function serverAddress(typed: string): string | null {
  const text = typed.trim();
  try {
    // No scheme typed: https, but for this machine itself (the embedded server of npm start).
    const local = /^(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/i.test(text);
    const url = new URL(
      /^[a-z]+:\/\//i.test(text)
        ? text
        : `${local ? "http" : "https"}://${text}`,
    );
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** The WebSocket address of a server's HTTP address. */
export const socketAddress = (url: string) => url.replace(/^http/, "ws");

async function call<T>(
  url: string,
  path: string,
  schema: z.ZodType<T>,
  init: RequestInit,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${url}${path}`, {
      ...init,
      headers: { "Content-Type": "application/json", ...init.headers },
    });
  } catch {
    throw new SchoolServerError("unreachable");
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new SchoolServerError("not-a-school-server");
  }
  if (response.status === 429)
    throw new SchoolServerError(
      "too-many-attempts",
      Number(response.headers.get("Retry-After")) || 60,
    );
  if (response.status === 401) {
    const code = (body as { error?: unknown } | null)?.error;
    throw new SchoolServerError(
      code === "wrong-sign-in" ? "wrong-sign-in" : "signed-out",
    );
  }
  const parsed = schema.safeParse(body);
  if (!response.ok || !parsed.success)
    throw new SchoolServerError("not-a-school-server");
  return parsed.data;
}

export const signIn = (
  url: string,
  school: string,
  name: string,
  passphrase: string,
) =>
  call(url, "/api/sign-in", signedIn, {
    method: "POST",
    body: JSON.stringify({ school, name, passphrase }),
  });

export const refresh = (account: SchoolServerAccount) =>
  call(account.url, "/api/refresh", signedIn, {
    method: "POST",
    body: JSON.stringify({ refreshToken: account.refreshToken }),
  });

export const listDocuments = async (url: string, accessToken: string) =>
  (
    await call(url, "/api/documents", documents, {
      headers: { Authorization: `Bearer ${accessToken}` },
    })
  ).documents;

export const accountOf = (url: string, s: SignedIn): SchoolServerAccount => ({
  url,
  school: s.school.code,
  schoolName: s.school.name,
  person: s.person,
  refreshToken: s.refreshToken,
});
