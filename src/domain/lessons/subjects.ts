import type { LocalisedText } from "../framework/types";

/** Hong Kong school subjects, primary and secondary. A school can also type its own. */
export const SUBJECTS = [
  {
    id: "chinese-language",
    name: { en: "Chinese Language", "zh-HK": "中國語文" },
  },
  {
    id: "english-language",
    name: { en: "English Language", "zh-HK": "英國語文" },
  },
  { id: "mathematics", name: { en: "Mathematics", "zh-HK": "數學" } },
  { id: "general-studies", name: { en: "General Studies", "zh-HK": "常識" } },
  {
    id: "primary-science",
    name: { en: "Primary Science", "zh-HK": "小學科學" },
  },
  {
    id: "primary-humanities",
    name: { en: "Primary Humanities", "zh-HK": "小學人文" },
  },
  {
    id: "information-innovation-technology",
    name: {
      en: "Information and Innovation Technology",
      "zh-HK": "資訊及創新科技",
    },
  },
  {
    id: "ict",
    name: {
      en: "Information and Communication Technology",
      "zh-HK": "資訊及通訊科技",
    },
  },
  {
    id: "computer-literacy",
    name: { en: "Computer Literacy", "zh-HK": "電腦認知" },
  },
  { id: "science", name: { en: "Science", "zh-HK": "科學" } },
  { id: "physics", name: { en: "Physics", "zh-HK": "物理" } },
  { id: "chemistry", name: { en: "Chemistry", "zh-HK": "化學" } },
  { id: "biology", name: { en: "Biology", "zh-HK": "生物" } },
  {
    id: "citizenship-social-development",
    name: {
      en: "Citizenship and Social Development",
      "zh-HK": "公民與社會發展",
    },
  },
  { id: "history", name: { en: "History", "zh-HK": "歷史" } },
  {
    id: "chinese-history",
    name: { en: "Chinese History", "zh-HK": "中國歷史" },
  },
  { id: "geography", name: { en: "Geography", "zh-HK": "地理" } },
  { id: "economics", name: { en: "Economics", "zh-HK": "經濟" } },
  {
    id: "life-and-society",
    name: { en: "Life and Society", "zh-HK": "生活與社會" },
  },
  {
    id: "technology-and-living",
    name: { en: "Technology and Living", "zh-HK": "科技與生活" },
  },
  {
    id: "design-and-applied-technology",
    name: { en: "Design and Applied Technology", "zh-HK": "設計與應用科技" },
  },
  { id: "visual-arts", name: { en: "Visual Arts", "zh-HK": "視覺藝術" } },
  { id: "music", name: { en: "Music", "zh-HK": "音樂" } },
  {
    id: "physical-education",
    name: { en: "Physical Education", "zh-HK": "體育" },
  },
  { id: "putonghua", name: { en: "Putonghua", "zh-HK": "普通話" } },
  {
    id: "values-education",
    name: { en: "Values Education", "zh-HK": "價值觀教育" },
  },
  {
    id: "steam",
    name: { en: "STEAM (cross-curricular)", "zh-HK": "STEAM（跨學科）" },
  },
] as const satisfies readonly { id: string; name: LocalisedText }[];

export type SubjectId = (typeof SUBJECTS)[number]["id"];

/** The subject's name in the reader's language; a school's own subject is shown as typed. */
export function subjectName(subject: string, locale: "en" | "zh-HK"): string {
  return SUBJECTS.find((s) => s.id === subject)?.name[locale] ?? subject;
}
