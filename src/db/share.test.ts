import fc from "fast-check";
import { brokenVersionsOf } from "../../tests/support/hostileFiles";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeLesson } from "../../tests/support/factories";
import { AI_LITERACY } from "../../tests/support/frameworks";
import type { Lesson } from "../domain/lessons/types";
import { readShareFile } from "../domain/share/read";
import { makeShareFile } from "../domain/share/share";
import { ensureCurricula } from "./curricula";
import { allReceipts, indexedSummaries } from "../../tests/support/indexed";
import { applyShareImport, planShareImport, type Resolutions } from "./share";
import { db } from "../../tests/support/services";

const dump = async () => ({
  lessons: await db().lessons.orderBy("id").toArray(),
  summaries: await indexedSummaries(db()),
  receipts: await allReceipts(db()),
});
const known = async () =>
  new Set(await db().frameworkItems.toCollection().primaryKeys());
const itemId = async (code: string) =>
  (await db()
    .frameworkItems.where("[frameworkId+code]")
    .equals([AI_LITERACY, code])
    .first())!.id;

/** A teacher's file, as text, as it arrives on the head's device. */
async function shareText(teacher: string, lessons: Lesson[]) {
  return JSON.stringify(await makeShareFile(teacher, lessons, "0.2.0"));
}

/** What the head's import does: read every file, plan, apply. */
async function importTexts(
  texts: string[],
  resolutions: Resolutions = new Map(),
) {
  const ids = await known();
  const incoming = [];
  for (const text of texts) {
    const read = await readShareFile(text, ids);
    if (!read.ok) throw new Error(read.problem.code);
    incoming.push(
      ...read.file.data.lessons.map((lesson) => ({
        lesson,
        from: read.file.data.teacher,
      })),
    );
  }
  const steps = await planShareImport(db(), incoming);
  return { steps, counts: await applyShareImport(db(), steps, resolutions) };
}

let a4: string;
beforeEach(async () => {
  await ensureCurricula(db());
  a4 = await itemId("KS2-A4");
});

const mapped = (overrides: Partial<Lesson>) =>
  makeLesson({
    level: "P5",
    status: "taught",
    mappings: [{ frameworkId: AI_LITERACY, itemId: a4, emphasis: "develop" }],
    ...overrides,
  });

