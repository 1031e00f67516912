import { readFileSync } from "node:fs";
import fc from "fast-check";
import { brokenVersionsOf } from "../../tests/support/hostileFiles";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeLesson } from "../../tests/support/factories";
import { AI_LITERACY } from "../../tests/support/frameworks";
import { makeBackup, readBackup } from "../domain/backup/backup";
import { checksumOf } from "../domain/backup/envelope";
import { emptyPlan } from "../domain/plans/record";
import { collectBackupData, restoreBackup } from "./backup";
import { ensureCurricula } from "./curricula";
import { putReceipts } from "./receipts";
import { allReceipts, indexedSummaries } from "../../tests/support/indexed";
import { saveLesson } from "../features/lessons/mutations";
import {
  backupText,
  known,
  plansAsReadToday,
} from "../../tests/support/backup";
import { db, newDevice } from "../../tests/support/services";
import {
  backupReminderDays,
  sharingSessions,
  teacherName,
} from "../domain/settings";
import { readSetting } from "./settings";
import { putCourse } from "./training";

const dump = async () => ({
  lessons: await db().lessons.orderBy("id").toArray(),
  summaries: await indexedSummaries(db()),
  plans: await db().plans.orderBy("id").toArray(),
  settings: await db().settings.orderBy("key").toArray(),
  receipts: await allReceipts(db()),
  training: await db().training.orderBy("id").toArray(),
  teacherCycles: await db().teacherCycles.orderBy("teacher").toArray(),
});

async function seed() {
  const a4 = (await db()
    .frameworkItems.where("[frameworkId+code]")
    .equals([AI_LITERACY, "KS2-A4"])
    .first())!.id;
  await saveLesson(
    db(),
    makeLesson({
      title: "查證聊天機械人",
      level: "P5",
      mappings: [{ frameworkId: AI_LITERACY, itemId: a4, emphasis: "develop" }],
    }),
  );
  await saveLesson(db(), makeLesson({ title: "Sorting", status: "taught" }));
  await db().plans.put({
    ...emptyPlan("plan-1", "2026/27", new Date("2026-11-25T00:00:00Z")),
    schoolName: "Example College",
  });
  await db().settings.put({ key: "teacherName", value: "陳老師" });
  await db().training.bulkPut([
    {
      id: "course-1",
      teacher: "陳老師",
      date: "2026-10-17",
      title: "人工智能素養基礎",
      provider: "教育局",
      track: "aiLiteracy",
      hours: 4.5,
      updatedAt: "2026-10-18T09:00:00.000Z",
      deletedAt: null,
    },
    {
      id: "course-2",
      teacher: "黃老師",
      date: "2026-11-21",
      title: "Entered twice",
      provider: "HKU",
      track: "aiLeadership",
      hours: 12,
      updatedAt: "2026-11-22T09:00:00.000Z",
      deletedAt: "2026-11-22T09:00:00.000Z",
    },
  ]);
  await db().teacherCycles.put({
    teacher: "黃老師",
    cycleStart: "2025/26",
    leader: true,
    updatedAt: "2026-11-22T09:00:00.000Z",
  });
  const [first] = await db().lessons.toArray();
  await putReceipts(db(), [
    {
      lessonId: first!.id,
      baseUpdatedAt: first!.updatedAt,
      from: "黃老師",
      device: "3f2a9c1b-0d4e-4a5b-8c6d-7e8f90a1b2c3",
      receivedAt: "2026-11-24T00:00:00.000Z",
    },
  ]);
}

beforeEach(async () => {
  await ensureCurricula(db());
});

