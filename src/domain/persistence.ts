// Start-up records the browser's answer to the persistence request (src/db/storage.ts). Apart
// from the settings registry (./settings.ts, where the setting is defined, its key tied to this
// one at compile time) so the first load carries only the key: it has no room to spare.

export const STORAGE_PERSISTENCE_KEY = "storagePersistence";

export interface PersistenceResult {
  /** null where the browser has no Storage API (very old browsers). */
  granted: boolean | null;
  askedAt: string;
}
