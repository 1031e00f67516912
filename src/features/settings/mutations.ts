import { db } from "../../db/db";
import { setTeacherName } from "../../db/preferences";
import { writeSetting } from "../../db/settings";
import { backupReminderDays, lastBackupAt } from "../../domain/settings";
import {
  makeBackup,
  MAX_BACKUP_BYTES,
  readBackup,
  type BackupData,
} from "../../domain/backup/backup";
import type { EnvelopeResult } from "../../domain/backup/envelope";
import {
  collectBackupData,
  restoreBackup,
  type RestoreMode,
} from "../../db/backup";
import type { BackupFile } from "../../domain/backup/backup";
export function saveTeacherName(name: string) {
  return setTeacherName(db, name);
}

/** Everything on the device as one file; remembers when, for the reminder. */
export async function createBackup(
  appVersion: string,
  now = new Date(),
): Promise<Blob> {
  const backup = await makeBackup(await collectBackupData(db), appVersion, now);
  await writeSetting(db, lastBackupAt, now.toISOString());
  return new Blob([JSON.stringify(backup)], { type: "application/json" });
}

export async function checkBackupFile(
  file: File,
): Promise<EnvelopeResult<BackupData>> {
  if (file.size > MAX_BACKUP_BYTES)
    return { ok: false, problem: { code: "tooLarge" } };
  const known = new Set(await db.frameworkItems.toCollection().primaryKeys());
  return readBackup(await file.text(), known);
}

export function applyBackup(backup: BackupFile, mode: RestoreMode) {
  return restoreBackup(db, backup, mode);
}

export async function setBackupReminder(days: number) {
  await writeSetting(db, backupReminderDays, days);
}
