import { describe, expect, it } from "vitest";
import { readCurriculaFiles } from "../../../tests/support/curricula";
import { parseFrameworkFile } from "./schema";

type Json = Record<string, unknown> & {
  items: Record<string, unknown>[];
  framework: Record<string, unknown>;
};

const original = readCurriculaFiles().find(
  (f) => f.file === "hk-edb-digital-education-blueprint.json",
);
if (!original) throw new Error("Blueprint file missing");
const fresh = (): Json => structuredClone(original.raw) as Json;
const at = (file: Json, code: string) => {
  const found = file.items.find((i) => i.code === code);
  if (!found) throw new Error(code);
  return found;
};
const errorOf = (raw: unknown) => {
  try {
    parseFrameworkFile("curricula/broken.json", raw);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected the file to be refused");
};

describe("parseFrameworkFile refuses a malformed framework file, naming the file and the item", () => {
  it("an empty Chinese title", () => {
    const file = fresh();
    (at(file, "S7").title as Record<string, string>)["zh-HK"] = "  ";
    expect(errorOf(file)).toMatch(
      /curricula\/broken\.json: item S7 .*title\.zh-HK.*must not be empty/,
    );
  });

  it("a missing English description", () => {
    const file = fresh();
    delete (at(file, "F2").description as Record<string, string>).en;
    expect(errorOf(file)).toMatch(
      /curricula\/broken\.json: item F2 .*description\.en/,
    );
  });

  it("a parent that does not exist", () => {
    const file = fresh();
    at(file, "S3").parentId = "00000000-0000-4000-8000-000000000000";
    expect(errorOf(file)).toMatch(/item S3: parent .* does not exist/);
  });

  it("two items with one id", () => {
    const file = fresh();
    at(file, "S2").id = at(file, "S1").id;
    expect(errorOf(file)).toMatch(/item S2: id .* is used twice/);
  });

  it("a cycle of parents", () => {
    const file = fresh();
    at(file, "F1").parentId = at(file, "S1").id;
    expect(errorOf(file)).toMatch(/parents form a cycle/);
  });

  it("an item type the framework does not declare", () => {
    const file = fresh();
    at(file, "S4").type = "goal";
    expect(errorOf(file)).toMatch(/item S4: type "goal" is not declared/);
  });

  it("a file of another format", () => {
    expect(errorOf({ format: "something-else", items: [] })).toMatch(
      /curricula\/broken\.json: format/,
    );
    expect(errorOf(null)).toMatch(/curricula\/broken\.json/);
  });

  it("accepts the shipped file unchanged", () => {
    expect(parseFrameworkFile("curricula/ok.json", fresh()).items).toHaveLength(
      14,
    );
  });
});
