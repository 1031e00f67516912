import {
  newerOnly,
  type BackupData,
  type BackupFile,
} from "../domain/backup/backup";
import { mappingRowsFor, summaryFor } from "../domain/lessons/mapping";
import type { PlannerDatabase } from "./schema";

/** Settings a backup carries: the teacher's name and the sharing sessions entered per year. */
const CARRIED = /^(teacherName|sharingSessions:)/;

export async function collectBackupData(
  db: PlannerDatabase,
): Promise<BackupData> {
  return db.transaction("r", db.lessons, db.plans, db.settings, async () => ({
    lessons: await db.lessons.toArray(),
    plans: await db.plans.toArray(),
    settings: (await db.settings.toArray())
      .filter(
        (s) =>
          CARRIED.test(s.key) &&
          (typeof s.value === "string" || typeof s.value === "number"),
      )
      .map((s) => ({ key: s.key, value: s.value })),
  }));
}

export type RestoreMode = "replace" | "merge";

export interface RestoreCounts {
  lessons: number;
  plans: number;
}

/**
 * Restores a validated backup in one transaction: either everything is written or nothing is.
 * "replace" makes the device hold exactly the backup's lessons and plans; "merge" adds what the
 * device lacks and takes newer edits. Coverage rows and summaries are rebuilt for what changed.
 */
export async function restoreBackup(
  db: PlannerDatabase,
  backup: BackupFile,
  mode: RestoreMode,
): Promise<RestoreCounts> {
  return db.transaction(
    "rw",
    [db.lessons, db.lessonMappings, db.lessonSummaries, db.plans, db.settings],
    async () => {
      const { lessons, plans, settings } = backup.data;
      let lessonsToPut = lessons;
      let plansToPut = plans;
      if (mode === "replace") {
        await Promise.all([
          db.lessons.clear(),
          db.lessonMappings.clear(),
          db.lessonSummaries.clear(),
          db.plans.clear(),
        ]);
      } else {
        const ids = lessons.map((l) => l.id);
        const have = new Map(
          (await db.lessons.bulkGet(ids)).flatMap((l) =>
            l ? [[l.id, l] as const] : [],
          ),
        );
        lessonsToPut = newerOnly(lessons, have);
        const havePlans = new Map(
          (await db.plans.bulkGet(plans.map((p) => p.id))).flatMap((p) =>
            p ? [[p.id, p] as const] : [],
          ),
        );
        plansToPut = newerOnly(plans, havePlans);
        const changed = lessonsToPut.map((l) => l.id);
        await db.lessonMappings.where("lessonId").anyOf(changed).delete();
        await db.lessonSummaries.bulkDelete(changed);
      }
      await db.lessons.bulkPut(lessonsToPut);
      await db.lessonMappings.bulkPut(lessonsToPut.flatMap(mappingRowsFor));
      await db.lessonSummaries.bulkPut(
        lessonsToPut.flatMap((l) => summaryFor(l) ?? []),
      );
      await db.plans.bulkPut(plansToPut);
      if (mode === "replace" || settings.length > 0)
        await db.settings.bulkPut(settings);
      return { lessons: lessonsToPut.length, plans: plansToPut.length };
    },
  );
}
