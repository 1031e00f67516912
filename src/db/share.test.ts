import fc from "fast-check";
import { brokenVersionsOf } from "../../tests/support/hostileFiles";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeLesson } from "../../tests/support/factories";
import { AI_LITERACY } from "../../tests/support/frameworks";
import type { Lesson } from "../domain/lessons/types";
import { readShareFile } from "../domain/share/read";
import { senderKey } from "../domain/share/merge";
import type { Sender } from "../domain/share/receipt";
import { makeShareFile, senderOf } from "../domain/share/share";
import { ensureCurricula } from "./curricula";
import { allReceipts, indexedSummaries } from "../../tests/support/indexed";
import { ensureDeviceId } from "./device";
import { putReceipts } from "./receipts";
import {
  applyShareImport,
  planShareImport,
  type ImportDecisions,
} from "./share";
import { knownItems } from "./frameworkItems";
import { db } from "../../tests/support/services";

const dump = async () => ({
  lessons: await db().lessons.orderBy("id").toArray(),
  summaries: await indexedSummaries(db()),
  receipts: await allReceipts(db()),
});
const known = () => knownItems(db());
const itemId = async (code: string) =>
  (await db()
    .frameworkItems.where("[frameworkId+code]")
    .equals([AI_LITERACY, code])
    .first())!.id;

/** Each teacher's device, as her files name it. */
const devices = new Map<string, Sender>();
const senderFor = (teacher: string): Sender => {
  const known = devices.get(teacher);
  if (known) return known;
  const made = { teacher, device: crypto.randomUUID() };
  devices.set(teacher, made);
  return made;
};

/** A teacher's file (from her own device, unless told), as text, as it arrives on the head's device. */
async function shareText(teacher: string | Sender, lessons: Lesson[]) {
  const sender = typeof teacher === "string" ? senderFor(teacher) : teacher;
  return JSON.stringify(await makeShareFile(sender, lessons, "0.2.0"));
}

const nothingDecided: ImportDecisions = {
  resolutions: new Map(),
  allowed: new Set(),
};

