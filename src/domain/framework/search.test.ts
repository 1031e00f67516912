import { describe, expect, it } from "vitest";
import {
  AI_LITERACY,
  BLUEPRINT,
  shippedItems,
} from "../../../tests/support/frameworks";
import { queryWords, searchItems } from "./search";

const ai = shippedItems(AI_LITERACY);
const bp = shippedItems(BLUEPRINT);
const codesFor = (items: typeof ai, query: string) =>
  searchItems(items, query).map((h) => h.item.code);

describe("searching a framework", () => {
  it("finds every learning focus by its code, first", () => {
    for (const lf of ai.filter((i) => i.type === "learning-focus")) {
      expect(codesFor(ai, lf.code)[0], lf.code).toBe(lf.code);
      expect(codesFor(ai, lf.code.toLowerCase())[0], lf.code).toBe(lf.code);
    }
  });

  it("puts an exact code before codes that start with it", () => {
    expect(codesFor(bp, "S1").slice(0, 2)).toEqual(["S1", "S10"]);
    expect(codesFor(ai, "KS2-A")).toEqual([
      "KS2-A",
      "KS2-A1",
      "KS2-A2",
      "KS2-A3",
      "KS2-A4",
      "KS2-A5",
    ]);
  });

  it("finds items by English words, titles before descriptions", () => {
    const hits = codesFor(ai, "fact-check");
    expect(hits).toContain("KS2-A4");
    expect(codesFor(ai, "deepfakes")).toContain("KS2-P1");
    expect(codesFor(bp, "school development plan")).toContain("S7");
  });

  it("finds items by Chinese words with no spaces between them", () => {
    expect(codesFor(ai, "事實查核")).toContain("KS2-A4");
    expect(codesFor(ai, "私隱")).toEqual(
      expect.arrayContaining(["KS1-P3", "KS2-P2", "C2"]),
    );
    expect(codesFor(bp, "優化學校發展")).toEqual(["S7"]);
    expect(codesFor(ai, "深偽技術")).toContain("KS2-P1");
  });

  it("matches every word of a mixed query", () => {
    expect(codesFor(ai, "STEAM 數據訓練")).toEqual(
      expect.arrayContaining(["KS3-S2", "KS4-S2"]),
    );
    expect(codesFor(ai, "STEAM 數據訓練")).not.toContain("KS2-S2");
  });

  it("ignores case, full-width letters and extra spaces", () => {
    expect(codesFor(ai, "  ＫＳ２－Ａ４ ")[0]).toBe("KS2-A4");
  });

  it("finds nothing for an empty query or unknown words, and skips retired items", () => {
    expect(searchItems(ai, "   ")).toEqual([]);
    expect(searchItems(ai, "zzzz-not-there")).toEqual([]);
    const retired = ai.map((i) =>
      i.code === "KS2-A4" ? { ...i, retiredInVersion: "2.0.0" } : i,
    );
    expect(codesFor(retired, "KS2-A4")).toEqual([]);
  });

  it("splits Chinese text into words but keeps codes whole", () => {
    expect(queryWords("KS2-A4")).toEqual(["ks2-a4"]);
    expect(queryWords("人工智能 bias").length).toBeGreaterThanOrEqual(2);
  });
});

describe("searching Chinese", () => {
  it("prefers the exact phrase, so a two-character word does not match its characters scattered apart", () => {
    expect(codesFor(ai, "深偽")).toEqual(["KS2-P1"]);
  });

  it("falls back to words when the phrase appears nowhere as typed", () => {
    expect(codesFor(ai, "人工智能事實查核")).toContain("KS2-A4");
  });
});
