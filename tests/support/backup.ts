import { makeBackup } from "../../src/domain/backup/backup";
import { collectBackupData } from "../../src/db/backup";
import { knownItems } from "../../src/db/frameworkItems";
import { db } from "./services";

/** The framework items the test device holds (with their frameworks), for reading a file against. */
export const known = () => knownItems(db());

/** A backup of the test device as a file's text, made now: after every edit it holds. */
export async function backupText() {
  return JSON.stringify(
    await makeBackup(await collectBackupData(db()), "0.1.0"),
  );
}
