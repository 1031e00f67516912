import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeLesson } from "../../../tests/support/factories";
import {
  compareLessons,
  matchesFilter,
  type LibraryFilter,
  type LessonSort,
} from "./filter";
import { LessonIndex } from "./lessonIndex";
import { summaryFor } from "./mapping";
import { LESSON_STATUSES, type Lesson } from "./types";

const ITEMS = ["item-a", "item-b", "item-c"];
const lessonFields = fc.record({
  schoolYear: fc.constantFrom("2025/26", "2026/27"),
  term: fc.constantFrom(null, 1, 2),
  level: fc.constantFrom(null, "P4" as const, "P5" as const, "S1" as const),
  subject: fc.constantFrom("", "mathematics", "ict"),
  className: fc.constantFrom("", "4A", "4a", " 4A", "5C", "5c"),
  author: fc.constantFrom("", "Ms Chan", "陳老師"),
  status: fc.constantFrom(...LESSON_STATUSES),
  date: fc.constantFrom(null, "2026-09-01", "2026-11-24", "2027-02-03"),
  period: fc.constantFrom(null, 1, 3),
  items: fc.subarray(ITEMS),
  deleted: fc.boolean(),
});
const filter: fc.Arbitrary<LibraryFilter> = fc.record(
  {
    schoolYear: fc.constantFrom("2025/26", "2026/27", "2030/31"),
    term: fc.constantFrom(1, 2),
    level: fc.constantFrom("P4" as const, "S1" as const),
    subject: fc.constantFrom("mathematics", "ict"),
    className: fc.constantFrom("4a", "4A ", "５c", "6B"),
    author: fc.constantFrom("Ms Chan", "陳老師"),
    status: fc.constantFrom(...LESSON_STATUSES),
    itemId: fc.constantFrom(...ITEMS, "item-z"),
  },
  { requiredKeys: [] },
);

type Fields = typeof lessonFields extends fc.Arbitrary<infer T> ? T : never;

function lessonsFrom(fields: Fields[]): Lesson[] {
  return fields.map((f, i) =>
    makeLesson({
      // Few titles and edit times, so sorts meet ties (broken by id, never by storage order).
      title: `Lesson ${i % 5}`,
      updatedAt: new Date(Date.UTC(2026, 8, 1, 0, i % 7)).toISOString(),
      schoolYear: f.schoolYear,
      term: f.term,
      level: f.level,
      subject: f.subject,
      className: f.className,
      author: f.author,
      status: f.status,
      date: f.date,
      period: f.period,
      deletedAt: f.deleted ? "2026-11-25T00:00:00.000Z" : null,
      mappings: f.items.map((itemId) => ({
        frameworkId: "fw",
        itemId,
        emphasis: "develop" as const,
      })),
    }),
  );
}

describe("the library over the lesson index", () => {
  it("finds and orders the same lessons as filtering and sorting the lessons themselves", () => {
    fc.assert(
      fc.property(
        fc.array(lessonFields, { maxLength: 60 }),
        filter,
        fc.constantFrom<LessonSort>("date", "updated", "title"),
        fc.integer({ min: 1, max: 20 }),
        (fields, { status, ...f }, sort, limit) => {
          const lessons = lessonsFrom(fields);
          const index = LessonIndex.of(
            lessons.flatMap((l) => summaryFor(l) ?? []),
          );
          const rule = status && { is: status };
          const slots = index.select(f, rule);
          const expected = lessons
            .filter((l) => matchesFilter(l, f, rule))
            .sort(compareLessons(sort, "en"));
          expect(slots).toHaveLength(expected.length);
          expect(
            index.order(slots, sort, limit, "en").map((i) => index.lessonId(i)),
          ).toEqual(expected.slice(0, limit).map((l) => l.id));
        },
      ),
    );
  });
});
