import { describe, expect, it } from "vitest";
import { openDocx, XML_FORBIDDEN } from "../../../../tests/support/docx";
import { makeActivity, makeLesson } from "../../../../tests/support/factories";
import {
  AI_LITERACY,
  BLUEPRINT,
  shippedItems,
} from "../../../../tests/support/frameworks";
import { testResources } from "../../../../tests/support/i18n";
import { createI18n } from "../../../i18n";
import type { Locale } from "../../../domain/framework/types";
import { buildLessonDocx } from "./lessonDocx";

const items = [...shippedItems(AI_LITERACY), ...shippedItems(BLUEPRINT)];
const byId = new Map(items.map((i) => [i.id, i]));
const code = (c: string) => items.find((i) => i.code === c)!;

async function documentText(locale: Locale, lesson = sample()) {
  const i18n = createI18n({ language: locale, resources: testResources });
  const blob = await buildLessonDocx(lesson, {
    locale,
    t: i18n.getFixedT(locale, "lessons"),
    items: byId,
  });
  return openDocx(blob);
}

function sample() {
  return makeLesson({
    title: "Is the chatbot right? 聊天機械人說得對嗎？",
    level: "P5",
    objectives: ["I can check an AI answer against a trusted source"],
    mappings: [
      {
        frameworkId: AI_LITERACY,
        itemId: code("KS2-A4").id,
        emphasis: "develop",
      },
      { frameworkId: BLUEPRINT, itemId: code("S3").id, emphasis: "introduce" },
    ],
    activities: [
      makeActivity({
        title: "Compare answers",
        minutes: 20,
        studentsDo: "Check three answers",
      }),
    ],
    aiUses: [
      {
        id: "u1",
        tool: "School chatbot",
        usedBy: "teacher",
        purpose: "Generate answers to check",
        ageAndTermsChecked: true,
        noPersonalData: true,
        outputCheck: "Against the textbook",
      },
    ],
    thinkingEvidence: ["oral-questioning"],
  });
}

describe("a lesson as a Word document", () => {
  it("holds the lesson's title, objectives, mappings, activities and AI register as text", async () => {
    const { text, files } = await documentText("en");
    expect(text).toContain("Is the chatbot right? 聊天機械人說得對嗎？");
    expect(text).toContain("I can check an AI answer against a trusted source");
    expect(text).toContain(
      "KS2-A4 Fact-check what AI answers and generates (Develop)",
    );
    expect(text).toMatch(/S3 .* \(Introduce\)/);
    expect(text).toContain("Compare answers");
    expect(text).toContain("School chatbot");
    expect(text).toContain("Oral questioning");
    expect(Object.keys(files)).toContain("word/footer1.xml"); // page numbers
  });

  it("uses Chinese headings and official Chinese titles in a Chinese document", async () => {
    const { text } = await documentText("zh-HK");
    expect(text).toContain("學習目標");
    expect(text).toContain(
      "KS2-A4 評估和事實查核人工智能的回應和生成內容 (發展)",
    );
    expect(text).toContain("教師");
  });

  it("keeps hostile text as plain text and drops characters Word cannot hold", async () => {
    const lesson = {
      ...sample(),
      title: "<script>alert(1)</script>\u0007 \u202Eevil",
    };
    const { xml, text } = await documentText("en", lesson);
    expect(text).toContain("&lt;script&gt;alert(1)&lt;/script&gt; evil");
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("\u0007");
  });

  it("opens whatever characters the lesson holds (every part is well-formed XML)", async () => {
    const dirty = (s: string) => `${s}${XML_FORBIDDEN}😀 end`;
    const lesson = {
      ...sample(),
      title: dirty("Title"),
      objectives: [dirty("Objective")],
      activities: [
        makeActivity({ title: dirty("Activity"), studentsDo: dirty("Do") }),
      ],
      reflection: dirty("Reflection"),
    };
    const { text, parts } = await documentText("en", lesson);
    expect(parts.length).toBeGreaterThan(3);
    expect(text).toContain("Title😀 end");
    expect(text).toContain("Activity😀 end");
    expect(text).not.toMatch(/[\uFFFE\uFFFF]/);
  });

  it("puts real tables in the document, one row per activity", async () => {
    const lesson = {
      ...sample(),
      activities: Array.from({ length: 12 }, (_, i) =>
        makeActivity({
          title: `Step ${i + 1}`,
          teacherDoes: "A very long explanation ".repeat(40),
        }),
      ),
    };
    const { xml, text } = await documentText("en", lesson);
    expect(xml.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(3);
    expect(text).toContain("Step 12");
    expect(xml).toContain("<w:tblHeader/>");
  });
});
