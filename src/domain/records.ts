import type {
  array,
  boolean,
  discriminatedUnion,
  enum as enumOf,
  iso,
  literal,
  number,
  strictObject,
  string,
  tuple,
  union,
  ZodType,
} from "zod";

/**
 * What every stored record's schema shares. A record's module holds its type, its defaults and
 * a function that builds its schema from the zod parts it is given: the module imports zod's
 * types only, so the pages that use a record's type or defaults never download zod. The readers
 * of files pass `zodParts` (src/domain/backup/zodParts.ts), which load zod anyway. Named parts,
 * not the `z` namespace: passing `z` as a value would keep all of zod in the validator's chunk.
 */
export interface Zod {
  array: typeof array;
  boolean: typeof boolean;
  discriminatedUnion: typeof discriminatedUnion;
  enum: typeof enumOf;
  iso: { date: typeof iso.date };
  literal: typeof literal;
  number: typeof number;
  strictObject: typeof strictObject;
  string: typeof string;
  tuple: typeof tuple;
  union: typeof union;
}

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
    list: <T extends ZodType>(item: T, max = 500) => z.array(item).max(max),
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
