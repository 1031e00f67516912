/**
 * A single-hue blue scale (ColorBrewer "Blues"), readable with any colour vision; the number is
 * always printed too. Zero is a neutral grey, so gaps stand out without relying on red.
 */
const STEPS = [
  { min: 8, background: "#08519c", color: "#ffffff" },
  { min: 4, background: "#3182bd", color: "#ffffff" },
  { min: 2, background: "#9ecae1", color: "#08306b" },
  { min: 1, background: "#deebf7", color: "#08306b" },
];

export function shade(n: number): { background: string; color: string } {
  return (
    STEPS.find((s) => n >= s.min) ?? { background: "#eeeeee", color: "#5f5f5f" }
  );
}

export const LEGEND = [0, 1, 2, 4, 8];
