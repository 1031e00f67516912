// A deterministic synthetic secondary school's year, for the benchmark: teachers, classes,
// subjects and levels, and lessons mapped to both frameworks with a mix of statuses.
import { readFileSync } from "node:fs";
import { emptyLesson } from "../../src/domain/lessons/record.ts";
import type {
  Emphasis,
  Lesson,
  LessonStatus,
} from "../../src/domain/lessons/types.ts";
import type { FrameworkFile } from "../../src/domain/framework/schema.ts";
import { keyStageOfLevel, type Level } from "../../src/domain/levels.ts";

/** mulberry32: a small seeded generator, so every run builds the same school. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS: Level[] = ["S1", "S2", "S3", "S4", "S5", "S6"];
const SUBJECTS = [
  "chinese-language",
  "english-language",
  "mathematics",
  "ict",
  "science",
  "physics",
  "chemistry",
  "biology",
  "history",
  "geography",
  "economics",
  "citizenship-social-development",
  "visual-arts",
  "music",
  "physical-education",
  "life-and-society",
];
const STATUSES: [LessonStatus, number][] = [
  ["taught", 0.55],
  ["planned", 0.25],
  ["assessed", 0.1],
  ["draft", 0.1],
];
const TOOLS = [
  "A school-approved chatbot",
  "An image generator",
  "A browser-based image-classifier trainer",
  "A translation tool",
];

function read(file: string): FrameworkFile {
  return JSON.parse(
    readFileSync(`curricula/${file}.json`, "utf8"),
  ) as FrameworkFile;
}

export interface Teacher {
  name: string;
  lessons: Lesson[];
}

/**
 * `count` lessons for a school year (2026/27), shared out among teachers at about 835 lessons
 * each (25 a week × 35 weeks, less a little), so 100,000 lessons is a 120-teacher school.
 */
export function generateSchool(count: number, seed = 20261125): Teacher[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(next() * list.length)]!;
  const ai = read("hk-edb-ai-literacy-framework");
  const blueprint = read("hk-edb-digital-education-blueprint");
  const focuses = ai.items.filter((i) => i.type === "learning-focus");
  const byStage = (stage: string) =>
    focuses.filter((f) => f.code.startsWith(`${stage}-`));
  const strategies = blueprint.items.filter((i) => i.type === "strategy");
  const emphases: Emphasis[] = ["introduce", "develop", "consolidate"];

  const teacherCount = Math.max(1, Math.round(count / 835));
  const teachers: Teacher[] = Array.from({ length: teacherCount }, (_, i) => ({
    name: `Teacher ${String(i + 1).padStart(3, "0")}`,
    lessons: [],
  }));
  const start = Date.UTC(2026, 8, 1);
  for (let n = 0; n < count; n++) {
    const teacher = teachers[n % teacherCount]!;
    const level = pick(LEVELS);
    const stage = keyStageOfLevel(level);
    const day = Math.floor(next() * 300);
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    let r = next();
    const status =
      STATUSES.find(([, share]) => (r -= share) < 0)?.[0] ?? "taught";
    const mapping = () => {
      const f = pick(byStage(stage));
      return {
        frameworkId: ai.framework.id,
        itemId: f.id,
        emphasis: pick(emphases),
      };
    };
    const lessonMappings = [mapping(), mapping()];
    if (next() < 0.5) lessonMappings.push(mapping());
    if (next() < 0.4)
      lessonMappings.push({
        frameworkId: blueprint.framework.id,
        itemId: pick(strategies).id,
        emphasis: "develop",
      });
    const id = `bench-${String(n).padStart(7, "0")}`;
    // Written in the weeks before term, so every edit is in the past, as in a real share file
    // (one edited later than the file was made is refused).
    const created = new Date(Date.UTC(2026, 7, 1) + day * 6 * 3_600_000);
    const lesson: Lesson = {
      ...emptyLesson(id, created, teacher.name),
      title: `Lesson ${n + 1}: AI in ${pick(SUBJECTS)} (${level})`,
      subject: pick(SUBJECTS),
      level,
      className: `${level.slice(1)}${"ABCDE"[Math.floor(next() * 5)]}`,
      schoolYear: "2026/27",
      term: day < 140 ? 1 : 2,
      date,
      period: 1 + Math.floor(next() * 8),
      durationMinutes: 40,
      objectives: ["I can explain how the tool reached its answer."],
      successCriteria: ["Students name one limit of the tool."],
      status,
      mappings: lessonMappings,
      activities: [
        {
          id: `${id}-a1`,
          title: "Try, question, improve",
          minutes: 20,
          teacherDoes:
            "Models a prompt and checks the answer against a source.",
          studentsDo: "Work in pairs; record one check they made.",
          checkForUnderstanding: "Exit ticket.",
          mappings: next() < 0.5 ? [mapping()] : [],
        },
      ],
      aiUses:
        next() < 0.45
          ? [
              {
                id: `${id}-ai`,
                tool: pick(TOOLS),
                usedBy: next() < 0.5 ? "students" : "teacher",
                purpose: "Generate examples to critique.",
                ageAndTermsChecked: true,
                noPersonalData: true,
                outputCheck: "Compared with the textbook.",
              },
            ]
          : [],
      thinkingEvidence: next() < 0.35 ? ["process-records"] : [],
      flags: {
        aiTeachingExample: next() < 0.05,
        openLesson: next() < 0.02,
        studentActivity: next() < 0.1,
      },
      createdAt: created.toISOString(),
      updatedAt: new Date(created.getTime() + 3_600_000).toISOString(),
    };
    teacher.lessons.push(lesson);
  }
  return teachers;
}
