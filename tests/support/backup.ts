import { makeBackup } from "../../src/domain/backup/backup";
import { collectBackupData } from "../../src/db/backup";
import { db } from "./services";

/** The framework items the test device holds, for reading a file against. */
export const known = async () =>
  new Set(await db().frameworkItems.toCollection().primaryKeys());

/** A backup of the test device as a file's text, made now: after every edit it holds. */
export async function backupText() {
  return JSON.stringify(
    await makeBackup(await collectBackupData(db()), "0.1.0"),
  );
}
