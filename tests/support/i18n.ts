import en from "../../src/i18n/locales/en/translation.json";
import enLessons from "../../src/i18n/locales/en/lessons.json";
import enCoverage from "../../src/i18n/locales/en/coverage.json";
import zhHKCoverage from "../../src/i18n/locales/zh-HK/coverage.json";
import enPlans from "../../src/i18n/locales/en/plans.json";
import zhHKPlans from "../../src/i18n/locales/zh-HK/plans.json";
import zhHK from "../../src/i18n/locales/zh-HK/translation.json";
import zhHKLessons from "../../src/i18n/locales/zh-HK/lessons.json";
import enFiles from "../../src/i18n/locales/en/files.json";
import zhHKFiles from "../../src/i18n/locales/zh-HK/files.json";
import enSettings from "../../src/i18n/locales/en/settings.json";
import zhHKSettings from "../../src/i18n/locales/zh-HK/settings.json";
import enTraining from "../../src/i18n/locales/en/training.json";
import zhHKTraining from "../../src/i18n/locales/zh-HK/training.json";
import enEditing from "../../src/i18n/locales/en/editing.json";
import zhHKEditing from "../../src/i18n/locales/zh-HK/editing.json";

/** Every namespace in both languages, loaded directly (the app downloads only what a screen needs). */
export const testResources = {
  en: {
    translation: en,
    lessons: enLessons,
    coverage: enCoverage,
    plans: enPlans,
    files: enFiles,
    editing: enEditing,
    settings: enSettings,
    training: enTraining,
  },
  "zh-HK": {
    translation: zhHK,
    lessons: zhHKLessons,
    coverage: zhHKCoverage,
    plans: zhHKPlans,
    files: zhHKFiles,
    editing: zhHKEditing,
    settings: zhHKSettings,
    training: zhHKTraining,
  },
};
