import fc from "fast-check";

/**
 * Files as they might arrive: random text, random JSON, a good file cut short anywhere, or a good
 * file with a few characters changed anywhere.
 */
export function brokenVersionsOf(good: string) {
  return fc.oneof(
    fc.string(),
    fc.json(),
    fc.integer({ min: 0, max: good.length }).map((n) => good.slice(0, n)),
    fc
      .tuple(
        fc.integer({ min: 0, max: good.length - 1 }),
        fc.string({ minLength: 1, maxLength: 3 }),
      )
      .map(([at, s]) => good.slice(0, at) + s + good.slice(at + 1)),
  );
}
