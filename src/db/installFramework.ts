import { compareVersions } from "../domain/framework/version";
import { countByType } from "../domain/framework/tree";
import type { FrameworkFile } from "../domain/framework/schema";
import type {
  FrameworkItemRecord,
  FrameworkRecord,
} from "../domain/framework/types";
import type { PlannerDatabase } from "./schema";

export type InstallOutcome = "installed" | "upgraded" | "unchanged";

/**
 * Writes a validated framework file to the database, in one transaction.
 *
 * - Nothing stored yet: the framework and its items are written.
 * - Same or older version stored: nothing changes (loading is idempotent, and never rolls back).
 * - Newer version: items are updated in place under their stable ids; items the new version
 *   dropped are kept, marked retired, so anything that points at them still resolves.
 */
export async function installFramework(
  db: PlannerDatabase,
  file: FrameworkFile,
  now: Date = new Date(),
): Promise<InstallOutcome> {
  const { framework, items } = file;
  return db.transaction("rw", db.frameworks, db.frameworkItems, async () => {
    const stored = await db.frameworks.get(framework.id);
    if (stored && compareVersions(framework.version, stored.version) <= 0)
      return "unchanged";

    const records: FrameworkItemRecord[] = items.map((item, position) => ({
      ...item,
      frameworkId: framework.id,
      position,
    }));
    const newIds = new Set(records.map((r) => r.id));
    const previous = await db.frameworkItems
      .where("frameworkId")
      .equals(framework.id)
      .toArray();
    const retired = previous
      .filter((old) => !newIds.has(old.id))
      .map((old) => ({
        ...old,
        retiredInVersion: old.retiredInVersion ?? framework.version,
      }));

    const record: FrameworkRecord = {
      ...framework,
      itemCount: records.length,
      typeCounts: Object.fromEntries(countByType(records)),
      loadedAt: now.toISOString(),
    };
    await db.frameworkItems.bulkPut([...records, ...retired]);
    await db.frameworks.put(record);
    return stored ? "upgraded" : "installed";
  });
}