describe("backup and restore", () => {
  it("restores everything onto an empty device, coverage rows included", async () => {
    await seed();
    const before = await dump();
    const text = await backupText();
    await newDevice();
    await ensureCurricula(db());
    const read = await readBackup(text, await known());
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.file).toMatchObject({
      format: "blueprint-planner/backup",
      formatVersion: 5,
      appVersion: "0.1.0",
    });
    expect(await restoreBackup(db(), read.file, "replace")).toEqual({
      lessons: 2,
      plans: 1,
      training: 2,
    });
    const after = await dump();
    expect(after.lessons).toEqual(before.lessons);
    expect(after.summaries).toEqual(before.summaries);
    expect(after.plans).toEqual(before.plans);
    expect(after.receipts).toEqual(before.receipts);
    // Teachers' training, a removal mark and a school leader's cycle too.
    expect(after.training).toEqual(before.training);
    expect(after.teacherCycles).toEqual(before.teacherCycles);
    expect(after.settings.find((s) => s.key === "teacherName")?.value).toBe(
      "陳老師",
    );
  });

  it("leaves the shipped frameworks to the app's own files, even on a device that holds none yet", async () => {
    await seed();
    const frameworks = await db().frameworks.orderBy("id").toArray();
    const items = await db().frameworkItems.count();
    const text = await backupText();
    await newDevice();
    const read = await readBackup(text, new Map());
    if (!read.ok) throw new Error(read.problem.code);
    await restoreBackup(db(), read.file, "replace");
    // The backup's copies of the EDB's frameworks are not installed from the file...
    expect(await db().frameworks.count()).toBe(0);
    // ...the app's own curricula/ files install them, and the restored lessons find their items.
    await ensureCurricula(db());
    expect(
      (await db().frameworks.orderBy("id").toArray()).map((f) => [
        f.id,
        f.version,
        f.itemCount,
      ]),
    ).toEqual(frameworks.map((f) => [f.id, f.version, f.itemCount]));
    expect(await db().frameworkItems.count()).toBe(items);
    const [summary] = (await indexedSummaries(db())).filter(
      (s) => s.itemIds.length > 0,
    );
    expect(await db().frameworkItems.get(summary!.itemIds[0]!)).toMatchObject({
      code: "KS2-A4",
    });
  });

  it("upgrades a version 1 backup (app 0.1) and restores every record in it", async () => {
    const text = readFileSync("tests/fixtures/backup/v1.json", "utf8");
    const fixture = JSON.parse(text) as {
      data: {
        lessons: { id: string }[];
        plans: { id: string }[];
        settings: { key: string; value: unknown }[];
      };
    };
    const read = await readBackup(text, await known());
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.file.formatVersion).toBe(5);
    expect(read.file.data.frameworks).toEqual([]);
    expect(await restoreBackup(db(), read.file, "replace")).toEqual({
      lessons: 2,
      plans: 1,
      training: 0,
    });
    expect(await db().lessons.orderBy("id").toArray()).toEqual(
      fixture.data.lessons,
    );
    expect(await db().plans.toArray()).toEqual(
      plansAsReadToday(fixture.data.plans),
    );
    expect(await db().settings.get("sharingSessions:2026/27")).toEqual({
      key: "sharingSessions:2026/27",
      value: 2,
    });
    // The lesson's own mapping and its activity's mapping both count for coverage.
    const summaries = await indexedSummaries(db());
    const itemIds = summaries.flatMap((s) => s.itemIds);
    const codes = await Promise.all(
      itemIds.map(async (id) => (await db().frameworkItems.get(id))!.code),
    );
    expect(codes.sort()).toEqual(["KS2-A4", "KS2-P1"]);
    expect(summaries).toHaveLength(2);
  });

  it("reads a version 2 backup (app 0.2) and restores every record in it", async () => {
    const text = readFileSync("tests/fixtures/backup/v2.json", "utf8");
    const fixture = JSON.parse(text) as {
      data: {
        lessons: { id: string }[];
        plans: { id: string }[];
        shareReceipts: object[];
      };
    };
    const read = await readBackup(text, await known());
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.file.formatVersion).toBe(5);
    await restoreBackup(db(), read.file, "replace");
    expect(await db().lessons.orderBy("id").toArray()).toEqual(
      fixture.data.lessons,
    );
    expect(await db().plans.toArray()).toEqual(
      plansAsReadToday(fixture.data.plans),
    );
    // Receipts from before files named their device: not known.
    expect(await allReceipts(db())).toEqual(
      fixture.data.shareReceipts.map((r) => ({ ...r, device: "" })),
    );
    expect(await readSetting(db(), teacherName)).toBe("陳老師");
    expect(await readSetting(db(), sharingSessions.of("2026/27"))).toBe(2);
    expect(await readSetting(db(), backupReminderDays)).toBe(14);
  });

  it("reads a version 3 backup (app 0.2, every setting) and restores every record in it", async () => {
    const text = readFileSync("tests/fixtures/backup/v3.json", "utf8");
    const fixture = JSON.parse(text) as {
      formatVersion: number;
      data: {
        lessons: { id: string }[];
        plans: { id: string }[];
        shareReceipts: object[];
      };
    };
    expect(fixture.formatVersion).toBe(3);
    const read = await readBackup(text, await known());
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.file.formatVersion).toBe(5);
    await restoreBackup(db(), read.file, "replace");
    expect(await db().lessons.orderBy("id").toArray()).toEqual(
      fixture.data.lessons,
    );
    expect(await db().plans.toArray()).toEqual(
      plansAsReadToday(fixture.data.plans),
    );
    expect(await allReceipts(db())).toEqual(
      fixture.data.shareReceipts.map((r) => ({ ...r, device: "" })),
    );
    expect(await readSetting(db(), teacherName)).toBe("陳老師");
    expect(await readSetting(db(), backupReminderDays)).toBe(30);
    expect(await readSetting(db(), sharingSessions.of("2026/27"))).toBe(3);
  });

  it("refuses a version 3 backup whose receipts claim a device (only version 4 has them)", async () => {
    const text = readFileSync("tests/fixtures/backup/v3.json", "utf8");
    const file = JSON.parse(text) as {
      checksum: string;
      data: { shareReceipts: Record<string, string>[] };
    };
    file.data.shareReceipts[0]!.device = "3f2a9c1b-0d4e-4a5b-8c6d-7e8f90a1b2c3";
    file.checksum = await checksumOf(file.data);
    expect(await readBackup(JSON.stringify(file), await known())).toEqual({
      ok: false,
      problem: {
        code: "invalid",
        place: { section: "shareReceipts", index: 0 },
        excerpt: "device",
      },
    });
  });

  it("merges: adds what is missing, keeps newer local edits, takes newer backup edits", async () => {
    await seed();
    const text = await backupText();
    const [first, second] = (await db().lessons.toArray()).sort((a, b) =>
      a.title.localeCompare(b.title),
    );
    await saveLesson(
      db(),
      { ...first!, title: "Edited here later" },
      new Date("2030-01-01T00:00:00Z"),
    );
    await db().lessons.delete(second!.id);
    const read = await readBackup(text, await known());
    if (!read.ok) throw new Error("refused");
    expect((await restoreBackup(db(), read.file, "merge")).lessons).toBe(1);
    expect((await db().lessons.toArray()).map((l) => l.title).sort()).toEqual(
      ["Edited here later", "查證聊天機械人"].sort(),
    );
  });

  it("merges training: a course edited here later stays, a course lost here comes back", async () => {
    await seed();
    const text = await backupText();
    await putCourse(
      db(),
      { ...(await db().training.get("course-1"))!, hours: 6 },
      new Date("2030-01-01T00:00:00Z"),
    );
    await db().training.delete("course-2");
    await db().teacherCycles.clear();
    const read = await readBackup(text, await known());
    if (!read.ok) throw new Error("refused");
    expect((await restoreBackup(db(), read.file, "merge")).training).toBe(1);
    expect((await db().training.get("course-1"))?.hours).toBe(6);
    expect((await db().training.get("course-2"))?.deletedAt).not.toBeNull();
    expect((await db().teacherCycles.get("黃老師"))?.cycleStart).toBe(
      "2025/26",
    );
  });

  it("writes nothing if the restore fails part-way", async () => {
    await seed();
    const text = await backupText();
    await db().lessons.clear();
    const before = await dump();
    const read = await readBackup(text, await known());
    if (!read.ok) throw new Error("refused");
    const spy = vi
      .spyOn(db().plans, "bulkPut")
      .mockRejectedValueOnce(new Error("disk full"));
    await expect(restoreBackup(db(), read.file, "replace")).rejects.toThrow();
    spy.mockRestore();
    expect(await dump()).toEqual(before);
  });
});

