import type { z } from "zod";

/**
 * What every stored record's schema shares. A record's module holds its type, its defaults and
 * a function that builds its schema from the zod it is given: the module imports zod's types
 * only, so the pages that use a record's type or defaults never download zod. The readers of
 * files (src/domain/backup, src/domain/share/read.ts), which load zod anyway, pass it in.
 */
export type Zod = typeof z;

/**
 * Bounds for every string and list that arrives in a file (backups, share files): a hostile
 * file cannot fill the device.
 */
export function fileBounds(z: Zod) {
  return {
    text: z.string().max(20_000),
    short: z.string().max(500),
    id: z.string().min(1).max(100),
    iso: z.string().max(40),
    schoolYear: z.string().regex(/^\d{4}\/\d{2}$/),
    list: <T extends z.ZodType>(item: T, max = 500) => z.array(item).max(max),
  };
}

/**
 * True when A and B have the same fields (each assignable to the other). `satisfies
 * z.ZodType<T>` alone catches a field the schema lacks; this also catches one only the schema has.
 */
export type SameShape<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? true
    : false
  : false;

/** Compiles only when given true: `Assert<SameShape<z.output<S>, T>>`. */
export type Assert<T extends true> = T;
