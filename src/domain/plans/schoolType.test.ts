import { describe, expect, it } from "vitest";
import { schoolTypeOfStages } from "./schoolType";

describe("the kind of school its lessons say", () => {
  it("is primary or secondary only when every lesson says so", () => {
    expect(schoolTypeOfStages(["KS1", "KS2"])).toBe("primary");
    expect(schoolTypeOfStages(["KS4"])).toBe("secondary");
    expect(schoolTypeOfStages(["KS2", "KS3"])).toBeNull();
    expect(schoolTypeOfStages([])).toBeNull();
  });
});
