import { useMemo } from "react";
import type { PlannerDatabase } from "../../db/schema";
import { useServices } from "../../services/ServicesProvider";
import { setTeacherName } from "../../db/preferences";
import { knownItems } from "../../db/frameworkItems";
import { writeSetting } from "../../db/settings";
import { settleSyncConflict } from "../../db/sync";
import { backupReminderDays, lastBackupAt } from "../../domain/settings";
import {
  makeBackup,
  MAX_BACKUP_BYTES,
  type BackupData,
} from "../../domain/backup/backup";
import { checkFile, type CheckOptions } from "../../lib/fileCheck/checkFile";
import type { EnvelopeResult } from "../../domain/backup/envelope";
import {
  collectBackupData,
  frameworksToAdd,
  restoreBackup,
  type RestoreMode,
} from "../../db/backup";
import type { BackupFile } from "../../domain/backup/backup";
import type { FrameworkFile } from "../../domain/framework/schema";

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

/** Checks a backup off the page's main thread (see checkFile); rejects with ReadCancelled. */
export async function checkBackupFile(
  db: PlannerDatabase,
  file: File,
  options: CheckOptions = {},
): Promise<EnvelopeResult<BackupData>> {
  const known = await knownItems(db);
  return checkFile<BackupData>(
    "backup",
    file,
    MAX_BACKUP_BYTES,
    known,
    options,
  );
}

/** The titles of the frameworks restoring this backup would add, as the school's own. */
export async function frameworksBackupAdds(
  db: PlannerDatabase,
  backup: BackupFile,
): Promise<FrameworkFile["framework"]["title"][]> {
  const adding = await db.transaction(
    "r",
    db.frameworks,
    db.frameworkItems,
    () => frameworksToAdd(db, backup.data.frameworks),
  );
  return adding.map((f) => f.framework.title);
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
      checkBackupFile: (file: File, options?: CheckOptions) =>
        checkBackupFile(db, file, options),
      frameworksBackupAdds: (backup: BackupFile) =>
        frameworksBackupAdds(db, backup),
      applyBackup: (backup: BackupFile, mode: RestoreMode) =>
        writes.attempt(() => restoreBackup(db, backup, mode)),
    }),
    [db, writes],
  );
}

/** Keeps one side of each lesson changed on this device and another before they synced. */
export async function settleSyncConflicts(
  db: PlannerDatabase,
  choices: ReadonlyMap<string, "mine" | "theirs">,
): Promise<void> {
  for (const [lessonId, choice] of choices)
    await settleSyncConflict(db, lessonId, choice);
}
