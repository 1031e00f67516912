import en from "../../src/i18n/locales/en/translation.json";
import enLessons from "../../src/i18n/locales/en/lessons.json";
import enCoverage from "../../src/i18n/locales/en/coverage.json";
import zhHKCoverage from "../../src/i18n/locales/zh-HK/coverage.json";
import enPlans from "../../src/i18n/locales/en/plans.json";
import zhHKPlans from "../../src/i18n/locales/zh-HK/plans.json";
import zhHK from "../../src/i18n/locales/zh-HK/translation.json";
import zhHKLessons from "../../src/i18n/locales/zh-HK/lessons.json";

/** Every namespace in both languages, loaded directly (the app downloads only what a screen needs). */
export const testResources = {
  en: {
    translation: en,
    lessons: enLessons,
    coverage: enCoverage,
    plans: enPlans,
  },
  "zh-HK": {
    translation: zhHK,
    lessons: zhHKLessons,
    coverage: zhHKCoverage,
    plans: zhHKPlans,
  },
};
