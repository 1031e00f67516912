import { getTeacherName, setTeacherName } from "../db/preferences";
import type { PlannerDatabase } from "../db/schema";
import { readSetting, writeSetting } from "../db/settings";
import { schoolServerAccount } from "../domain/settings";
import type { Store } from "../lib/store";
import type { ServerProblem } from "./sync/api";
import type { SchoolSync, SyncStatus } from "./sync/runtime";

// The school server as the app's screens see it. Its code (the provider, Yjs, y-indexeddb) is
// loaded only for a device signed in to one: the first load of every other device carries none.

export interface SchoolServerConnection {
  /** The sync's status; null while this device is not signed in (or the sync is loading). */
  status: Store<SyncStatus | null>;
  /** Signs in and starts syncing; throws a SchoolServerError the screen words for the person. */
  signIn(fields: {
    address: string;
    school: string;
    name: string;
    passphrase: string;
  }): Promise<void>;
  /** Stops syncing and forgets the sign-in; without keepCopy, the synced lessons go too. */
  signOut(options: { keepCopy: boolean }): Promise<void>;
  /** Starts syncing when this device is signed in (at the app's start). */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

export function createSchoolServer(
  db: PlannerDatabase,
  status: Store<SyncStatus | null>,
): SchoolServerConnection {
  let running: SchoolSync | null = null;
  let unwatch: (() => void) | null = null;
  let starting: Promise<void> = Promise.resolve();

  const run = (sync: SchoolSync) => {
    running = sync;
    status.set(sync.status.get());
    unwatch = sync.status.subscribe(() => status.set(sync.status.get()));
  };
  /** Stops watching the running sync (which the caller then stops or signs out) and returns it. */
  const detach = () => {
    unwatch?.();
    unwatch = null;
    const sync = running;
    running = null;
    status.set(null);
    return sync;
  };
  const halt = () => detach()?.stop();

  return {
    status,
    async signIn({ address, school, name, passphrase }) {
      const api = await import("./sync/api");
      const url = api.serverAddress(address);
      if (!url) throw new api.SchoolServerError("not-a-school-server");
      const signedIn = await api.signIn(
        url,
        school.trim().toLowerCase(),
        name.trim(),
        passphrase,
      );
      await halt();
      const account = api.accountOf(url, signedIn);
      await writeSetting(db, schoolServerAccount, account);
      // New lessons carry the name the school gave this person, unless they set their own.
      if (!(await getTeacherName(db)).trim())
        await setTeacherName(db, signedIn.person.name);
      const { startSchoolSync } = await import("./sync/runtime");
      run(await startSchoolSync(db, { account, first: signedIn }));
    },
    async signOut({ keepCopy }) {
      await starting;
      const sync = detach();
      if (sync) await sync.signOut({ keepCopy });
      else await writeSetting(db, schoolServerAccount, null);
    },
    resume() {
      starting = (async () => {
        const account = await readSetting(db, schoolServerAccount);
        if (!account || running) return;
        const { startSchoolSync } = await import("./sync/runtime");
        run(await startSchoolSync(db, { account }));
      })().catch((error: unknown) =>
        console.error("school sync did not start:", error),
      );
      return starting;
    },
    async stop() {
      await starting;
      await halt();
    },
  };
}

/** Why a sign-in failed, in terms the screen words for the person; null for any other error. */
export function serverProblem(
  error: unknown,
): { problem: ServerProblem; retryAfter: number } | null {
  if (!(error instanceof Error) || !("problem" in error)) return null;
  const { problem, retryAfter } = error as Error & {
    problem: ServerProblem;
    retryAfter?: number;
  };
  return { problem, retryAfter: retryAfter ?? 0 };
}