describe("a head imports teachers' share files", () => {
  it("takes three teachers' lessons with their authors, coverage rows included", async () => {
    const files = await Promise.all([
      shareText("Ms Chan", [
        mapped({ id: "c1", author: "" }),
        mapped({ id: "c2", author: "" }),
      ]),
      shareText("Mr Lee", [mapped({ id: "l1", author: "Mr Lee" })]),
      shareText("黃老師", [mapped({ id: "w1", author: "" })]),
    ]);
    const { counts } = await importTexts(files);
    expect(counts).toEqual({ added: 4, updated: 0, kept: 0, unchanged: 0 });
    const lessons = await db().lessons.orderBy("id").toArray();
    expect(lessons.map((l) => [l.id, l.author])).toEqual([
      ["c1", "Ms Chan"],
      ["c2", "Ms Chan"],
      ["l1", "Mr Lee"],
      ["w1", "黃老師"],
    ]);
    const summaries = await indexedSummaries(db());
    expect(summaries.filter((s) => s.itemIds.includes(a4))).toHaveLength(4);
    expect(summaries).toHaveLength(4);
  });

  it("importing the same file twice changes nothing", async () => {
    const file = await shareText("Ms Chan", [
      mapped({ id: "c1" }),
      mapped({ id: "c2" }),
    ]);
    await importTexts([file]);
    const before = await dump();
    const { counts } = await importTexts([file]);
    expect(counts).toEqual({ added: 0, updated: 0, kept: 0, unchanged: 2 });
    expect(await dump()).toEqual(before);
  });

  it("a newer file updates the lesson; an older one leaves it", async () => {
    const v1 = mapped({
      id: "c1",
      title: "Draft",
      updatedAt: "2026-11-01T00:00:00.000Z",
    });
    const v2 = { ...v1, title: "Final", updatedAt: "2026-11-08T00:00:00.000Z" };
    await importTexts([await shareText("Ms Chan", [v1])]);
    expect(
      (await importTexts([await shareText("Ms Chan", [v2])])).counts.updated,
    ).toBe(1);
    expect(
      (await importTexts([await shareText("Ms Chan", [v1])])).counts.kept,
    ).toBe(1);
    expect((await db().lessons.get("c1"))!.title).toBe("Final");
  });

  it("shows a lesson changed on both sides as a conflict, and does what the user chose", async () => {
    const base = mapped({
      id: "c1",
      title: "Base",
      updatedAt: "2026-11-01T00:00:00.000Z",
    });
    await importTexts([await shareText("Ms Chan", [base])]);
    // The head corrects the lesson here; the teacher edits it too and shares again.
    await db().lessons.put({
      ...base,
      title: "Head's fix",
      updatedAt: "2026-11-03T00:00:00.000Z",
    });
    const teachers = await shareText("Ms Chan", [
      {
        ...base,
        title: "Teacher's edit",
        updatedAt: "2026-11-02T00:00:00.000Z",
      },
    ]);

    const unresolved = await importTexts([teachers]);
    expect(unresolved.steps.map((s) => s.kind)).toEqual(["conflict"]);
    expect((await db().lessons.get("c1"))!.title).toBe("Head's fix");
    // Left unresolved, it is a conflict again next time; now the head keeps their own.
    const mine = await importTexts([teachers], new Map([["c1", "mine"]]));
    expect(mine.steps.map((s) => s.kind)).toEqual(["conflict"]);
    expect((await db().lessons.get("c1"))!.title).toBe("Head's fix");
    // Settled: the same file no longer asks.
    expect((await importTexts([teachers])).steps.map((s) => s.kind)).toEqual([
      "keep",
    ]);

    // A newer edit from the teacher conflicts again; this time the head takes it.
    const later = await shareText("Ms Chan", [
      {
        ...base,
        title: "Teacher's second edit",
        updatedAt: "2026-11-05T00:00:00.000Z",
      },
    ]);
    const theirs = await importTexts([later], new Map([["c1", "theirs"]]));
    expect(theirs.counts.updated).toBe(1);
    expect((await db().lessons.get("c1"))!.title).toBe("Teacher's second edit");
  });

  it("writes nothing if the import fails part-way", async () => {
    await importTexts([await shareText("Ms Chan", [mapped({ id: "c1" })])]);
    const before = await dump();
    const spy = vi
      .spyOn(db().receipts, "bulkPut")
      .mockRejectedValueOnce(new Error("disk full"));
    await expect(
      importTexts([
        await shareText("Mr Lee", [mapped({ id: "l1" }), mapped({ id: "l2" })]),
      ]),
    ).rejects.toThrow();
    spy.mockRestore();
    expect(await dump()).toEqual(before);
  });
});

describe("a share file is untrusted", () => {
  it("refuses lessons pointing at framework items this device lacks", async () => {
    const text = await shareText("Ms Chan", [
      mapped({
        mappings: [
          {
            frameworkId: AI_LITERACY,
            itemId: "not-a-real-item",
            emphasis: "develop",
          },
        ],
      }),
    ]);
    expect(await readShareFile(text, await known())).toEqual({
      ok: false,
      problem: { code: "unknownItems", count: 1 },
    });
  });

  it("never throws, whatever the bytes, and reading changes nothing", async () => {
    await importTexts([await shareText("Ms Chan", [mapped({ id: "c1" })])]);
    const good = await shareText("Mr Lee", [
      mapped({
        id: "l1",
        title: '<img src=x onerror="alert(1)">\u202Egnp.exe',
      }),
    ]);
    const before = await dump();
    const ids = await known();
    await fc.assert(
      fc.asyncProperty(brokenVersionsOf(good), async (text) => {
        const result = await readShareFile(text, ids);
        if (result.ok) expect(result.file.data.lessons.length).toBeLessThan(2);
        else expect(result.problem.code).toMatch(/^[a-zA-Z]+$/);
      }),
      { numRuns: 2000 },
    );
    expect(await dump()).toEqual(before);
  });
});
