import { describe, expect, it } from "vitest";
import {
  backedUpSettings,
  backupReminderDays,
  derivedVersion,
  deviceId,
  lastBackupAt,
  settingOf,
  sharingSessions,
  storagePersistence,
  teacherName,
  valueOf,
} from "./settings";

describe("the settings registry", () => {
  it("finds each setting by its key, and a family's by its part", () => {
    expect(settingOf("teacherName")).toBe(teacherName);
    expect(settingOf("sharingSessions:2026/27")).toMatchObject({
      key: "sharingSessions:2026/27",
      fallback: 0,
      backedUp: true,
    });
    expect(settingOf("sharingSessions:next year")).toBeUndefined();
    expect(settingOf("somethingElse")).toBeUndefined();
    expect(sharingSessions.of("2026/27").accepts(3)).toBe(true);
    expect(sharingSessions.of("abc").accepts(3)).toBe(false);
  });

  it("reads a value of the wrong type, or out of bounds, as the default", () => {
    expect(valueOf(backupReminderDays, 30)).toBe(30);
    expect(valueOf(backupReminderDays, "30")).toBe(14);
    expect(valueOf(backupReminderDays, 2.5)).toBe(14);
    expect(valueOf(backupReminderDays, undefined)).toBe(14);
    expect(valueOf(teacherName, 5)).toBe("");
    expect(valueOf(teacherName, "x".repeat(501))).toBe("");
    expect(valueOf(lastBackupAt, "not a date")).toBeNull();
    expect(valueOf(storagePersistence, { granted: "yes" })).toBeNull();
    expect(
      valueOf(storagePersistence, { granted: true, askedAt: "2026-11-25" }),
    ).toEqual({ granted: true, askedAt: "2026-11-25" });
    expect(valueOf(sharingSessions.of("2026/27"), -1)).toBe(0);
    expect(valueOf(deviceId, "陳老師的 iPad")).toBe("");
    expect(valueOf(deviceId, "3F2A9C1B-0D4E-4A5B-8C6D-7E8F90A1B2C3")).toBe("");
  });

  it("backs up the teacher's work, not facts about this device", () => {
    expect(
      backedUpSettings([
        { key: "teacherName", value: "陳老師" },
        { key: "backupReminderDays", value: 30 },
        { key: "sharingSessions:2026/27", value: 3 },
        { key: "sharingSessions:2026/27x", value: 3 },
        { key: "backupReminderDays", value: "30" },
        { key: lastBackupAt.key, value: "2026-11-25T08:00:00.000Z" },
        { key: derivedVersion.key, value: 4 },
        { key: deviceId.key, value: "3f2a9c1b-0d4e-4a5b-8c6d-7e8f90a1b2c3" },
        { key: storagePersistence.key, value: { granted: true, askedAt: "" } },
        { key: "unknown", value: 1 },
      ]),
    ).toEqual([
      { key: "teacherName", value: "陳老師" },
      { key: "backupReminderDays", value: 30 },
      { key: "sharingSessions:2026/27", value: 3 },
    ]);
  });
});
