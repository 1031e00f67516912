import { describe, expect, it } from "vitest";
import {
  AI_LITERACY,
  BLUEPRINT,
  shippedItems,
} from "../../../tests/support/frameworks";
import { ancestorsOf, buildTree, countByType, orderFrameworks } from "./tree";
import { compareVersions } from "./version";

describe("framework tree", () => {
  it("nests strategies under focuses in the file's order", () => {
    const roots = buildTree(shippedItems(BLUEPRINT));
    expect(roots.map((r) => r.item.code)).toEqual(["F1", "F2", "F3", "F4"]);
    expect(roots[0]?.children.map((c) => c.item.code)).toEqual([
      "S1",
      "S2",
      "S3",
    ]);
  });

  it("nests key stage → mode → learning focus, and strand → sub-strand", () => {
    const roots = buildTree(shippedItems(AI_LITERACY));
    expect(roots.map((r) => r.item.code)).toEqual([
      "A",
      "B",
      "C",
      "KS1",
      "KS2",
      "KS3",
      "KS4",
    ]);
    const ks2 = roots.find((r) => r.item.code === "KS2");
    expect(ks2?.children.map((c) => c.item.code)).toEqual([
      "KS2-L",
      "KS2-A",
      "KS2-S",
      "KS2-P",
    ]);
    expect(ks2?.children[1]?.children.map((c) => c.item.code)).toEqual([
      "KS2-A1",
      "KS2-A2",
      "KS2-A3",
      "KS2-A4",
      "KS2-A5",
    ]);
  });

  it("leaves retired items out of the tree and the counts", () => {
    const items = shippedItems(BLUEPRINT).map((i) =>
      i.code === "S10" ? { ...i, retiredInVersion: "2.0.0" } : i,
    );
    expect(buildTree(items)[3]?.children.map((c) => c.item.code)).toEqual([
      "S9",
    ]);
    expect(countByType(items).get("strategy")).toBe(9);
  });

  it("lists an item's ancestors from the root down", () => {
    const items = shippedItems(AI_LITERACY);
    const byId = new Map(items.map((i) => [i.id, i]));
    const lf = items.find((i) => i.code === "KS3-P6");
    expect(lf && ancestorsOf(lf, byId).map((a) => a.code)).toEqual([
      "KS3",
      "KS3-P",
    ]);
  });

  it("lists a main framework before its supplements", () => {
    const list = [
      { id: "supp", partOf: "main" },
      { id: "other" },
      { id: "main" },
    ];
    expect(orderFrameworks(list).map((f) => f.id)).toEqual([
      "other",
      "main",
      "supp",
    ]);
  });

  it("compares versions by number, not by text", () => {
    expect(compareVersions("1.10.0", "1.9.0")).toBe(1);
    expect(compareVersions("1.0.0", "1.0.0")).toBe(0);
    expect(compareVersions("1.0.0", "2.0.0")).toBe(-1);
  });
});
