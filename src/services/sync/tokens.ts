import { readSetting, writeSetting } from "../../db/settings";
import type { PlannerDatabase } from "../../db/schema";
import {
  schoolServerAccount,
  type SchoolServerAccount,
} from "../../domain/settings";
import { refresh, SchoolServerError, type SignedIn } from "./api";

// Access tokens live 15 minutes (server/src/tokens.ts); the device keeps only its refresh token
// (in its settings, never in backups) and asks for a new access token when the last is about to
// run out. Two asks at once share one request.

const MARGIN_MS = 60_000;

export interface AccessTokens {
  /** A current access token; throws a SchoolServerError when the server cannot give one. */
  get(): Promise<string>;
  /** Forgets the access token held, so the next get asks the server. */
  drop(): void;
}

export function accessTokens(
  db: PlannerDatabase,
  account: SchoolServerAccount,
  first?: Pick<SignedIn, "accessToken" | "accessExpiresAt">,
  now: () => number = Date.now,
): AccessTokens {
  let held = first
    ? { token: first.accessToken, until: Date.parse(first.accessExpiresAt) }
    : null;
  let asking: Promise<string> | null = null;
  const ask = async () => {
    // Another tab may have been given a newer refresh token; use the stored one.
    const stored = (await readSetting(db, schoolServerAccount)) ?? account;
    if (stored.person.id !== account.person.id)
      throw new SchoolServerError("signed-out");
    const fresh = await refresh(stored);
    await writeSetting(db, schoolServerAccount, {
      ...stored,
      refreshToken: fresh.refreshToken,
    });
    held = {
      token: fresh.accessToken,
      until: Date.parse(fresh.accessExpiresAt),
    };
    return fresh.accessToken;
  };
  return {
    get() {
      if (held && held.until - now() > MARGIN_MS)
        return Promise.resolve(held.token);
      asking ??= ask().finally(() => (asking = null));
      return asking;
    },
    drop() {
      held = null;
    },
  };
}
