import en from "../../src/i18n/locales/en/translation.json";
import enLessons from "../../src/i18n/locales/en/lessons.json";
import enCoverage from "../../src/i18n/locales/en/coverage.json";
import zhHKCoverage from "../../src/i18n/locales/zh-HK/coverage.json";
import zhHK from "../../src/i18n/locales/zh-HK/translation.json";
import zhHKLessons from "../../src/i18n/locales/zh-HK/lessons.json";

/** Every namespace in both languages, loaded directly (the app downloads only what a screen needs). */
export const testResources = {
  en: { translation: en, lessons: enLessons, coverage: enCoverage },
  "zh-HK": { translation: zhHK, lessons: zhHKLessons, coverage: zhHKCoverage },
};
