import { describe, expect, it } from "vitest";
import { formatLevelRange, keyStageOfLevel, keyStagesOfLevels } from "./levels";

describe("levels and key stages", () => {
  it("derives the key stage from a level", () => {
    expect(keyStageOfLevel("P3")).toBe("KS1");
    expect(keyStageOfLevel("P4")).toBe("KS2");
    expect(keyStageOfLevel("S3")).toBe("KS3");
    expect(keyStageOfLevel("S6")).toBe("KS4");
    expect(keyStagesOfLevels(["S4", "P1", "P2"])).toEqual(["KS1", "KS4"]);
  });

  it("writes a run of levels as a range", () => {
    expect(formatLevelRange(["P4", "P5", "P6"])).toBe("P4–P6");
    expect(formatLevelRange(["P2", "P5"])).toBe("P2, P5");
    expect(formatLevelRange(["S1"])).toBe("S1");
    expect(formatLevelRange([])).toBe("");
  });
});
