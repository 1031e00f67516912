import { useTranslation } from "react-i18next";
import type { Locale } from "../domain/framework/types";
import { toAppLocale } from "../i18n";

/** The reader's language, for picking framework text (which is data, not UI strings). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return toAppLocale(i18n.resolvedLanguage ?? i18n.language);
}
