import type { Locale, LocalisedText } from "../framework/types";
import type { KeyStage, Level } from "../levels";
import { emptyLesson } from "./record";
import type {
  AiUser,
  Emphasis,
  Lesson,
  LessonFlag,
  Mapping,
  ThinkingEvidence,
} from "./types";

/** Which shipped framework a template mapping refers to. */
export const TEMPLATE_FRAMEWORKS = {
  "ai-literacy": "hk-edb-ai-literacy-framework",
  blueprint: "hk-edb-digital-education-blueprint",
} as const;

export interface TemplateMapping {
  framework: keyof typeof TEMPLATE_FRAMEWORKS;
  code: string;
  emphasis: Emphasis;
}

/** One of our bilingual starting lessons (src/domain/lessons/templates.json). */
export interface LessonTemplate {
  id: string;
  keyStage: KeyStage;
  level: Level;
  subject: string;
  durationMinutes: number;
  title: LocalisedText;
  summary: LocalisedText;
  unit: LocalisedText;
  objectives: LocalisedText[];
  successCriteria: LocalisedText[];
  priorKnowledge: LocalisedText;
  keywords: { term: LocalisedText; definition: LocalisedText }[];
  misconceptions: LocalisedText[];
  activities: {
    title: LocalisedText;
    minutes: number;
    teacherDoes: LocalisedText;
    studentsDo: LocalisedText;
    checkForUnderstanding: LocalisedText;
    mappings: TemplateMapping[];
  }[];
  differentiation: LocalisedText;
  senSupport: LocalisedText;
  assessment: LocalisedText;
  homework: LocalisedText;
  resources: { label: LocalisedText; url: string }[];
  mappings: TemplateMapping[];
  aiUses: {
    tool: LocalisedText;
    usedBy: AiUser;
    purpose: LocalisedText;
    ageAndTermsChecked: boolean;
    noPersonalData: boolean;
    outputCheck: LocalisedText;
  }[];
  thinkingEvidence: ThinkingEvidence[];
  thinkingEvidenceNote: LocalisedText;
  flags: Record<LessonFlag, boolean>;
}

export interface TemplateFile {
  format: "blueprint-planner/lesson-templates";
  formatVersion: 1;
  templates: LessonTemplate[];
}

/** Every framework code a template uses, to resolve to stored item ids in one read. */
export function templateCodes(
  template: LessonTemplate,
): { frameworkId: string; code: string }[] {
  return [
    ...template.mappings,
    ...template.activities.flatMap((a) => a.mappings),
  ].map((m) => ({
    frameworkId: TEMPLATE_FRAMEWORKS[m.framework],
    code: m.code,
  }));
}

/**
 * A new lesson from a template, written in the teacher's language. Framework codes become
 * stored item ids; a code the device does not hold is left out rather than invented.
 */
export function lessonFromTemplate(
  template: LessonTemplate,
  locale: Locale,
  resolve: (frameworkId: string, code: string) => string | undefined,
  newId: () => string,
  now: Date,
  author = "",
): Lesson {
  const pick = (text: LocalisedText) => text[locale];
  const mappings = (list: TemplateMapping[]): Mapping[] =>
    list.flatMap((m) => {
      const frameworkId = TEMPLATE_FRAMEWORKS[m.framework];
      const itemId = resolve(frameworkId, m.code);
      return itemId ? [{ frameworkId, itemId, emphasis: m.emphasis }] : [];
    });
  return {
    ...emptyLesson(newId(), now, author),
    title: pick(template.title),
    subject: template.subject,
    level: template.level,
    durationMinutes: template.durationMinutes,
    unit: pick(template.unit),
    objectives: template.objectives.map(pick),
    successCriteria: template.successCriteria.map(pick),
    priorKnowledge: pick(template.priorKnowledge),
    keywords: template.keywords.map((k) => ({
      term: pick(k.term),
      definition: pick(k.definition),
    })),
    misconceptions: template.misconceptions.map(pick),
    activities: template.activities.map((a) => ({
      id: newId(),
      title: pick(a.title),
      minutes: a.minutes,
      teacherDoes: pick(a.teacherDoes),
      studentsDo: pick(a.studentsDo),
      checkForUnderstanding: pick(a.checkForUnderstanding),
      mappings: mappings(a.mappings),
    })),
    differentiation: pick(template.differentiation),
    senSupport: pick(template.senSupport),
    assessment: pick(template.assessment),
    homework: pick(template.homework),
    resources: template.resources.map((r) => ({
      label: pick(r.label),
      url: r.url,
    })),
    mappings: mappings(template.mappings),
    aiUses: template.aiUses.map((u) => ({
      id: newId(),
      tool: pick(u.tool),
      usedBy: u.usedBy,
      purpose: pick(u.purpose),
      ageAndTermsChecked: u.ageAndTermsChecked,
      noPersonalData: u.noPersonalData,
      outputCheck: pick(u.outputCheck),
    })),
    thinkingEvidence: [...template.thinkingEvidence],
    thinkingEvidenceNote: pick(template.thinkingEvidenceNote),
    flags: { ...template.flags },
    templateId: template.id,
  };
}
