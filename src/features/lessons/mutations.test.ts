import { beforeEach, describe, expect, it } from "vitest";
import {
  indexedSummaries,
  indexedSummary,
} from "../../../tests/support/indexed";
import { makeActivity, makeLesson } from "../../../tests/support/factories";
import { AI_LITERACY, BLUEPRINT } from "../../../tests/support/frameworks";
import { ensureCurricula } from "../../db/curricula";
import { pickStartingVersion } from "../../lib/journal";
import {
  deleteLesson,
  MissingFieldsError,
  moveLesson,
  restoreLesson,
  saveLesson,
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
  it("restores unsaved edits from the journal, unless the stored lesson changed since", () => {
    const stored = makeLesson({ updatedAt: "2026-11-25T03:00:00.000Z" });
    const edited = { ...stored, title: "Edited offline" };
    expect(
      pickStartingVersion(stored, {
        record: edited,
        baseUpdatedAt: stored.updatedAt,
      })?.title,
    ).toBe("Edited offline");
    expect(
      pickStartingVersion(null, { record: edited, baseUpdatedAt: null })?.title,
    ).toBe("Edited offline");
    const newer = {
      ...stored,
      updatedAt: "2026-11-25T04:00:00.000Z",
      title: "Changed in another tab",
    };
    expect(
      pickStartingVersion(newer, {
        record: edited,
        baseUpdatedAt: stored.updatedAt,
      })?.title,
    ).toBe("Changed in another tab");
    expect(pickStartingVersion(stored, null)).toBe(stored);
  });
});