/** What the head's import does: read every file, plan, apply. */
async function importTexts(
  texts: string[],
  decisions: Partial<ImportDecisions> = {},
) {
  const ids = await known();
  const incoming = [];
  for (const text of texts) {
    const read = await readShareFile(text, ids);
    if (!read.ok) throw new Error(read.problem.code);
    incoming.push(
      ...read.file.data.lessons.map((lesson) => ({
        lesson,
        sender: senderOf(read.file.data),
      })),
    );
  }
  const steps = await planShareImport(db(), incoming);
  return {
    steps,
    counts: await applyShareImport(db(), steps, {
      ...nothingDecided,
      ...decisions,
    }),
  };
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
    expect(counts).toEqual({
      added: 4,
      updated: 0,
      kept: 0,
      unchanged: 0,
      heldBack: 0,
    });
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
    expect(counts).toEqual({
      added: 0,
      updated: 0,
      kept: 0,
      unchanged: 2,
      heldBack: 0,
    });
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
    const mine = await importTexts([teachers], {
      resolutions: new Map([["c1", "mine"]]),
    });
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
    const theirs = await importTexts([later], {
      resolutions: new Map([["c1", "theirs"]]),
    });
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

describe("authorship is not taken on trust", () => {
  /** Another device's file that claims a teacher's name. */
  const claiming = (teacher: string): Sender => ({
    teacher,
    device: crypto.randomUUID(),
  });
  const leesLesson = () =>
    mapped({
      id: "l1",
      title: "李老師的課",
      author: "李老師",
      updatedAt: "2026-11-01T00:00:00.000Z",
    });
  const rewritten = (lesson: Lesson) => ({
    ...lesson,
    title: "Rewritten",
    updatedAt: "2026-11-09T00:00:00.000Z",
  });
  const allowing = (sender: Sender) => ({
    allowed: new Set([senderKey(sender)]),
  });

  it("a file claiming her name from another device leaves her lesson byte for byte as it was, until the head allows it", async () => {
    await importTexts([await shareText("李老師", [leesLesson()])]);
    const before = await dump();
    const impostor = claiming("李老師");
    const file = await shareText(impostor, [rewritten(leesLesson())]);

    const { steps, counts } = await importTexts([file]);
    expect(steps.map((s) => s.kind)).toEqual(["update"]);
    expect(counts).toMatchObject({ updated: 0, heldBack: 1 });
    expect(await dump()).toEqual(before);

    // Allowed, the file changes it, and the lesson now comes from that device.
    const allowed = await importTexts([file], allowing(impostor));
    expect(allowed.counts).toMatchObject({ updated: 1, heldBack: 0 });
    expect((await db().lessons.get("l1"))!.title).toBe("Rewritten");
    expect(await allReceipts(db())).toMatchObject([
      { lessonId: "l1", from: "李老師", device: impostor.device },
    ]);
  });

  it("another teacher's file reusing her lesson ids with a newer time changes nothing, her own next file still does", async () => {
    await importTexts([await shareText("李老師", [leesLesson()])]);
    const before = await dump();
    const { counts } = await importTexts([
      await shareText("Ms Chan", [rewritten(leesLesson())]),
    ]);
    expect(counts).toMatchObject({ added: 0, updated: 0, heldBack: 1 });
    expect(await dump()).toEqual(before);

    const hers = {
      ...leesLesson(),
      title: "李老師改過",
      updatedAt: "2026-11-05T00:00:00.000Z",
    };
    expect(
      (await importTexts([await shareText("李老師", [hers])])).counts,
    ).toMatchObject({ updated: 1, heldBack: 0 });
    expect((await db().lessons.get("l1"))!.title).toBe("李老師改過");
  });

  it("the head's own lessons are changed only by this device's files, or with the head's word", async () => {
    const own = mapped({
      id: "h1",
      title: "主任的課",
      updatedAt: "2026-11-01T00:00:00.000Z",
    });
    await db().lessons.put(own);
    await importTexts([await shareText("Ms Chan", [own])]);
    // The same edit in a teacher's file does not make the lesson hers.
    expect(await allReceipts(db())).toEqual([]);
    const before = await dump();
    expect(
      (await importTexts([await shareText("Ms Chan", [rewritten(own)])]))
        .counts,
    ).toMatchObject({ updated: 0, heldBack: 1 });
    expect(await dump()).toEqual(before);

    // A file made on this device (the head's own, shared earlier) is its own lessons coming back.
    const here = { teacher: "林主任", device: await ensureDeviceId(db()) };
    expect(
      (await importTexts([await shareText(here, [rewritten(own)])])).counts,
    ).toMatchObject({ updated: 1, heldBack: 0 });
    expect(await allReceipts(db())).toEqual([]);
  });

  it("a receipt from before devices were named matches her name once, then her device", async () => {
    await db().lessons.put(leesLesson());
    await putReceipts(db(), [
      {
        lessonId: "l1",
        baseUpdatedAt: leesLesson().updatedAt,
        from: "李老師",
        device: "",
        receivedAt: "2026-11-02T00:00:00.000Z",
      },
    ]);
    const lee = senderFor("李老師");
    const hers = { ...leesLesson(), updatedAt: "2026-11-05T00:00:00.000Z" };
    expect(
      (await importTexts([await shareText(lee, [hers])])).counts,
    ).toMatchObject({ updated: 1, heldBack: 0 });
    expect(await allReceipts(db())).toMatchObject([
      { lessonId: "l1", device: lee.device },
    ]);
    // Now bound to her device: a file claiming her name from elsewhere waits.
    const before = await dump();
    expect(
      (
        await importTexts([
          await shareText(claiming("李老師"), [rewritten(leesLesson())]),
        ])
      ).counts,
    ).toMatchObject({ heldBack: 1 });
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
