import { useMemo } from "react";
import type { PlannerDatabase } from "../../db/schema";
import { useServices } from "../../services/ServicesProvider";
import { fileText } from "../../lib/fileText";
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

/** Everything on the device as one file; remembers when, for the reminder. */
export async function createBackup(
  db: PlannerDatabase,
  appVersion: string,
  now = new Date(),
): Promise<Blob> {
  const backup = await makeBackup(await collectBackupData(db), appVersion, now);
  await writeSetting(db, lastBackupAt, now.toISOString());
  return new Blob([JSON.stringify(backup)], { type: "application/json" });
}

export async function checkBackupFile(
  db: PlannerDatabase,
  file: File,
): Promise<EnvelopeResult<BackupData>> {
  if (file.size > MAX_BACKUP_BYTES)
    return { ok: false, problem: { code: "tooLarge" } };
  const known = new Set(await db.frameworkItems.toCollection().primaryKeys());
  return readBackup(await fileText(file), known);
}

export async function setBackupReminder(db: PlannerDatabase, days: number) {
  await writeSetting(db, backupReminderDays, days);
}

/**
 * The settings page's writes, through the app's write path. Restoring a backup rejects (the
 * backup section says what went wrong and that nothing changed); the others report a failure
 * with Try again.
 */
export function useSettingsWrites() {
  const { db, writes } = useServices();
  return useMemo(
    () => ({
      saveTeacherName: (name: string) =>
        writes.run(() => setTeacherName(db, name)),
      setBackupReminder: (days: number) =>
        writes.run(() => setBackupReminder(db, days)),
      /** Makes the backup, hands it to `keep` (a download), and remembers when. */
      backUp: (appVersion: string, keep: (file: Blob) => void) =>
        writes.run(async () => keep(await createBackup(db, appVersion))),
      checkBackupFile: (file: File) => checkBackupFile(db, file),
      applyBackup: (backup: BackupFile, mode: RestoreMode) =>
        writes.attempt(() => restoreBackup(db, backup, mode)),
    }),
    [db, writes],
  );
}
