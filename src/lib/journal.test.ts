import { expect, it } from "vitest";
import { makeLesson } from "../../tests/support/factories";
import type { Lesson } from "../domain/lessons/types";
import { parseStoredEntry } from "./journal";

it("reads unsaved lesson edits kept in localStorage by app 0.1, so an update never loses them", () => {
  const lesson = makeLesson({ title: "Typed before the update" });
  expect(
    parseStoredEntry<Lesson>(
      JSON.stringify({ lesson, baseUpdatedAt: "2026-11-25T02:00:00.000Z" }),
    ),
  ).toEqual({
    record: lesson,
    baseUpdatedAt: "2026-11-25T02:00:00.000Z",
    writtenAt: 0,
  });
});

it("reads the entries later versions kept there, with or without their base", () => {
  const lesson = makeLesson();
  expect(
    parseStoredEntry<Lesson>(
      JSON.stringify({ record: lesson, baseUpdatedAt: null }),
    ),
  ).toEqual({ record: lesson, baseUpdatedAt: null, writtenAt: 0 });
  expect(
    parseStoredEntry<Lesson>(
      JSON.stringify({ record: lesson, base: lesson, writtenAt: 5 }),
    ),
  ).toEqual({ record: lesson, base: lesson, writtenAt: 5 });
});

it("reads nothing from a missing or damaged entry", () => {
  expect(parseStoredEntry(null)).toBeNull();
  expect(parseStoredEntry("{not json")).toBeNull();
  expect(parseStoredEntry("{}")).toBeNull();
});
