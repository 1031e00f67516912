import {
  STORAGE_PERSISTENCE_KEY,
  type PersistenceResult,
} from "../domain/persistence";
import type { PlannerDatabase } from "./schema";

export type { PersistenceResult };

/**
 * Asks the browser not to evict this app's data under storage pressure, and records the answer
 * for the Settings page. Browsers grant it silently (installed apps, bookmarked sites) or refuse.
 */
export async function requestPersistentStorage(
  db: PlannerDatabase,
  now = new Date(),
): Promise<PersistenceResult> {
  let granted: boolean | null = null;
  const storage =
    typeof navigator !== "undefined" ? navigator.storage : undefined;
  if (storage?.persist) {
    try {
      granted = (await storage.persisted()) || (await storage.persist());
    } catch {
      granted = false;
    }
  }
  const result: PersistenceResult = { granted, askedAt: now.toISOString() };
  try {
    // The registry's storagePersistence, written without writeSetting (./settings.ts), which
    // would bring the whole registry into the first load; the value is built just above.
    await db.settings.put({ key: STORAGE_PERSISTENCE_KEY, value: result });
  } catch {
    // Recording the answer is a convenience; the app works without it.
  }
  return result;
}

export interface StorageUsage {
  usage: number;
  quota: number;
}

export async function estimateStorage(): Promise<StorageUsage | null> {
  const storage =
    typeof navigator !== "undefined" ? navigator.storage : undefined;
  if (!storage?.estimate) return null;
  const { usage = 0, quota = 0 } = await storage.estimate();
  return { usage, quota };
}
