/** Monday of the week that holds a date ("2026-11-25" → "2026-11-23"). */
export function weekStart(isoDate: string): string {
  const d = parse(isoDate);
  const offset = (d.getUTCDay() + 6) % 7; // Monday = 0
  d.setUTCDate(d.getUTCDate() - offset);
  return format(d);
}

export function addDays(isoDate: string, days: number): string {
  const d = parse(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return format(d);
}

/** The school days of a week, Monday to Friday. */
export function schoolDays(isoDate: string): string[] {
  const monday = weekStart(isoDate);
  return [0, 1, 2, 3, 4].map((i) => addDays(monday, i));
}

export const DEFAULT_PERIODS = 8;

export function isIsoDate(value: string | undefined): value is string {
  return (
    !!value &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(parse(value).getTime())
  );
}

function parse(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

function format(d: Date): string {
  return d.toISOString().slice(0, 10);
}
