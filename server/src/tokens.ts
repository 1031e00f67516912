import { jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import type { Person, Role } from "./accounts";

// Tokens the school server signs (HS256, `jose`). An access token opens documents for a few
// minutes; a refresh token, kept on the device, gets new access tokens for weeks, so a tablet
// that was offline over a holiday reconnects without its teacher typing the passphrase again.
// Both name the person's generation: a passphrase reset or a revocation ends them all.

const ISSUER = "blueprint-planner-school-server";

export interface TokenLifetimes {
  accessSeconds: number;
  refreshSeconds: number;
}

export const DEFAULT_LIFETIMES: TokenLifetimes = {
  accessSeconds: 15 * 60,
  refreshSeconds: 120 * 24 * 60 * 60,
};

const claims = z.object({
  sub: z.string(),
  sch: z.string(),
  role: z.enum(["teacher", "head"]),
  gen: z.number().int(),
  typ: z.enum(["access", "refresh"]),
});

export interface TokenClaims {
  personId: string;
  school: string;
  role: Role;
  generation: number;
}

export function tokenSigner(secret: string, lifetimes: TokenLifetimes) {
  const key = new TextEncoder().encode(secret);

  const sign = (person: Person, typ: "access" | "refresh") =>
    new SignJWT({
      sch: person.school,
      role: person.role,
      gen: person.generation,
      typ,
    })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(person.id)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(
        `${typ === "access" ? lifetimes.accessSeconds : lifetimes.refreshSeconds}s`,
      )
      .sign(key);

  /** The claims of a token of this kind that this server signed and that has not expired, or null. */
  const read = async (
    token: string,
    typ: "access" | "refresh",
  ): Promise<TokenClaims | null> => {
    try {
      const { payload } = await jwtVerify(token, key, {
        issuer: ISSUER,
        algorithms: ["HS256"],
      });
      const parsed = claims.safeParse(payload);
      if (!parsed.success || parsed.data.typ !== typ) return null;
      const { sub, sch, role, gen } = parsed.data;
      return { personId: sub, school: sch, role, generation: gen };
    } catch {
      return null;
    }
  };

  return {
    async issue(person: Person) {
      return {
        accessToken: await sign(person, "access"),
        refreshToken: await sign(person, "refresh"),
        accessExpiresAt: new Date(
          Date.now() + lifetimes.accessSeconds * 1000,
        ).toISOString(),
      };
    },
    read,
  };
}

export type TokenSigner = ReturnType<typeof tokenSigner>;
