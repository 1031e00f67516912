import { readFileSync } from "node:fs";
import fc from "fast-check";
import { brokenVersionsOf } from "../../tests/support/hostileFiles";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeLesson } from "../../tests/support/factories";
import { AI_LITERACY } from "../../tests/support/frameworks";
import { makeBackup, readBackup } from "../domain/backup/backup";
import { emptyPlan } from "../domain/plans/record";
import { collectBackupData, restoreBackup } from "./backup";
import { ensureCurricula } from "./curricula";
import { putReceipts } from "./receipts";
import { allReceipts, indexedSummaries } from "../../tests/support/indexed";
import { saveLesson } from "../features/lessons/mutations";
import { db, newDevice } from "../../tests/support/services";
import { setSharingSessions } from "../features/coverage/mutations";
import {
  createBackup,
  setBackupReminder,
} from "../features/settings/mutations";
import { setTeacherName } from "./preferences";
import {
  backupReminderDays,
  derivedVersion,
  lastBackupAt,
  sharingSessions,
  storagePersistence,
  teacherName,
} from "../domain/settings";
import { DERIVED_VERSION } from "./derived";
import { PlannerDatabase } from "./schema";
import { readSetting, writeSetting } from "./settings";
import { requestPersistentStorage } from "./storage";

const dump = async () => ({
  lessons: await db().lessons.orderBy("id").toArray(),
  summaries: await indexedSummaries(db()),
  plans: await db().plans.orderBy("id").toArray(),
  settings: await db().settings.orderBy("key").toArray(),
  receipts: await allReceipts(db()),
});
const known = async () =>
  new Set((await db().frameworkItems.toArray()).map((i) => i.id));

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
  const [first] = await db().lessons.toArray();
  await putReceipts(db(), [
    {
      lessonId: first!.id,
      baseUpdatedAt: first!.updatedAt,
      from: "黃老師",
      receivedAt: "2026-11-24T00:00:00.000Z",
    },
  ]);
}

async function backupText() {
  return JSON.stringify(
    // Made now: after every edit it holds, as a real backup is.
    await makeBackup(await collectBackupData(db()), "0.1.0"),
  );
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
      formatVersion: 3,
      appVersion: "0.1.0",
    });
    expect(await restoreBackup(db(), read.file, "replace")).toEqual({
      lessons: 2,
      plans: 1,
    });
    const after = await dump();
    expect(after.lessons).toEqual(before.lessons);
    expect(after.summaries).toEqual(before.summaries);
    expect(after.plans).toEqual(before.plans);
    expect(after.receipts).toEqual(before.receipts);
    expect(after.settings.find((s) => s.key === "teacherName")?.value).toBe(
      "陳老師",
    );
  });

  it("restores the frameworks too, onto a device that holds none", async () => {
    await seed();
    const frameworks = await db().frameworks.orderBy("id").toArray();
    const items = await db().frameworkItems.count();
    const text = await backupText();
    await newDevice();
    const read = await readBackup(text, new Set());
    if (!read.ok) throw new Error(read.problem.code);
    await restoreBackup(db(), read.file, "replace");
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
    expect(read.file.formatVersion).toBe(3);
    expect(read.file.data.frameworks).toEqual([]);
    expect(await restoreBackup(db(), read.file, "replace")).toEqual({
      lessons: 2,
      plans: 1,
    });
    expect(await db().lessons.orderBy("id").toArray()).toEqual(
      fixture.data.lessons,
    );
    expect(await db().plans.toArray()).toEqual(fixture.data.plans);
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
        shareReceipts: unknown[];
      };
    };
    const read = await readBackup(text, await known());
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.file.formatVersion).toBe(3);
    await restoreBackup(db(), read.file, "replace");
    expect(await db().lessons.orderBy("id").toArray()).toEqual(
      fixture.data.lessons,
    );
    expect(await db().plans.toArray()).toEqual(fixture.data.plans);
    expect(await allReceipts(db())).toEqual(fixture.data.shareReceipts);
    expect(await readSetting(db(), teacherName)).toBe("陳老師");
    expect(await readSetting(db(), sharingSessions.of("2026/27"))).toBe(2);
    expect(await readSetting(db(), backupReminderDays)).toBe(14);
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

