export type SchoolType = "primary" | "secondary";

/**
 * The kind of school its lessons say: primary when every lesson is at KS1 or KS2, secondary when
 * at KS3 or KS4; null when there are none, or both (a school with both says which itself).
 */
export function schoolTypeOfStages(
  keyStages: readonly string[],
): SchoolType | null {
  const primary = keyStages.some((k) => k === "KS1" || k === "KS2");
  const secondary = keyStages.some((k) => k === "KS3" || k === "KS4");
  if (primary === secondary) return null;
  return primary ? "primary" : "secondary";
}
