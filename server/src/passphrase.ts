import { randomInt, randomBytes, scrypt, timingSafeEqual } from "node:crypto";

// Passphrases are kept only as scrypt hashes (node:crypto). The cost is written into each hash,
// so it can rise later without locking anyone out: N = 2^15, r = 8, p = 1 takes about 32 MB and
// a few tens of milliseconds, and sign-in is rare (a device refreshes its token instead).
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;

const derive = (
  passphrase: string,
  salt: Buffer,
  cost: { N: number; r: number; p: number },
) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(
      passphrase.normalize("NFKC"),
      salt,
      KEY_BYTES,
      { ...cost, maxmem: 256 * cost.N * cost.r },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );

/** `scrypt$N$r$p$salt$key`, salt and key in base64. */
export async function hashPassphrase(passphrase: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(passphrase, salt, COST);
  return [
    "scrypt",
    COST.N,
    COST.r,
    COST.p,
    salt.toString("base64"),
    key.toString("base64"),
  ].join("$");
}

/** A hash of nothing anyone knows: checking against it costs what a real check costs. */
export const decoyHash = () => hashPassphrase(randomBytes(16).toString("hex"));

export async function passphraseMatches(
  passphrase: string,
  stored: string,
): Promise<boolean> {
  const [kind, N, r, p, salt, key] = stored.split("$");
  if (kind !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = await derive(passphrase, Buffer.from(salt, "base64"), {
    N: Number(N),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** At least this many characters: a phrase of a few words, not a PIN. */
export const PASSPHRASE_MIN_LENGTH = 10;

/** Four groups of four letters and digits, without look-alikes (0/o, 1/l/i): about 80 bits. */
export function newPassphrase() {
  const letters = "abcdefghjkmnpqrstuvwxyz23456789";
  const group = () =>
    Array.from({ length: 4 }, () => letters[randomInt(letters.length)]).join(
      "",
    );
  return [group(), group(), group(), group()].join("-");
}
