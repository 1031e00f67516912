import type {
  FrameworkItemRecord,
  FrameworkRecord,
} from "../domain/framework/types";
import type { PlannerDatabase } from "./schema";

/** The items read last, kept by the app's services (one per database connection). */
/**
 * The framework items this device holds, each with its framework: what an incoming file's
 * mappings are checked against.
 */
export async function knownItems(
  db: PlannerDatabase,
): Promise<Map<string, string>> {
  const items = await db.frameworkItems.toArray();
  return new Map(items.map((i) => [i.id, i.frameworkId]));
}

export interface FrameworkReadCache {
  kept?: { key: string; items: FrameworkItemRecord[] };
}

/**
 * The stored frameworks and every item of them (a few hundred bilingual records). Items change
 * only when a framework is installed, which rewrites its record, so while the framework records
 * are the same the items read last are used again: opening a section reads two small records,
 * not every item. The item list is a fresh array each time (callers sort it).
 */
export async function readFrameworks(
  db: PlannerDatabase,
  cache: FrameworkReadCache = {},
): Promise<{
  frameworks: FrameworkRecord[];
  items: FrameworkItemRecord[];
  /** Changes when any framework (so any item) changes: for caching what is made from them. */
  key: string;
}> {
  const frameworks = await db.frameworks.toArray();
  const key = frameworks
    .map((f) => `${f.id}@${f.version}@${f.loadedAt}`)
    .join("|");
  let kept = cache.kept;
  if (kept?.key !== key) {
    kept = { key, items: await db.frameworkItems.toArray() };
    cache.kept = kept;
  }
  return { frameworks, items: [...kept.items], key };
}