describe("settings in a backup", () => {
  it("brings every backed-up setting back on a fresh device, the reminder interval too", async () => {
    await setBackupReminder(db(), 30);
    await setTeacherName(db(), "  陳老師 ");
    await setSharingSessions(db(), "2026/27", 3);
    await setSharingSessions(db(), "2025/26", 5);
    await requestPersistentStorage(db());
    const blob = await createBackup(
      db(),
      "0.2.0",
      new Date("2026-11-25T08:00:00Z"),
    );

    const fresh = new PlannerDatabase(`fresh-device-${crypto.randomUUID()}`);
    try {
      await ensureCurricula(fresh);
      const known = new Set(
        await fresh.frameworkItems.toCollection().primaryKeys(),
      );
      const read = await readBackup(await blob.text(), known);
      if (!read.ok) throw new Error(read.problem.code);
      await restoreBackup(fresh, read.file, "replace");

      expect(await readSetting(fresh, backupReminderDays)).toBe(30);
      expect(await readSetting(fresh, teacherName)).toBe("陳老師");
      expect(await readSetting(fresh, sharingSessions.of("2026/27"))).toBe(3);
      expect(await readSetting(fresh, sharingSessions.of("2025/26"))).toBe(5);
      // Facts about the first device stay there.
      expect(await readSetting(fresh, lastBackupAt)).toBeNull();
      expect(await readSetting(fresh, storagePersistence)).toBeNull();
    } finally {
      fresh.close();
      await fresh.delete();
    }
  });

  it("refuses a setting of the wrong type or out of its bounds, naming the setting, not the file's words", async () => {
    for (const [index, bad] of [
      { key: "backupReminderDays", value: "30" },
      { key: "teacherName", value: 7 },
      { key: "sharingSessions:2026/27", value: -1e308 },
    ].entries()) {
      const data = {
        ...(await collectBackupData(db())),
        settings: [{ key: "backupReminderDays", value: 30 }, bad],
      };
      const read = await readBackup(
        JSON.stringify(await makeBackup(data, "0.2.0")),
        await known(),
      );
      expect(read, `case ${index}`).toEqual({
        ok: false,
        problem: {
          code: "invalid",
          place: { section: "settings", index: 1, field: "value" },
        },
      });
    }
  });

  it("leaves out settings this app does not know or that belong to the device", async () => {
    const data = {
      ...(await collectBackupData(db())),
      settings: [
        { key: "sharingSessions:2026/27", value: 4 },
        { key: "derivedVersion", value: 99 },
        { key: "fromANewerApp", value: true },
      ],
    };
    const text = JSON.stringify(await makeBackup(data, "0.2.0"));
    const read = await readBackup(text, await known());
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.file.data.settings).toEqual([
      { key: "sharingSessions:2026/27", value: 4 },
    ]);
    await writeSetting(db(), derivedVersion, DERIVED_VERSION);
    await restoreBackup(db(), read.file, "replace");
    expect(await readSetting(db(), backupReminderDays)).toBe(14);
    expect(await readSetting(db(), teacherName)).toBe("");
    expect(await readSetting(db(), derivedVersion)).toBe(DERIVED_VERSION);
  });

  it("reads a value of the wrong type in the table as the default", async () => {
    await db().settings.put({ key: "backupReminderDays", value: "30" });
    await db().settings.put({ key: "sharingSessions:2026/27", value: "3" });
    expect(await readSetting(db(), backupReminderDays)).toBe(14);
    expect(await readSetting(db(), sharingSessions.of("2026/27"))).toBe(0);
    await expect(
      writeSetting(db(), backupReminderDays, -3),
    ).rejects.toBeInstanceOf(RangeError);
  });

  it("replacing leaves only the backup's settings, and keeps this device's own", async () => {
    await setSharingSessions(db(), "2026/27", 3);
    const text = await backupText();
    await setSharingSessions(db(), "2024/25", 9);
    await setBackupReminder(db(), 7);
    await requestPersistentStorage(db());
    const read = await readBackup(text, await known());
    if (!read.ok) throw new Error(read.problem.code);
    await restoreBackup(db(), read.file, "replace");
    expect(await readSetting(db(), sharingSessions.of("2026/27"))).toBe(3);
    expect(await readSetting(db(), sharingSessions.of("2024/25"))).toBe(0);
    expect(await readSetting(db(), backupReminderDays)).toBe(14);
    expect(await readSetting(db(), storagePersistence)).not.toBeNull();
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
      (t: string) => t.replace('"formatVersion":3', '"formatVersion":9'),
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
    const result = await readBackup(text, new Set());
    expect(result).toMatchObject({
      ok: false,
      problem: { code: "unknownItems", count: 1 },
    });
  });

  it("refuses an oversized file before reading it", async () => {
    expect(await readBackup("x".repeat(2000), new Set(), 1000)).toMatchObject({
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
