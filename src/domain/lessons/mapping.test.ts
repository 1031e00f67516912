import { describe, expect, it } from "vitest";
import { makeActivity, makeLesson } from "../../../tests/support/factories";
import { AI_LITERACY, shippedItems } from "../../../tests/support/frameworks";
import {
  isOutsideKeyStage,
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

  it("summarises each item the lesson or its activities map to once, with the lesson's facts", () => {
    const lesson = makeLesson({
      status: "taught",
      level: "P5",
      className: "5A",
      mappings: [map("KS2-A4"), map("KS2-P1")],
      activities: [
        makeActivity({ mappings: [map("KS2-A4", "consolidate")] }),
        makeActivity({ mappings: [map("KS2-A4"), map("KS2-S2")] }),
      ],
    });
    expect(summaryFor(lesson)).toMatchObject({
      lessonId: lesson.id,
      status: "taught",
      keyStage: "KS2",
      className: "5A",
      itemIds: [item("KS2-A4").id, item("KS2-P1").id, item("KS2-S2").id],
    });
  });

  it("takes a deleted lesson out of coverage", () => {
    expect(
      summaryFor(
        makeLesson({
          mappings: [map("KS2-A4")],
          deletedAt: "2026-11-25T00:00:00Z",
        }),
      ),
    ).toBeNull();
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
