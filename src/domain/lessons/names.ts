/**
 * How class, subject and teacher names compare everywhere (library, coverage, plans, menus): the
 * same key means the same class. Compatibility forms are folded (NFKC: a full-width "４Ａ" typed
 * with a Chinese input method is "4A"), spaces are trimmed and runs of them made one, and case
 * is folded with toLowerCase, not toLocaleLowerCase, so every device groups names alike whatever
 * its language. "4a", "4A" and " 4A " are one class.
 */
export function nameKey(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** Whether two class, subject or teacher names are the same (see nameKey). */
export const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

/** For one name column of the index: each code's group (the code of the spelling shown for it), and the groups by key. */
export interface NameGroups {
  groupOf: Int32Array;
  byKey: Map<string, number[]>;
}

/**
 * Groups the values a column's lessons use by nameKey. A group shows its most used spelling; on
 * a tie, a tidy one (no stray spaces or full-width letters), then the first in code-unit order
 * ("4A" before "4a"). Blank names, however spelt, are none (code 0).
 */
export function groupNames(
  values: readonly string[],
  codes: ArrayLike<number>,
  size: number,
): NameGroups {
  const uses = new Int32Array(values.length);
  for (let i = 0; i < size; i++) uses[codes[i]!]!++;
  const byKey = new Map<string, number[]>();
  uses.forEach((n, code) => {
    if (!n) return;
    const key = nameKey(values[code]!);
    const group = byKey.get(key);
    if (group) group.push(code);
    else byKey.set(key, [code]);
  });
  const tidy = (code: number) => {
    const v = values[code]!;
    return v === v.normalize("NFKC").trim().replace(/\s+/g, " ") ? 1 : 0;
  };
  const better = (a: number, b: number) =>
    uses[a]! - uses[b]! ||
    tidy(a) - tidy(b) ||
    (values[a]! < values[b]! ? 1 : -1);
  const groupOf = new Int32Array(values.length).fill(-1);
  for (const [key, group] of byKey) {
    const shown =
      key === ""
        ? 0
        : group.reduce((best, code) => (better(code, best) > 0 ? code : best));
    for (const code of group) groupOf[code] = shown;
  }
  return { groupOf, byKey };
}
