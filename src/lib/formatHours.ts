import type { Locale } from "../domain/framework/types";

/** Training hours as a number in the language's way: "4.5", "30". Halves only, so one decimal. */
export function formatHours(hours: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(
    hours,
  );
}
