// @vitest-environment jsdom
import { beforeEach, expect, it } from "vitest";
import { makeLesson } from "../../tests/support/factories";
import type { Lesson } from "../domain/lessons/types";
import { journalFor } from "./journal";

beforeEach(() => localStorage.clear());

it("reads unsaved lesson edits kept by app 0.1, so an update never loses them", () => {
  const lesson = makeLesson({ title: "Typed before the update" });
  localStorage.setItem(
    `blueprint-planner.lesson-journal.${lesson.id}`,
    JSON.stringify({ lesson, baseUpdatedAt: null }),
  );
  expect(journalFor<Lesson>("lesson").read(lesson.id)?.record.title).toBe(
    "Typed before the update",
  );
});

it("keeps each kind of record apart, and forgets an entry once cleared", () => {
  const lessons = journalFor<Lesson>("lesson");
  const plans = journalFor<Lesson>("plan");
  const lesson = makeLesson();
  lessons.write({ record: lesson, baseUpdatedAt: null });
  expect(plans.read(lesson.id)).toBeNull();
  expect(lessons.read(lesson.id)?.record).toEqual(lesson);
  lessons.clear(lesson.id);
  expect(lessons.read(lesson.id)).toBeNull();
});
