import { useEffect, useState } from "react";
import { useLiveQuery } from "dexie-react-hooks";
import { useServices } from "../../services/ServicesProvider";
import { getTeacherName } from "../../db/preferences";
import { orderFrameworks } from "../../domain/framework/tree";
import {
  estimateStorage,
  PERSISTENCE_SETTING,
  requestPersistentStorage,
  type PersistenceResult,
  type StorageUsage,
} from "../../db/storage";

/** The browser's last answer to "keep this app's data"; undefined until asked. */
export function usePersistence(): PersistenceResult | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const record = await db.settings.get(PERSISTENCE_SETTING);
    return record?.value as PersistenceResult | undefined;
  }, [db]);
}

/** Asks the browser again to keep this app's data (the answer shows in usePersistence). */
export function useAskForPersistence(): () => void {
  const { db } = useServices();
  return () => void requestPersistentStorage(db);
}

/** How much the device stores for the app, and its quota; null where the browser cannot tell. */
export function useStorageUsage(): StorageUsage | null | undefined {
  const [usage, setUsage] = useState<StorageUsage | null | undefined>(
    undefined,
  );
  useEffect(() => {
    let live = true;
    estimateStorage().then(
      (u) => live && setUsage(u),
      () => live && setUsage(null),
    );
    return () => {
      live = false;
    };
  }, []);
  return usage;
}

export function useStoredFrameworks() {
  const { db } = useServices();
  return useLiveQuery(
    async () => orderFrameworks(await db.frameworks.toArray()),
    [db],
  );
}

export function useTeacherName(): string | undefined {
  const { db } = useServices();
  return useLiveQuery(() => getTeacherName(db), [db]);
}

/** When the last backup was made, and how many days may pass before the teacher is reminded. */
export function useBackupStatus() {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const last = await db.settings.get("lastBackupAt");
    const days = await db.settings.get("backupReminderDays");
    return {
      lastBackupAt: typeof last?.value === "string" ? last.value : null,
      reminderDays: typeof days?.value === "number" ? days.value : 14,
    };
  }, [db]);
}
