import { useEffect, useState } from "react";
import { useLiveQuery } from "dexie-react-hooks";
import { useServices } from "../../services/ServicesProvider";
import { readDeviceId } from "../../db/device";
import { getTeacherName } from "../../db/preferences";
import { readSetting } from "../../db/settings";
import {
  backupReminderDays,
  lastBackupAt,
  schoolServerAccount,
  storagePersistence,
} from "../../domain/settings";
import { useStore } from "../../lib/useStore";
import { orderFrameworks } from "../../domain/framework/tree";
import {
  estimateStorage,
  requestPersistentStorage,
  type PersistenceResult,
  type StorageUsage,
} from "../../db/storage";

/** The browser's last answer to "keep this app's data"; undefined until asked. */
export function usePersistence(): PersistenceResult | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    return (await readSetting(db, storagePersistence)) ?? undefined;
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

export { isShippedFramework } from "../../db/curricula";

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

/** This device's identity, named in its share files; "" until the first is made. */
export function useDeviceId(): string | undefined {
  const { db } = useServices();
  return useLiveQuery(() => readDeviceId(db), [db]);
}

/** When the last backup was made, and how many days may pass before the teacher is reminded. */
export function useBackupStatus() {
  const { db } = useServices();
  return useLiveQuery(async () => {
    return {
      lastBackupAt: await readSetting(db, lastBackupAt),
      reminderDays: await readSetting(db, backupReminderDays),
    };
  }, [db]);
}

/** This device's sign-in to the school server (null: none); undefined while loading. */
export function useSchoolAccount() {
  const { db } = useServices();
  return useLiveQuery(() => readSetting(db, schoolServerAccount), [db]);
}

/** The school sync's status while this device is signed in (null otherwise). */
export function useSyncStatus() {
  return useStore(useServices().school.status);
}

/** The lessons kept aside until the person chooses between this device's edit and another's. */
export function useSyncConflicts() {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const conflicts = await db.syncConflicts.toArray();
    const mine = await db.lessons.bulkGet(conflicts.map((c) => c.lessonId));
    return conflicts.flatMap((c, i) =>
      mine[i] ? [{ ...c, mine: mine[i] }] : [],
    );
  }, [db]);
}
