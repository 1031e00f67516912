/** The three school years of a plan starting in `startYear` ("2026/27" → 2026/27, 2027/28, 2028/29). */
export function planYears(startYear: string): [string, string, string] {
  const start = Number(startYear.slice(0, 4));
  const year = (y: number) => `${y}/${String((y + 1) % 100).padStart(2, "0")}`;
  return [year(start), year(start + 1), year(start + 2)];
}

/** "2026/27 – 2028/29" */
export function planPeriod(startYear: string): string {
  const [first, , last] = planYears(startYear);
  return `${first} – ${last}`;
}
