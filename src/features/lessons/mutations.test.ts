import { beforeEach, describe, expect, it } from "vitest";
import {
  indexedSummaries,
  indexedSummary,
} from "../../../tests/support/indexed";
import { makeActivity, makeLesson } from "../../../tests/support/factories";
import { AI_LITERACY, BLUEPRINT } from "../../../tests/support/frameworks";
import { ensureCurricula } from "../../db/curricula";
import { openingFor } from "../../lib/journal";
import {
  deleteLesson,
  MissingFieldsError,
  moveLesson,
  restoreLesson,
  saveLesson,
  saveLessonEdit,
  UnknownItemsError,
} from "./mutations";
import { db } from "../../../tests/support/services";

const idOf = async (frameworkId: string, code: string) =>
  (await db()
    .frameworkItems.where("[frameworkId+code]")
    .equals([frameworkId, code])
    .first())!.id;

beforeEach(async () => {
  await ensureCurricula(db());
});

const dump = async () => ({
  lessons: await db().lessons.toArray(),
  summaries: await indexedSummaries(db()),
});

describe("saving a lesson", () => {
  it("stores the lesson and its summary (each framework item once, for coverage), in step", async () => {
    const a4 = await idOf(AI_LITERACY, "KS2-A4");
    const s3 = await idOf(BLUEPRINT, "S3");
    const lesson = makeLesson({
      level: "P5",
      mappings: [{ frameworkId: AI_LITERACY, itemId: a4, emphasis: "develop" }],
      activities: [
        makeActivity({
          mappings: [
            { frameworkId: BLUEPRINT, itemId: s3, emphasis: "introduce" },
          ],
        }),
      ],
    });
    await saveLesson(db(), lesson);
    const summary = await indexedSummary(db(), lesson.id);
    expect([...summary!.itemIds].sort()).toEqual([a4, s3].sort());
    expect(summary).toMatchObject({
      keyStage: "KS2",
      schoolYear: "2026/27",
      status: "planned",
    });

    // Unmapping an item drops it; changing status updates the summary.
    await saveLesson(db(), { ...lesson, status: "taught", activities: [] });
    expect(await indexedSummary(db(), lesson.id)).toMatchObject({
      itemIds: [a4],
      status: "taught",
    });
  });

  it("refuses a mapping to an item the device does not hold, and stores nothing", async () => {
    await saveLesson(db(), makeLesson({ title: "Existing" }));
    const before = await dump();
    const bad = makeLesson({
      mappings: [
        { frameworkId: AI_LITERACY, itemId: "KS9-Z9", emphasis: "develop" },
      ],
    });
    await expect(saveLesson(db(), bad)).rejects.toBeInstanceOf(
      UnknownItemsError,
    );
    expect(await dump()).toEqual(before);
  });

  it("refuses a planned lesson without a subject or level", async () => {
    await expect(
      saveLesson(db(), makeLesson({ level: null })),
    ).rejects.toBeInstanceOf(MissingFieldsError);
    await expect(
      saveLesson(db(), makeLesson({ title: "", status: "draft" })),
    ).rejects.toBeInstanceOf(MissingFieldsError);
    expect(await db().lessons.count()).toBe(0);
  });
});

describe("deleting and undoing", () => {
  it("takes a deleted lesson out of coverage, and Undo brings both back", async () => {
    const a4 = await idOf(AI_LITERACY, "KS2-A4");
    const lesson = makeLesson({
      level: "P4",
      mappings: [{ frameworkId: AI_LITERACY, itemId: a4, emphasis: "develop" }],
    });
    await saveLesson(db(), lesson);
    await deleteLesson(db(), lesson.id);
    expect((await db().lessons.get(lesson.id))?.deletedAt).not.toBeNull();
    expect(await indexedSummaries(db())).toHaveLength(0);
    await restoreLesson(db(), lesson.id);
    expect((await db().lessons.get(lesson.id))?.deletedAt).toBeNull();
    expect(await indexedSummaries(db())).toHaveLength(1);
  });
});

