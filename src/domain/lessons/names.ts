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
