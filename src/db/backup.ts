import type { BackupData, BackupFile } from "../domain/backup/backup";
import { newerOnly } from "../domain/backup/envelope";
import {
  FRAMEWORK_FORMAT,
  FRAMEWORK_FORMAT_VERSION,
} from "../domain/framework/format";
import type { FrameworkFile } from "../domain/framework/schema";
import { backedUpSettings, isBackedUp } from "../domain/settings";
import { isShippedFramework } from "./curricula";
import { installFramework } from "./installFramework";
import { getLessons, putLessons } from "./lessonRecords";
import { putReceipts, readReceipts } from "./receipts";
import type { PlannerDatabase } from "./schema";

/** The stored frameworks as curricula files of their current items, in reading order. */
async function frameworkFiles(db: PlannerDatabase): Promise<FrameworkFile[]> {
  const frameworks = await db.frameworks.toArray();
  return Promise.all(
    frameworks.map(async (record) => {
      const { itemCount, typeCounts, loadedAt, ...framework } = record;
      const items = (
        await db.frameworkItems.where("frameworkId").equals(record.id).toArray()
      )
        .filter((i) => !i.retiredInVersion)
        .sort((a, b) => a.position - b.position)
        .map(({ frameworkId, position, retiredInVersion, ...item }) => item);
      return {
        format: FRAMEWORK_FORMAT,
        formatVersion: FRAMEWORK_FORMAT_VERSION,
        framework,
        items,
      };
    }),
  );
}

export async function collectBackupData(
  db: PlannerDatabase,
): Promise<BackupData> {
  const tables = [
    db.frameworks,
    db.frameworkItems,
    db.lessons,
    db.plans,
    db.settings,
    db.receipts,
    db.training,
    db.teacherCycles,
  ];
  return db.transaction("r", tables, async () => ({
    frameworks: await frameworkFiles(db),
    shareReceipts: [...(await readReceipts(db)).values()],
    lessons: await db.lessons.toArray(),
    plans: await db.plans.toArray(),
    // The registry's backed-up settings, each of its type (src/domain/settings.ts).
    settings: backedUpSettings(await db.settings.toArray()),
    training: await db.training.toArray(),
    teacherCycles: await db.teacherCycles.toArray(),
  }));
}

/**
 * The frameworks of a backup that restoring it would add, each as the school's own. A
 * framework's text comes only from the app's own curricula/ files: a backup never changes a
 * framework the device holds (a "version 99.0.0" of the official one with rewritten titles
 * changes nothing), never brings one under a shipped framework's id, and adds one only when
 * none of its items is already held under another framework, so no file can move official
 * items. Call it inside a transaction that reads frameworks and their items.
 */
export async function frameworksToAdd(
  db: PlannerDatabase,
  frameworks: readonly FrameworkFile[],
): Promise<FrameworkFile[]> {
  const held = new Set(await db.frameworks.toCollection().primaryKeys());
  const adding: FrameworkFile[] = [];
  for (const file of frameworks) {
    const id = file.framework.id;
    if (held.has(id) || isShippedFramework(id)) continue;
    const clash = await db.frameworkItems.bulkGet(file.items.map((i) => i.id));
    if (clash.some((item) => item && item.frameworkId !== id)) continue;
    adding.push(file);
  }
  return adding;
}

export type RestoreMode = "replace" | "merge";

export interface RestoreCounts {
  lessons: number;
  plans: number;
  /** Training courses written (added, changed or removed). */
  training: number;
}

/**
 * Restores a validated backup in one transaction: either everything is written or nothing is.
 * "replace" makes the device hold exactly the backup's lessons, plans and training records;
 * "merge" adds what the device lacks and takes newer edits. The lesson index is rewritten for what changed.
 */
export async function restoreBackup(
  db: PlannerDatabase,
  backup: BackupFile,
  mode: RestoreMode,
): Promise<RestoreCounts> {
  return db.transaction(
    "rw",
    [
      db.frameworks,
      db.frameworkItems,
      db.lessons,
      db.lessonIndex,
      db.plans,
      db.settings,
      db.receipts,
      db.training,
      db.teacherCycles,
    ],
    async () => {
      const {
        frameworks,
        lessons,
        plans,
        settings,
        shareReceipts,
        training,
        teacherCycles,
      } = backup.data;
      for (const file of await frameworksToAdd(db, frameworks))
        await installFramework(db, file);
      let lessonsToPut = lessons;
      let plansToPut = plans;
      let coursesToPut = training;
      let cyclesToPut = teacherCycles;
      if (mode === "replace") {
        await Promise.all([
          db.lessons.clear(),
          db.lessonIndex.clear(),
          db.plans.clear(),
          db.receipts.clear(),
          db.training.clear(),
          db.teacherCycles.clear(),
        ]);
      } else {
        const ids = lessons.map((l) => l.id);
        const have = new Map(
          (await getLessons(db, ids)).flatMap((l) =>
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
        const haveCourses = new Map(
          (await db.training.bulkGet(training.map((c) => c.id))).flatMap((c) =>
            c ? [[c.id, c] as const] : [],
          ),
        );
        coursesToPut = newerOnly(training, haveCourses);
        const haveCycles = new Map(
          (await db.teacherCycles.toArray()).map((c) => [c.teacher, c]),
        );
        cyclesToPut = teacherCycles.filter(
          (c) => c.updatedAt > (haveCycles.get(c.teacher)?.updatedAt ?? ""),
        );
      }
      // Merging keeps this device's receipts and adds the ones it lacks, for lessons the
      // device or the backup holds (a receipt for no lesson would be kept for ever).
      const receipts = await readReceipts(db);
      const backedUpLessons = new Set(lessons.map((l) => l.id));
      const orphans = shareReceipts.filter(
        (r) => !backedUpLessons.has(r.lessonId),
      );
      const onDevice =
        mode === "merge" && orphans.length > 0
          ? new Set(
              await db.lessons
                .where(":id")
                .anyOf(orphans.map((r) => r.lessonId))
                .primaryKeys(),
            )
          : new Set<string>();
      await putReceipts(
        db,
        shareReceipts.filter(
          (r) =>
            !receipts.has(r.lessonId) &&
            (backedUpLessons.has(r.lessonId) || onDevice.has(r.lessonId)),
        ),
        receipts,
      );
      await putLessons(db, lessonsToPut);
      await db.plans.bulkPut(plansToPut);
      await db.training.bulkPut(coursesToPut);
      await db.teacherCycles.bulkPut(cyclesToPut);
      // Replacing leaves the backup's settings; device-only ones (persistence, index) stay.
      if (mode === "replace")
        await db.settings.bulkDelete(
          (await db.settings.toCollection().primaryKeys()).filter(isBackedUp),
        );
      // Merging keeps every setting the device has (its teacher's name, its sharing-session
      // counts) and adds only the ones it lacks, as the Merge choice promises.
      const keep =
        mode === "merge"
          ? new Set(await db.settings.toCollection().primaryKeys())
          : new Set<string>();
      await db.settings.bulkPut(
        backedUpSettings(settings).filter((s) => !keep.has(s.key)),
      );
      return {
        lessons: lessonsToPut.length,
        plans: plansToPut.length,
        training: coursesToPut.length,
      };
    },
  );
}
