import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KEY_STAGE_CODES, LEVELS, type KeyStage, type Level } from "../levels";
import type { LessonColumns } from "./columns";
import { LessonIndex } from "./lessonIndex";
import { nameKey } from "./names";
import {
  concatColumns,
  packSummaries,
  pickColumns,
  withChanges,
} from "./packColumns";
import { LESSON_STATUSES, type LessonSummary } from "./types";

const text = fc.oneof(
  fc.constantFrom("", "4A", "4a", "Ms Chan", "陳老師", "item-1", "2026/27"),
  fc.string({ maxLength: 12 }),
);
const summary: fc.Arbitrary<LessonSummary> = fc.record({
  lessonId: fc.uuid(),
  title: fc.string({ maxLength: 30 }),
  status: fc.constantFrom(...LESSON_STATUSES),
  schoolYear: fc.constantFrom("2025/26", "2026/27", ""),
  term: fc.constantFrom(null, 1, 2, 3),
  date: fc.option(
    fc
      .date({
        min: new Date("2000-01-01"),
        max: new Date("2099-12-31"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
  ),
  period: fc.option(fc.integer({ min: 1, max: 20 })),
  level: fc.option(fc.constantFrom<Level>(...LEVELS)),
  keyStage: fc.option(fc.constantFrom<KeyStage>(...KEY_STAGE_CODES)),
  subject: text,
  className: text,
  author: text,
  updatedAt: fc
    .date({ noInvalidDate: true, min: new Date("2000-01-01") })
    .map((d) => d.toISOString()),
  itemIds: fc.uniqueArray(text, { maxLength: 6 }),
  aiTools: fc.uniqueArray(text, { maxLength: 3 }),
  aiAssisted: fc.boolean(),
  hasThinkingEvidence: fc.boolean(),
  flags: fc.record({
    aiTeachingExample: fc.boolean(),
    openLesson: fc.boolean(),
    studentActivity: fc.boolean(),
  }),
});
const summaries = fc.uniqueArray(summary, {
  maxLength: 40,
  selector: (s) => s.lessonId,
});

const unpackSummaries = (c: LessonColumns) => new LessonIndex(c).summaries();

describe("packed lesson columns", () => {
  it("give back exactly the summaries packed into them", () => {
    fc.assert(
      fc.property(summaries, (list) => {
        expect(unpackSummaries(packSummaries(list))).toEqual(list);
      }),
    );
  });

  it("join parts (each with its own codes) into one, in order", () => {
    fc.assert(
      fc.property(summaries, summaries, (a, b) => {
        const joined = concatColumns([packSummaries(a), packSummaries(b)]);
        expect(unpackSummaries(joined)).toEqual([...a, ...b]);
      }),
    );
  });

  it("replace and remove lessons, leaving the others and dropping unused values", () => {
    fc.assert(
      fc.property(summaries, fc.nat(), (list, cut) => {
        const gone = list.slice(0, cut % (list.length + 1));
        const changed = gone.map((s) => ({ ...s, title: `${s.title}!` }));
        const removed = new Map(gone.map((s) => [s.lessonId, null]));
        const after = withChanges(packSummaries(list), removed);
        expect(unpackSummaries(after)).toEqual(list.slice(gone.length));
        const used = new Set(
          list
            .slice(gone.length)
            .flatMap((s) => [
              s.schoolYear,
              s.level ?? "",
              s.keyStage ?? "",
              s.subject,
              s.className,
              s.author,
              ...s.itemIds,
              ...s.aiTools,
            ]),
        );
        expect(after.values.filter((v) => v && !used.has(v))).toEqual([]);
        const back = withChanges(
          after,
          new Map(changed.map((s) => [s.lessonId, s])),
        );
        expect(unpackSummaries(back)).toEqual([
          ...list.slice(gone.length),
          ...changed,
        ]);
      }),
    );
  });

  it("narrow to a school year, and list a column's values for menus", () => {
    fc.assert(
      fc.property(summaries, (list) => {
        const c = packSummaries(list);
        const index = new LessonIndex(c);
        expect(index.year("2026/27").summaries()).toEqual(
          list.filter((s) => s.schoolYear === "2026/27"),
        );
        expect(unpackSummaries(pickColumns(c, list.length ? [0] : []))).toEqual(
          list.slice(0, 1),
        );
        // A class once however it is spelt ("4a", "4A"), spelt as most of its lessons spell it.
        const classes = index.distinct("className");
        const keys = new Set(list.map((s) => nameKey(s.className)));
        keys.delete("");
        expect(classes.map(nameKey).sort()).toEqual([...keys].sort());
        for (const name of classes) {
          const uses = (spelt: string) =>
            list.filter((s) => s.className === spelt).length;
          for (const s of list)
            if (nameKey(s.className) === nameKey(name))
              expect(uses(name)).toBeGreaterThanOrEqual(uses(s.className));
        }
      }),
    );
  });
});
