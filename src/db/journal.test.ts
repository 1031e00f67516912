// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeLesson } from "../../tests/support/factories";
import { db } from "../../tests/support/services";
import type { Lesson } from "../domain/lessons/types";
import { storedEntryKey } from "../lib/journal";
import { createJournal } from "./journal";

afterEach(() => localStorage.clear());

describe("the editors' journal", () => {
  it("keeps the newest entry in IndexedDB, with the base it was edited from", async () => {
    const journal = createJournal<Lesson>(db(), "lesson");
    const base = makeLesson({ title: "Stored" });
    void journal.write({ record: { ...base, title: "Typed" }, base });
    await journal.settled();
    const fresh = createJournal<Lesson>(db(), "lesson"); // as after a restart
    expect(await fresh.read(base.id)).toEqual({
      record: { ...base, title: "Typed" },
      base,
    });
  });

  it("writes one entry at a time, and the newest next: a burst of typing is a few writes, ending with the last", async () => {
    const put = vi.spyOn(db().journal, "put");
    const journal = createJournal<Lesson>(db(), "lesson");
    const lesson = makeLesson({ title: "" });
    let title = "";
    for (const ch of "The last word") {
      title += ch;
      void journal.write({ record: { ...lesson, title }, base: null });
    }
    // Before anything reaches the disk, this tab reads back what it wrote last.
    expect((await journal.read(lesson.id))?.record.title).toBe("The last word");
    await journal.settled();
    expect(put.mock.calls.length).toBeLessThanOrEqual(2);
    expect(
      (await createJournal<Lesson>(db(), "lesson").read(lesson.id))?.record
        .title,
    ).toBe("The last word");
  });

  it("forgets an entry once cleared, after the writes before it", async () => {
    const journal = createJournal<Lesson>(db(), "lesson");
    const lesson = makeLesson();
    void journal.write({ record: lesson, base: null });
    journal.clear(lesson.id);
    await journal.settled();
    expect(await journal.read(lesson.id)).toBeNull();
    expect(await db().journal.count()).toBe(0);
  });

  it("keeps each kind of record apart", async () => {
    const lessons = createJournal<Lesson>(db(), "lesson");
    const plans = createJournal<Lesson>(db(), "plan");
    const lesson = makeLesson();
    void lessons.write({ record: lesson, base: null });
    await lessons.settled();
    expect(await plans.read(lesson.id)).toBeNull();
  });

  it("still reads (and clears) edits an older version left in localStorage", async () => {
    const lesson = makeLesson({ title: "Typed before the update" });
    localStorage.setItem(
      storedEntryKey("lesson", lesson.id),
      JSON.stringify({ lesson, baseUpdatedAt: lesson.updatedAt }),
    );
    const journal = createJournal<Lesson>(db(), "lesson");
    expect(await journal.read(lesson.id)).toEqual({
      record: lesson,
      baseUpdatedAt: lesson.updatedAt,
    });
    journal.clear(lesson.id);
    await journal.settled();
    expect(
      localStorage.getItem(storedEntryKey("lesson", lesson.id)),
    ).toBeNull();
  });

  it("falls back to localStorage when IndexedDB refuses, and the newer entry wins on reading", async () => {
    const journal = createJournal<Lesson>(db(), "lesson");
    const lesson = makeLesson({ title: "On disk" });
    void journal.write({ record: lesson, base: null });
    await journal.settled();
    const quota = Object.assign(new Error("full"), {
      name: "QuotaExceededError",
    });
    vi.spyOn(db().journal, "put").mockRejectedValue(quota);
    void journal.write({
      record: { ...lesson, title: "Only in localStorage" },
      base: null,
    });
    await journal.settled();
    const fresh = createJournal<Lesson>(db(), "lesson");
    expect((await fresh.read(lesson.id))?.record.title).toBe(
      "Only in localStorage",
    );
  });

  it("loses nothing and throws nothing when no storage takes the entry", async () => {
    const journal = createJournal<Lesson>(db(), "lesson");
    vi.spyOn(db().journal, "put").mockRejectedValue(new Error("blocked"));
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new Error("blocked");
    });
    const lesson = makeLesson();
    void journal.write({ record: lesson, base: null });
    await journal.settled();
    expect(await journal.read(lesson.id)).toBeNull();
  });
});
