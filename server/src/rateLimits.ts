import type { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";

// Failed sign-ins are limited per name (someone guessing one teacher's passphrase) and per
// address (someone trying many names). With Redis, every server process counts together.
// The per-address limit is generous: a whole staff room may reach the server from one address.

export interface SignInLimits {
  failuresPerName: number;
  failuresPerAddress: number;
  windowSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  failuresPerName: 5,
  failuresPerAddress: 50,
  windowSeconds: 15 * 60,
};

export function signInLimiter(limits: SignInLimits, redis?: Redis) {
  const make = (points: number, keyPrefix: string): RateLimiterAbstract =>
    redis
      ? new RateLimiterRedis({
          storeClient: redis,
          points,
          duration: limits.windowSeconds,
          keyPrefix,
        })
      : new RateLimiterMemory({
          points,
          duration: limits.windowSeconds,
          keyPrefix,
        });
  const byName = make(limits.failuresPerName, "sign-in-name");
  const byAddress = make(limits.failuresPerAddress, "sign-in-address");

  /** Milliseconds until this key may try again, or 0. */
  const wait = async (
    limiter: RateLimiterAbstract,
    key: string,
    points: number,
  ) => {
    const state = await limiter.get(key);
    return state && state.consumedPoints >= points ? state.msBeforeNext : 0;
  };

  return {
    async waitMs(name: string, address: string) {
      return Math.max(
        await wait(byName, name, limits.failuresPerName),
        await wait(byAddress, address, limits.failuresPerAddress),
      );
    },
    async failed(name: string, address: string) {
      // Rejections here only say the limit is now reached; the next attempt is refused by waitMs.
      await byName.consume(name).catch(() => undefined);
      await byAddress.consume(address).catch(() => undefined);
    },
    async succeeded(name: string) {
      await byName.delete(name);
    },
  };
}

export type SignInLimiter = ReturnType<typeof signInLimiter>;
