import type { GrantStanding } from "../domain/plans/grant";
import type { MeasurePart } from "../domain/plans/measures";

export type Translate = (key: string, o?: Record<string, unknown>) => string;

// The grant's standing in words, for the screen, print and Word alike (common namespace).

/** "2 of 3 subjects, 3 of 3 lessons": a condition over the period. */
export function partsText(parts: readonly MeasurePart[], t: Translate): string {
  return parts
    .map((p) =>
      t(`grant.part.${p.key}`, {
        ns: "translation",
        value: p.value,
        target: p.target,
      }),
    )
    .join(t("grant.separator", { ns: "translation" }));
}

/** "2 subjects, 3 lessons": what one year brought (the targets are the period's). */
export function countsText(
  parts: readonly MeasurePart[],
  t: Translate,
): string {
  return parts
    .map((p) =>
      t(`grant.count.${p.key}`, { ns: "translation", count: p.value }),
    )
    .join(t("grant.separator", { ns: "translation" }));
}

/** One condition as a line of a report: its words, then where the school stands over the period. */
export function standingLine(s: GrantStanding, t: Translate): string {
  const o = { ns: "translation" };
  return `${t(`grant.condition.${s.key}`, o)}: ${partsText(s.result.parts, t)} · ${t(s.result.met ? "grant.met" : "grant.notMet", o)}`;
}
