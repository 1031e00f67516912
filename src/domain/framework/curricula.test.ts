import { describe, expect, it } from "vitest";
import { readCurriculaFiles } from "../../../tests/support/curricula";
import { KEY_STAGES } from "../levels";
import { parseFrameworkFile, type FrameworkFile } from "./schema";

// Every shipped framework file must pass the schema; a failure names the file and the item.
const files = readCurriculaFiles().map(({ file, raw }) => ({
  file,
  parsed: parseFrameworkFile(`curricula/${file}`, raw),
}));
const byId = (id: string): FrameworkFile => {
  const found = files.find((f) => f.parsed.framework.id === id);
  if (!found) throw new Error(`curricula/ has no framework ${id}`);
  return found.parsed;
};
const codes = (file: FrameworkFile, type: string) =>
  file.items.filter((i) => i.type === type).map((i) => i.code);
const item = (file: FrameworkFile, code: string) => {
  const found = file.items.find((i) => i.code === code);
  if (!found) throw new Error(`no item ${code}`);
  return found;
};

describe("curricula/", () => {
  it("names each file after the framework it holds", () => {
    for (const { file, parsed } of files)
      expect(file).toBe(`${parsed.framework.id}.json`);
  });

  it("never reuses an item id, across all frameworks", () => {
    const ids = files.flatMap((f) => f.parsed.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("points every cross-framework relation at an item that exists", () => {
    for (const { parsed } of files) {
      for (const i of parsed.items) {
        for (const r of i.related.filter((x) => x.frameworkId !== undefined)) {
          expect(
            byId(r.frameworkId ?? "").items.some((t) => t.id === r.itemId),
            `${i.code} → ${r.itemId}`,
          ).toBe(true);
        }
      }
    }
  });
});

describe("the Digital Education Blueprint", () => {
  const bp = byId("hk-edb-digital-education-blueprint");

  it("has four focuses and ten strategies, each strategy under its focus", () => {
    expect(codes(bp, "focus")).toEqual(["F1", "F2", "F3", "F4"]);
    expect(codes(bp, "strategy")).toEqual([
      "S1",
      "S2",
      "S3",
      "S4",
      "S5",
      "S6",
      "S7",
      "S8",
      "S9",
      "S10",
    ]);
    const focusOf = (s: string) =>
      bp.items.find((i) => i.id === item(bp, s).parentId)?.code;
    expect(["S1", "S2", "S3"].map(focusOf)).toEqual(["F1", "F1", "F1"]);
    expect(["S4", "S5"].map(focusOf)).toEqual(["F2", "F2"]);
    expect(["S6", "S7", "S8"].map(focusOf)).toEqual(["F3", "F3", "F3"]);
    expect(["S9", "S10"].map(focusOf)).toEqual(["F4", "F4"]);
  });

  it("stores the official Chinese titles exactly, and labels the English as working translations", () => {
    expect(item(bp, "F1").title["zh-HK"]).toBe(
      "培育兼具數字素養與人文關懷精神的人才",
    );
    expect(item(bp, "S7").title["zh-HK"]).toBe(
      "藉「優化學校發展與問責架構」推動學校改進，自我完善數字教育的落實",
    );
    expect(item(bp, "S10").title["zh-HK"]).toBe(
      "凝聚專業團體等不同的持份者，共建中小學數字教育生態",
    );
    for (const i of bp.items)
      expect(i.titleStatus).toEqual({ "zh-HK": "official", en: "working" });
  });
});

describe("the AI Literacy Learning Framework", () => {
  const ai = byId("hk-edb-ai-literacy-framework");

  it("has three strands, eight sub-strands and four key stages", () => {
    expect(codes(ai, "strand")).toEqual(["A", "B", "C"]);
    expect(codes(ai, "sub-strand")).toEqual([
      "A1",
      "A2",
      "A3",
      "B1",
      "B2",
      "B3",
      "C1",
      "C2",
    ]);
    expect(codes(ai, "key-stage")).toEqual(["KS1", "KS2", "KS3", "KS4"]);
    expect(item(ai, "KS2").title["zh-HK"]).toBe("與人工智能互動");
  });

  it("has every learning focus of the four key stages, 63 in all", () => {
    const perStage = Object.fromEntries(
      Object.keys(KEY_STAGES).map((ks) => [
        ks,
        codes(ai, "learning-focus").filter((c) => c.startsWith(`${ks}-`))
          .length,
      ]),
    );
    expect(perStage).toEqual({ KS1: 6, KS2: 17, KS3: 27, KS4: 13 });
    expect(item(ai, "KS2-A4").title["zh-HK"]).toBe(
      "評估和事實查核人工智能的回應和生成內容",
    );
  });

  it("places each learning focus under its key stage and mode, with that stage's levels", () => {
    for (const lf of ai.items.filter((i) => i.type === "learning-focus")) {
      const [stage, modeAndNumber] = lf.code.split("-") as [
        keyof typeof KEY_STAGES,
        string,
      ];
      const mode = ai.items.find((i) => i.id === lf.parentId);
      expect(mode?.code, lf.code).toBe(`${stage}-${modeAndNumber.charAt(0)}`);
      expect(ai.items.find((i) => i.id === mode?.parentId)?.code, lf.code).toBe(
        stage,
      );
      expect(lf.educationLevel, lf.code).toEqual(KEY_STAGES[stage]);
    }
  });

  it("links every learning focus to the sub-strands it develops", () => {
    const subStrandIds = new Set(
      ai.items.filter((i) => i.type === "sub-strand").map((i) => i.id),
    );
    for (const lf of ai.items.filter((i) => i.type === "learning-focus")) {
      const develops = lf.related.filter((r) => r.type === "develops");
      expect(develops.length, lf.code).toBeGreaterThan(0);
      for (const r of develops)
        expect(subStrandIds.has(r.itemId), lf.code).toBe(true);
    }
  });

  it("gives each sub-strand the content it names, in both languages", () => {
    expect(item(ai, "A1").contents?.map((c) => c["zh-HK"])).toEqual([
      "數據",
      "算法",
      "算力",
    ]);
    expect(item(ai, "C2").contents).toHaveLength(9);
  });
});

describe("every item", () => {
  it("has a description and source page, and a description that is not just its title", () => {
    for (const { parsed } of files) {
      for (const i of parsed.items) {
        expect(i.source.page, i.code).not.toBe("");
        expect(i.description.en, i.code).not.toBe(i.title.en);
        expect(i.description["zh-HK"], i.code).not.toBe(i.title["zh-HK"]);
      }
    }
  });
});
