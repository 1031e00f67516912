import type { Locale } from "../domain/framework/types";

/** "HK$500,000" in both languages (Hong Kong's own way of writing dollars). */
export function formatHkd(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "zh-HK" ? "zh-HK" : "en-HK", {
    style: "currency",
    currency: "HKD",
    currencyDisplay: "symbol",
    maximumFractionDigits: 0,
  }).format(amount);
}
