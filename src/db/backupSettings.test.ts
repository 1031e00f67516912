import { beforeEach, describe, expect, it } from "vitest";
import { backupText, known } from "../../tests/support/backup";
import { makeLesson } from "../../tests/support/factories";
import { db } from "../../tests/support/services";
import { makeBackup, readBackup } from "../domain/backup/backup";
import {
  backupReminderDays,
  derivedVersion,
  lastBackupAt,
  sharingSessions,
  storagePersistence,
  teacherName,
} from "../domain/settings";
import { saveLesson } from "../features/lessons/mutations";
import {
  createBackup,
  setBackupReminder,
} from "../features/settings/mutations";
import { collectBackupData, restoreBackup } from "./backup";
import { knownItems } from "./frameworkItems";
import { ensureCurricula } from "./curricula";
import { DERIVED_VERSION } from "./derived";
import { ensureDeviceId, readDeviceId } from "./device";
import { setTeacherName } from "./preferences";
import { PlannerDatabase } from "./schema";
import { readSetting, writeSetting } from "./settings";
import { requestPersistentStorage } from "./storage";

beforeEach(async () => {
  await ensureCurricula(db());
});

describe("settings in a backup", () => {
  it("brings every backed-up setting back on a fresh device, the reminder interval too", async () => {
    await setBackupReminder(db(), 30);
    await setTeacherName(db(), "  陳老師 ");
    await writeSetting(db(), sharingSessions.of("2026/27"), 3);
    await writeSetting(db(), sharingSessions.of("2025/26"), 5);
    await requestPersistentStorage(db());
    const first = await ensureDeviceId(db());
    const blob = await createBackup(
      db(),
      "0.2.0",
      new Date("2026-11-25T08:00:00Z"),
    );

    const fresh = new PlannerDatabase(`fresh-device-${crypto.randomUUID()}`);
    try {
      await ensureCurricula(fresh);
      const known = await knownItems(fresh);
      const read = await readBackup(await blob.text(), known);
      if (!read.ok) throw new Error(read.problem.code);
      await restoreBackup(fresh, read.file, "replace");

      expect(await readSetting(fresh, backupReminderDays)).toBe(30);
      expect(await readSetting(fresh, teacherName)).toBe("陳老師");
      expect(await readSetting(fresh, sharingSessions.of("2026/27"))).toBe(3);
      expect(await readSetting(fresh, sharingSessions.of("2025/26"))).toBe(5);
      // Facts about the first device stay there: its identity too, or two devices would be one.
      expect(await readSetting(fresh, lastBackupAt)).toBeNull();
      expect(await readSetting(fresh, storagePersistence)).toBeNull();
      expect(await readDeviceId(fresh)).toBe("");
      expect(await ensureDeviceId(fresh)).not.toBe(first);
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
          // The bad value itself, for the quoted preview only.
          excerpt: String(bad.value),
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
        { key: "deviceId", value: "3f2a9c1b-0d4e-4a5b-8c6d-7e8f90a1b2c3" },
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
    const mine = await ensureDeviceId(db());
    await restoreBackup(db(), read.file, "replace");
    expect(await readSetting(db(), backupReminderDays)).toBe(14);
    expect(await readSetting(db(), teacherName)).toBe("");
    expect(await readSetting(db(), derivedVersion)).toBe(DERIVED_VERSION);
    // A backup never gives this device another's identity.
    expect(await readDeviceId(db())).toBe(mine);
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
    await writeSetting(db(), sharingSessions.of("2026/27"), 3);
    const text = await backupText();
    await writeSetting(db(), sharingSessions.of("2024/25"), 9);
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

  it("merging keeps this device's teacher name and sharing sessions", async () => {
    await ensureCurricula(db());
    await setTeacherName(db(), "Ms Backup");
    await writeSetting(db(), sharingSessions.of("2026/27"), 3);
    await saveLesson(db(), makeLesson({ title: "From the backup" }));
    const read = await readBackup(
      JSON.stringify(await makeBackup(await collectBackupData(db()), "0.2.0")),
      await known(),
    );
    if (!read.ok) throw new Error(read.problem.code);
    await setTeacherName(db(), "Ms Device");
    await writeSetting(db(), sharingSessions.of("2026/27"), 5);
    await restoreBackup(db(), read.file, "merge");
    expect(await readSetting(db(), teacherName)).toBe("Ms Device");
    expect(await readSetting(db(), sharingSessions.of("2026/27"))).toBe(5);
    expect((await db().lessons.toArray()).map((l) => l.title)).toEqual([
      "From the backup",
    ]);
  });
});
