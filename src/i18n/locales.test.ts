import { describe, expect, it } from "vitest";
import { testResources } from "../../tests/support/i18n";

const en = testResources.en;
const zhHK = testResources["zh-HK"];

/** Every key, with i18next plural suffixes folded (English has _one and _other; Chinese only _other). */
function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return [prefix];
  return Object.entries(value).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k.replace(/_(one|other)$/, "")}` : k),
  );
}

function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null) return [];
  return Object.values(value).flatMap(texts);
}

describe("translations", () => {
  it("are all loaded by the tests, every namespace in both languages", () => {
    const files = Object.keys(import.meta.glob("./locales/*/*.json"));
    for (const [locale, namespaces] of Object.entries(testResources))
      expect(Object.keys(namespaces).sort()).toEqual(
        files
          .filter((f) => f.startsWith(`./locales/${locale}/`))
          .map((f) => f.split("/").pop()!.replace(".json", ""))
          .sort(),
      );
  });

  it("have the same strings in English and Traditional Chinese", () => {
    expect([...new Set(keys(zhHK))].sort()).toEqual(
      [...new Set(keys(en))].sort(),
    );
  });

  it("leave no string empty", () => {
    for (const s of [...texts(en), ...texts(zhHK)])
      expect(s.trim()).not.toBe("");
  });

  it("write Chinese in Chinese: every zh-HK sentence has Chinese characters or is a name", () => {
    const untranslated = texts(zhHK)
      .map((s) => s.replace(/\{\{[^}]+\}\}/g, ""))
      .filter((s) => s.length > 12 && !/\p{Script=Han}/u.test(s));
    expect(untranslated).toEqual([]);
  });
});
