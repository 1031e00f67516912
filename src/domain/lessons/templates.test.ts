import { describe, expect, it } from "vitest";
import { readCurriculaFiles } from "../../../tests/support/curricula";
import file from "./templates.json";
import { checkActivityMinutes } from "./lesson";
import { SUBJECTS } from "./subjects";
import {
  lessonFromTemplate,
  TEMPLATE_FRAMEWORKS,
  templateCodes,
  type TemplateFile,
} from "./templates";
import { keyStageOfLevel, KEY_STAGE_CODES } from "../levels";

const { templates } = file as TemplateFile;
const items = readCurriculaFiles().flatMap(({ raw }) => {
  const f = raw as {
    framework: { id: string };
    items: { id: string; code: string; educationLevel: string[] }[];
  };
  return f.items.map((i) => ({ ...i, frameworkId: f.framework.id }));
});
const find = (frameworkId: string, code: string) =>
  items.find((i) => i.frameworkId === frameworkId && i.code === code);

function texts(value: unknown): { en: string; "zh-HK": string }[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value !== "object" || value === null) return [];
  if ("en" in value && "zh-HK" in value)
    return [value as { en: string; "zh-HK": string }];
  return Object.values(value).flatMap(texts);
}

describe("lesson templates", () => {
  it("offer at least two lessons for every key stage", () => {
    for (const ks of KEY_STAGE_CODES)
      expect(
        templates.filter((t) => t.keyStage === ks).length,
        ks,
      ).toBeGreaterThanOrEqual(2);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
  });

  it("are complete in both languages", () => {
    for (const t of templates) {
      for (const text of texts(t)) {
        expect(text.en.trim(), t.id).not.toBe("");
        expect(text["zh-HK"], t.id).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it("fit their key stage, subject list and timing", () => {
    for (const t of templates) {
      expect(keyStageOfLevel(t.level), t.id).toBe(t.keyStage);
      expect(
        SUBJECTS.some((s) => s.id === t.subject),
        t.id,
      ).toBe(true);
      const minutes = checkActivityMinutes({
        durationMinutes: t.durationMinutes,
        activities: t.activities.map((a) => ({
          ...a,
          id: "",
          mappings: [],
          title: "",
          teacherDoes: "",
          studentsDo: "",
          checkForUnderstanding: "",
        })),
      });
      expect(minutes.mismatch, t.id).toBe(false);
    }
  });

  it("map only to framework items that exist, learning focuses of their own key stage", () => {
    for (const t of templates) {
      expect(t.mappings.length, t.id).toBeGreaterThan(0);
      for (const { frameworkId, code } of templateCodes(t)) {
        const item = find(frameworkId, code);
        expect(item, `${t.id}: ${code}`).toBeDefined();
        if (
          frameworkId === TEMPLATE_FRAMEWORKS["ai-literacy"] &&
          item?.educationLevel.length
        ) {
          expect(
            item.educationLevel.map((l) => keyStageOfLevel(l as "P1")),
            `${t.id}: ${code}`,
          ).toContain(t.keyStage);
        }
      }
    }
  });

  it("become a lesson in the teacher's language, with codes turned into stored item ids", () => {
    const template = templates.find((t) => t.keyStage === "KS2")!;
    let n = 0;
    const lesson = lessonFromTemplate(
      template,
      "zh-HK",
      (fw, code) => find(fw, code)?.id,
      () => `id-${++n}`,
      new Date("2026-11-25T00:00:00Z"),
    );
    expect(lesson.title).toBe(template.title["zh-HK"]);
    expect(lesson.level).toBe(template.level);
    expect(lesson.templateId).toBe(template.id);
    expect(lesson.mappings.map((m) => m.itemId)).toEqual(
      template.mappings.map(
        (m) => find(TEMPLATE_FRAMEWORKS[m.framework], m.code)?.id,
      ),
    );
    expect(lesson.activities).toHaveLength(template.activities.length);
    expect(lesson.schoolYear).toBe("2026/27");
  });

  it("leave out a code the device does not hold rather than invent one", () => {
    const template = templates[0]!;
    const lesson = lessonFromTemplate(
      template,
      "en",
      () => undefined,
      () => "x",
      new Date(),
    );
    expect(lesson.mappings).toEqual([]);
  });
});
