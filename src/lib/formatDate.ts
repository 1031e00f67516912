import type { Locale } from "../domain/framework/types";

/** A calendar date ("2026-06-17") in the reader's style: "17 June 2026" or "2026年6月17日". */
export function formatIsoDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(locale === "zh-HK" ? "zh-HK" : "en-HK", {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(date);
}

/** A moment (ISO time) in the reader's style, to the minute: "25 Nov 2026, 16:30". */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "zh-HK" ? "zh-HK" : "en-HK", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(iso));
}