describe("moving a lesson", () => {
  it("changes only its slot, and the library's index moves it too", async () => {
    const lesson = makeLesson();
    await saveLesson(db(), lesson);
    await moveLesson(db(), lesson.id, "2026-11-27", 6);
    expect(await db().lessons.get(lesson.id)).toMatchObject({
      date: "2026-11-27",
      period: 6,
      title: lesson.title,
    });
    expect(await indexedSummary(db(), lesson.id)).toMatchObject({
      date: "2026-11-27",
      period: 6,
    });
  });
});

describe("reopening after a crash", () => {
  it("opens the journal's unsaved edits with the base they were made on, for the editor to merge", () => {
    const stored = makeLesson({ updatedAt: "2026-11-25T03:00:00.000Z" });
    const edited = { ...stored, title: "Edited offline" };
    expect(openingFor(stored, { record: edited, base: stored })).toEqual({
      record: edited,
      base: stored,
    });
    expect(openingFor(null, { record: edited, base: null })).toEqual({
      record: edited,
      base: null,
    });
    expect(openingFor(stored, null)).toEqual({ record: stored, base: stored });
    expect(openingFor(null, null)).toBeNull();
  });

  it("opens an older app's entry (no base kept) over its revision, or over no base once the lesson changed", () => {
    const stored = makeLesson({ updatedAt: "2026-11-25T03:00:00.000Z" });
    const edited = { ...stored, title: "Edited offline" };
    expect(
      openingFor(stored, { record: edited, baseUpdatedAt: stored.updatedAt }),
    ).toEqual({ record: edited, base: stored });
    const newer = { ...stored, updatedAt: "2026-11-25T04:00:00.000Z" };
    // No base: every field the two differ in becomes a conflict, so neither is dropped.
    expect(
      openingFor(newer, { record: edited, baseUpdatedAt: stored.updatedAt }),
    ).toEqual({ record: edited, base: null });
  });
});

describe("reopening after a crash between a save and the journal hearing of it", () => {
  it("bases the edits on their own save, so they are not in conflict with it", () => {
    const before = makeLesson({
      title: "Sort",
      updatedAt: "2026-11-25T03:00:00.000Z",
    });
    const saving = { ...before, title: "Sorting" };
    const stored = { ...saving, updatedAt: "2026-11-25T03:00:02.000Z" };
    const typed = { ...before, title: "Sorting toys" };
    expect(
      openingFor(stored, {
        record: typed,
        base: before,
        saving: { record: saving, base: saving },
      }),
    ).toEqual({ record: typed, base: saving });
    // The save did not land (the disk was full): the base is still the one before it.
    expect(
      openingFor(before, {
        record: typed,
        base: before,
        saving: { record: saving, base: saving },
      }),
    ).toEqual({ record: typed, base: before });
  });
});

describe("saving an edit over the revision it was made on", () => {
  it("writes when the stored lesson is still that revision, with a new revision", async () => {
    const lesson = await saveLesson(
      db(),
      makeLesson(),
      new Date("2026-11-25T03:00:00Z"),
    );
    const outcome = await saveLessonEdit(
      db(),
      { ...lesson, title: "Mine" },
      lesson,
      new Date("2026-11-25T03:00:00Z"),
    );
    expect(outcome).toEqual({
      saved: expect.objectContaining({
        title: "Mine",
        updatedAt: "2026-11-25T03:00:00.001Z",
      }) as unknown,
    });
    expect((await db().lessons.get(lesson.id))?.title).toBe("Mine");
  });

  it("writes nothing when the stored lesson changed meanwhile, and returns it", async () => {
    const lesson = await saveLesson(db(), makeLesson());
    const theirs = await saveLesson(db(), { ...lesson, unit: "Theirs" });
    const outcome = await saveLessonEdit(
      db(),
      { ...lesson, title: "Mine" },
      lesson,
    );
    expect(outcome).toEqual({ changed: theirs });
    expect(await db().lessons.get(lesson.id)).toEqual(theirs);
  });

  it("notices a change that kept the revision (a lesson moved to the bin)", async () => {
    const lesson = await saveLesson(db(), makeLesson());
    await deleteLesson(db(), lesson.id);
    const outcome = await saveLessonEdit(db(), lesson, lesson);
    expect("changed" in outcome && outcome.changed?.deletedAt).toBeTruthy();
  });
});