describe("a file that comes in is untrusted", () => {
  it.each([
    ["notJson", (t: string) => t.slice(0, t.length / 2)],
    [
      "wrongFormat",
      (t: string) =>
        t.replace('"blueprint-planner/backup"', '"something-else"'),
    ],
    [
      "newerVersion",
      (t: string) => t.replace('"formatVersion":5', '"formatVersion":9'),
    ],
    [
      "invalid",
      (t: string) =>
        t.replace('"status":"taught"', '"status":"deleted-everything"'),
    ],
    ["checksum", (t: string) => t.replace("Sorting", "Sortinh")],
    [
      "invalid",
      (t: string) =>
        t.replace('"title":"Sorting"', `"title":"${"x".repeat(30_000)}"`),
    ],
  ])("refuses %s with its reason", async (code, mutate) => {
    await seed();
    const result = await readBackup(mutate(await backupText()), await known());
    expect(result).toMatchObject({ ok: false, problem: { code } });
  });

  it("refuses lessons mapped to framework items this device does not hold", async () => {
    await seed();
    const data = { ...(await collectBackupData(db())), frameworks: [] };
    const text = JSON.stringify(await makeBackup(data, "0.1.0"));
    const result = await readBackup(text, new Map());
    expect(result).toMatchObject({
      ok: false,
      problem: { code: "unknownItems", count: 1 },
    });
  });

  it("refuses an oversized file before reading it", async () => {
    expect(await readBackup("x".repeat(2000), new Map(), 1000)).toMatchObject({
      ok: false,
      problem: { code: "tooLarge" },
    });
  });

  it("never throws and never changes stored data, whatever the bytes", async () => {
    await seed();
    const good = await backupText();
    const before = await dump();
    const ids = await known();
    await fc.assert(
      fc.asyncProperty(brokenVersionsOf(good), async (text) => {
        const result = await readBackup(text, ids);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
    expect(await dump()).toEqual(before);
  });
});
