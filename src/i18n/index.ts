import i18n, { type Resource } from "i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { initReactI18next } from "react-i18next";
import type { Locale } from "../domain/framework/types";

// One chunk per language and namespace, fetched when first needed (and precached for offline use).
const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>(
  "./locales/*/*.json",
);

export const LOCALES: readonly Locale[] = ["en", "zh-HK"];
export const LANGUAGE_STORAGE_KEY = "blueprint-planner.language";

/** Any Chinese browser (zh-HK, zh-TW, zh-Hant, zh-CN…) gets Traditional Chinese; everything else English. */
export function toAppLocale(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith("zh") ? "zh-HK" : "en";
}

function savedLocale(): Locale | undefined {
  try {
    const saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return LOCALES.find((l) => l === saved);
  } catch {
    return undefined; // storage blocked: fall back to the browser's language
  }
}

/**
 * The teacher's own choice if they made one on this device; otherwise the browser's first
 * preferred language. (Two rules, so no detector library is shipped on first load.)
 */
export function detectLocale(): Locale {
  return (
    savedLocale() ?? toAppLocale(navigator.languages[0] ?? navigator.language)
  );
}

/**
 * The app's i18next instance. In the browser only the reader's language is downloaded (the other
 * loads when they switch); tests pass both languages' `resources` directly.
 */
export function createI18n(
  options: { language?: Locale; resources?: Resource } = {},
) {
  const instance = i18n.createInstance();
  if (!options.resources) {
    instance.use(
      resourcesToBackend((lng: string, ns: string) => {
        const load = localeFiles[`./locales/${lng}/${ns}.json`];
        return load
          ? load()
          : Promise.reject(new Error(`No strings for ${lng}/${ns}`));
      }),
    );
  }
  void instance.use(initReactI18next).init({
    resources: options.resources,
    // "translation" holds the shell and the framework browser; each later section brings its
    // own namespace (e.g. "lessons"), downloaded with that section, and falls back to this one.
    ns: ["translation"],
    defaultNS: "translation",
    fallbackNS: "translation",
    lng: options.language ?? detectLocale(),
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    load: "currentOnly",
    interpolation: { escapeValue: false }, // React escapes
    initAsync: options.resources === undefined,
  });
  const setPageLanguage = (lng: string) => {
    if (typeof document !== "undefined") document.documentElement.lang = lng;
  };
  setPageLanguage(instance.language);
  instance.on("languageChanged", (lng) => {
    setPageLanguage(lng);
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
    } catch {
      // Private mode with storage blocked: the choice lasts for this visit only.
    }
  });
  return instance;
}
