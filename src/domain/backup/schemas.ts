import { z } from "zod";
import { LEVELS, KEY_STAGE_CODES } from "../levels";
import {
  AI_USERS,
  EMPHASES,
  LESSON_STATUSES,
  THINKING_EVIDENCE,
} from "../lessons/types";

/**
 * zod schemas for records that arrive in files (backups now, share files later). Everything
 * from outside is untrusted: strings are bounded, so a hostile file cannot fill the device.
 */
const MAX_TEXT = 20_000;
const text = z.string().max(MAX_TEXT);
const short = z.string().max(500);
const id = z.string().min(1).max(100);
const iso = z.string().max(40);
const list = <T extends z.ZodType>(item: T, max = 500) =>
  z.array(item).max(max);

const mapping = z.strictObject({
  frameworkId: short,
  itemId: id,
  emphasis: z.enum(EMPHASES),
});

export const lessonSchema = z.strictObject({
  id,
  title: text,
  subject: short,
  level: z.enum(LEVELS).nullable(),
  className: short,
  schoolYear: z.string().regex(/^\d{4}\/\d{2}$/),
  term: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  date: z.iso.date().nullable(),
  period: z.number().int().min(1).max(20).nullable(),
  startTime: short,
  durationMinutes: z.number().int().min(0).max(1000).nullable(),
  unit: text,
  objectives: list(text),
  successCriteria: list(text),
  priorKnowledge: text,
  keywords: list(z.strictObject({ term: text, definition: text })),
  misconceptions: list(text),
  activities: list(
    z.strictObject({
      id,
      title: text,
      minutes: z.number().int().min(0).max(1000).nullable(),
      teacherDoes: text,
      studentsDo: text,
      checkForUnderstanding: text,
      mappings: list(mapping),
    }),
    200,
  ),
  differentiation: text,
  senSupport: text,
  resources: list(z.strictObject({ label: text, url: text })),
  assessment: text,
  homework: text,
  status: z.enum(LESSON_STATUSES),
  reflection: text,
  mappings: list(mapping),
  aiUses: list(
    z.strictObject({
      id,
      tool: text,
      usedBy: z.enum(AI_USERS),
      purpose: text,
      ageAndTermsChecked: z.boolean(),
      noPersonalData: z.boolean(),
      outputCheck: text,
    }),
  ),
  thinkingEvidence: list(z.enum(THINKING_EVIDENCE), 3),
  thinkingEvidenceNote: text,
  flags: z.strictObject({
    aiTeachingExample: z.boolean(),
    openLesson: z.boolean(),
    studentActivity: z.boolean(),
  }),
  author: short,
  createdAt: iso,
  updatedAt: iso,
  copiedFrom: z.strictObject({ lessonId: id, title: text, at: iso }).nullable(),
  templateId: short.nullable(),
  deletedAt: iso.nullable(),
});

const measureSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("focusesPerClass"),
    keyStage: z.enum(KEY_STAGE_CODES as [string, ...string[]]),
    mode: z.enum(["L", "A", "S", "P"]).nullable(),
    minimum: z.number().int().min(0).max(100),
  }),
  z.strictObject({
    kind: z.literal("aiSubjectsLevels"),
    subjects: z.number().int().min(0).max(100),
    levels: z.number().int().min(0).max(12),
  }),
  z.strictObject({
    kind: z.literal("flaggedLessons"),
    flag: z.enum(["aiTeachingExample", "openLesson", "studentActivity"]),
    minimum: z.number().int().min(0).max(10_000),
  }),
  z.strictObject({
    kind: z.literal("thinkingEvidenceShare"),
    percent: z.number().min(0).max(100),
  }),
  z.strictObject({
    kind: z.literal("focusCoverage"),
    keyStage: z.enum(KEY_STAGE_CODES as [string, ...string[]]),
    percent: z.number().min(0).max(100),
  }),
]);

export const planSchema = z.strictObject({
  id,
  schoolName: text,
  startYear: z.string().regex(/^\d{4}\/\d{2}$/),
  vision: text,
  mission: text,
  goals: list(text),
  holisticReview: text,
  swot: z.strictObject({
    strengths: list(text),
    weaknesses: list(text),
    opportunities: list(text),
    threats: list(text),
  }),
  concerns: list(
    z.strictObject({
      id,
      title: text,
      links: list(id),
      targets: list(
        z.strictObject({
          id,
          text,
          years: z.tuple([z.boolean(), z.boolean(), z.boolean()]),
          strategiesOutline: text,
          links: list(id),
          tasks: list(
            z.strictObject({
              id,
              yearIndex: z.number().int().min(0).max(2),
              text,
              timeScale: text,
              criteria: list(
                z.strictObject({ id, text, measure: measureSchema.nullable() }),
              ),
              evaluationMethods: text,
              responsible: text,
              resources: text,
              links: list(id),
            }),
          ),
        }),
      ),
    }),
    50,
  ),
  reports: list(
    z.strictObject({
      targetId: id,
      yearIndex: z.number().int().min(0).max(2),
      achievement: z
        .enum(["achieved", "partlyAchieved", "notAchieved"])
        .nullable(),
      evidence: text,
      reflection: text,
    }),
  ),
  createdAt: iso,
  updatedAt: iso,
  deletedAt: iso.nullable(),
});
