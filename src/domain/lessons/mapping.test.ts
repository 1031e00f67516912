import { describe, expect, it } from "vitest";
import { makeActivity, makeLesson } from "../../../tests/support/factories";
import { AI_LITERACY, shippedItems } from "../../../tests/support/frameworks";
import {
  isOutsideKeyStage,
  mappingRowsFor,
  rowsFromSummaries,
  summaryFor,
  unknownItemIds,
  withMapping,
  withoutMapping,
} from "./mapping";

const items = shippedItems(AI_LITERACY);
const item = (code: string) => items.find((i) => i.code === code)!;
const map = (
  code: string,
  emphasis: "introduce" | "develop" | "consolidate" = "introduce",
) => ({
  frameworkId: AI_LITERACY,
  itemId: item(code).id,
  emphasis,
});

describe("mapping rules", () => {
  it("warns when a learning focus belongs to another key stage, but not for items without levels", () => {
    expect(isOutsideKeyStage(item("KS2-A4"), "P5")).toBe(false);
    expect(isOutsideKeyStage(item("KS2-A4"), "S1")).toBe(true);
    expect(isOutsideKeyStage(item("C1"), "S1")).toBe(false);
    expect(isOutsideKeyStage(item("KS2-A4"), null)).toBe(false);
  });

  it("keeps one mapping per item", () => {
    const once = withMapping([map("KS2-A4")], map("KS2-A4", "consolidate"));
    expect(once).toEqual([map("KS2-A4", "consolidate")]);
    expect(withoutMapping(once, item("KS2-A4").id)).toEqual([]);
  });

  it("makes from a summary the same rows counting reads from the stored ones", () => {
    const lesson = makeLesson({
      status: "taught",
      level: "P5",
      mappings: [map("KS2-A4"), map("KS2-P1")],
      activities: [makeActivity({ mappings: [map("KS2-A4"), map("KS2-S2")] })],
    });
    const counted = (r: object) =>
      Object.fromEntries(
        Object.entries(r).filter(
          ([k]) =>
            ![
              "id",
              "frameworkId",
              "emphasis",
              "onLesson",
              "activityIds",
            ].includes(k),
        ),
      );
    expect(rowsFromSummaries([summaryFor(lesson)!])).toEqual(
      mappingRowsFor(lesson).map(counted),
    );
    expect(
      summaryFor({ ...lesson, deletedAt: "2026-11-25T00:00:00Z" }),
    ).toBeNull();
  });

  it("counts a lesson once per item, however often it is mapped, with its strongest emphasis", () => {
    const lesson = makeLesson({
      mappings: [map("KS2-A4"), map("KS2-P1")],
      activities: [
        makeActivity({ mappings: [map("KS2-A4", "consolidate")] }),
        makeActivity({ mappings: [map("KS2-A4", "develop"), map("KS2-S2")] }),
      ],
    });
    const rows = mappingRowsFor(lesson);
    expect(rows).toHaveLength(3);
    const a4 = rows.find((r) => r.itemId === item("KS2-A4").id)!;
    expect(a4).toMatchObject({
      emphasis: "consolidate",
      onLesson: true,
      status: "planned",
      keyStage: "KS1",
      className: "2A",
    });
    expect(a4.activityIds).toHaveLength(2);
    expect(rows.find((r) => r.itemId === item("KS2-S2").id)?.onLesson).toBe(
      false,
    );
  });

  it("takes a deleted lesson out of coverage", () => {
    expect(
      mappingRowsFor(
        makeLesson({
          mappings: [map("KS2-A4")],
          deletedAt: "2026-11-25T00:00:00Z",
        }),
      ),
    ).toEqual([]);
  });

  it("finds mappings to items the device does not hold", () => {
    const lesson = makeLesson({
      mappings: [
        map("KS2-A4"),
        { frameworkId: AI_LITERACY, itemId: "invented", emphasis: "develop" },
      ],
    });
    expect(unknownItemIds(lesson, new Set(items.map((i) => i.id)))).toEqual([
      "invented",
    ]);
  });
});
