import type { Locale, LocalisedText } from "../framework/types";
import type { KeyStage } from "../levels";
import {
  emptyPlan,
  type Criterion,
  type Measure,
  type SchoolPlan,
  type Target,
  type Task,
} from "./record";
import { GRANT_AI_TEACHING, grantYearly } from "./draftGrant";

import type { SchoolType } from "./schoolType";

export type { SchoolType };

const L = (en: string, zh: string): LocalisedText => ({ en, "zh-HK": zh });

interface DraftTask {
  year: number;
  text: LocalisedText;
  timeScale: LocalisedText;
  /** A measured criterion (its words are made from its measure), or one the school judges. */
  criteria: (Measure | LocalisedText)[];
  evaluation: LocalisedText;
  responsible: LocalisedText;
  resources: LocalisedText;
  links: string[];
}

/**
 * A Blueprint-aligned starting draft: digital and AI education as major concerns, with targets
 * and tasks tied to strategies S1, S3, S4, S5, S6 and S7, and success criteria the app measures
 * from lessons. Written by us, in the school's language; the school edits all of it.
 */
export function blueprintDraft(options: {
  id: () => string;
  startYear: string;
  schoolType: SchoolType;
  locale: Locale;
  /** Stored item id for a Blueprint strategy code ("S7"); codes not stored are left out. */
  strategy: (code: string) => string | undefined;
  now: Date;
}): SchoolPlan {
  const { id, locale } = options;
  const stages: [KeyStage, KeyStage] =
    options.schoolType === "primary" ? ["KS1", "KS2"] : ["KS3", "KS4"];
  const upper = stages[1];
  const lower = stages[0];
  const say = (text: LocalisedText) => text[locale];
  const links = (...codes: string[]) =>
    codes.flatMap((c) => options.strategy(c) ?? []);
  const anyYear = L("Whole year", "全學年");
  const yearly = grantYearly(options.startYear);
  const task = (t: DraftTask): Task => ({
    id: id(),
    yearIndex: t.year,
    text: say(t.text),
    timeScale: say(t.timeScale),
    criteria: t.criteria.map((c): Criterion =>
      "kind" in c
        ? { id: id(), text: "", measure: c }
        : { id: id(), text: say(c), measure: null },
    ),
    evaluationMethods: say(t.evaluation),
    responsible: say(t.responsible),
    resources: say(t.resources),
    links: t.links,
  });
  const target = (
    text: LocalisedText,
    outline: LocalisedText,
    codes: string[],
    tasks: DraftTask[],
  ): Target => ({
    id: id(),
    text: say(text),
    years: [true, true, true],
    strategiesOutline: say(outline),
    links: links(...codes),
    tasks: tasks.map(task),
  });
  const coordinator = L(
    "Digital-education task force; AI literacy coordinator",
    "數字教育專責小組；人工智能素養統籌",
  );
  const lessonRecords = L(
    "Lesson plans and coverage records in Blueprint Planner; lesson observation",
    "藍圖備課中的教案及涵蓋紀錄；觀課",
  );

  const concerns = [
    {
      id: id(),
      title: say(
        L(
          'Develop students\' AI literacy and "AI + Curriculum" learning across subjects',
          "培養學生的人工智能素養，推動跨學科的「人工智能+課程」學習",
        ),
      ),
      links: links("S1", "S3"),
      targets: [
        target(
          L(
            `Put the AI Literacy Learning Framework into practice at ${stages.join(" and ")}`,
            `在${stages.join("及")}落實《人工智能素養學習架構》`,
          ),
          L(
            "Map each level's lessons to the learning focuses; build AI learning into several subjects; review coverage every term.",
            "把各級課堂對應學習重點；在多個科目融入人工智能學習；每學期檢視涵蓋情況。",
          ),
          ["S1", "S3"],
          [
            {
              year: 0,
              text: L(
                `Plan and teach lessons covering most ${upper} learning focuses, with AI-assisted teaching in at least three subjects`,
                `計劃及教授涵蓋大部分${upper}學習重點的課堂，並在最少三個科目以人工智能輔助教學`,
              ),
              timeScale: anyYear,
              criteria: [
                {
                  kind: "focusCoverage",
                  keyStage: upper,
                  percent: 60,
                  reached: "taught",
                },
                GRANT_AI_TEACHING,
              ],
              evaluation: lessonRecords,
              responsible: coordinator,
              resources: L(
                "「智」啟學教 grant; Blueprint Planner templates",
                "「智」啟學教撥款；藍圖備課教案範本",
              ),
              links: links("S1", "S3"),
            },
            {
              year: 1,
              text: L(
                `Every ${lower} and ${upper} class learns the attitudes for prudent use of AI`,
                `每班${lower}及${upper}學生學習慎用人工智能的態度`,
              ),
              timeScale: anyYear,
              criteria: [
                {
                  kind: "focusesPerClass",
                  keyStage: upper,
                  mode: "P",
                  minimum: 1,
                  reached: "taught",
                },
                {
                  kind: "focusCoverage",
                  keyStage: upper,
                  percent: 80,
                  reached: "taught",
                },
              ],
              evaluation: lessonRecords,
              responsible: coordinator,
              resources: L(
                "Subject panels' schemes of work",
                "各科科本課程計劃",
              ),
              links: links("S1"),
            },
            {
              year: 2,
              text: L(
                `Consolidate: all ${upper} learning focuses taught, reviewed with students' work`,
                `鞏固：教授全部${upper}學習重點，並以學生課業檢視成效`,
              ),
              timeScale: anyYear,
              criteria: [
                {
                  kind: "focusCoverage",
                  keyStage: upper,
                  percent: 100,
                  reached: "taught",
                },
              ],
              evaluation: L(
                "Coverage report; samples of students' work; student questionnaire",
                "涵蓋報告；學生課業樣本；學生問卷",
              ),
              responsible: coordinator,
              resources: L("Time for panel meetings", "科組會議時間"),
              links: links("S1", "S3"),
            },
          ],
        ),
        target(
          L(
            "Students use AI responsibly and show their own thinking",
            "學生負責任地使用人工智能，並展示自己的思考過程",
          ),
          L(
            "Record every AI tool used in lessons; plan how students' thinking is evidenced; run student AI activities.",
            "記錄課堂使用的每項人工智能工具；計劃如何展示學生的思考過程；舉辦學生人工智能活動。",
          ),
          ["S3"],
          [0, 1, 2].map((year) => ({
            year,
            text: L(
              "Lessons that use AI record the tools and how students' thinking is evidenced",
              "使用人工智能的課堂記錄所用工具及如何展示學生的思考過程",
            ),
            timeScale: anyYear,
            criteria: [
              {
                kind: "thinkingEvidenceShare",
                percent: 80,
                reached: "planned",
              },
              ...yearly(year, "activities"),
            ],
            evaluation: lessonRecords,
            responsible: L("Subject panel heads", "各科科主任"),
            resources: L(
              "Guide to Using AI in Teaching (Supplement II)",
              "《中小學應用人工智能教學指南》（附篇二）",
            ),
            links: links("S3"),
          })),
        ),
      ],
    },
    {
      id: id(),
      title: say(
        L(
          "Build teachers' capacity to lead digital transformation",
          "提升教師專業能力，帶動教育數字化轉型",
        ),
      ),
      links: links("S4", "S5", "S6", "S7"),
      targets: [
        target(
          L(
            "Every teacher completes digital-education training and shares practice",
            "每位教師完成數字教育培訓並分享教學實踐",
          ),
          L(
            "School-based training plan (AI Literacy, AI + Subject, AI Leadership); open lessons and sharing sessions.",
            "校本培訓計劃（人工智能素養、人工智能+科目、人工智能領導）；公開課及分享會。",
          ),
          ["S4", "S5"],
          [0, 1, 2].map((year) => ({
            year,
            text: L(
              "Teachers try AI-assisted lessons and share them as teaching examples and open lessons",
              "教師嘗試以人工智能輔助教學，並以教學示例及公開課分享",
            ),
            timeScale: anyYear,
            criteria: [
              ...yearly(year, "examples"),
              ...yearly(year, "openLessons"),
              ...yearly(year, "sessions"),
              // Strategy S4: at least 30 hours within the 3-year, 150-hour CPD cycle (no yearly quota).
              L(
                "Teachers progress towards at least 30 hours of digital-education training within their 3-year CPD cycle",
                "教師在三年專業發展周期內逐步完成最少30小時數字教育培訓",
              ),
            ],
            evaluation: L(
              "Training records; lesson plans; sharing-session feedback",
              "培訓紀錄；教案；分享會回饋",
            ),
            responsible: L("Staff development coordinator", "教師專業發展統籌"),
            resources: L(
              "EDB training places; 「智」啟學教 grant",
              "教育局培訓名額；「智」啟學教撥款",
            ),
            links: links("S4", "S5"),
          })),
        ),
        target(
          L(
            "A school-based digital-education task force plans, monitors and evaluates progress",
            "校本數字教育專責小組策劃、監察及評估進展",
          ),
          L(
            "Use lesson coverage data in the P-I-E cycle; report in the School Report; use AI to lighten administrative work.",
            "在「策劃—推行—評估」循環中運用課堂涵蓋數據；於學校報告匯報；運用人工智能減輕行政工作。",
          ),
          ["S6", "S7"],
          [0, 1, 2].map((year) => ({
            year,
            text: L(
              "The task force reviews coverage each term and reports to the management committee",
              "專責小組每學期檢視涵蓋情況，並向法團校董會匯報",
            ),
            timeScale: L("Each term", "每學期"),
            criteria: [
              L(
                "Termly coverage review minuted; findings used in next term's planning",
                "每學期涵蓋檢視有會議紀錄，結果用於下學期計劃",
              ),
            ],
            evaluation: L(
              "Meeting minutes; coverage reports",
              "會議紀錄；涵蓋報告",
            ),
            responsible: L(
              "Principal; digital-education task force",
              "校長；數字教育專責小組",
            ),
            resources: L("Blueprint Planner coverage view", "藍圖備課涵蓋檢視"),
            links: links("S6", "S7"),
          })),
        ),
      ],
    },
  ];

  return { ...emptyPlan(id(), options.startYear, options.now), concerns };
}
