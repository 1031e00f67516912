import {
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from "@hocuspocus/provider";
import { liveQuery } from "dexie";
import { clearDocument } from "y-indexeddb";
import { ensureDeviceId } from "../../db/device";
import type { PlannerDatabase } from "../../db/schema";
import { writeSetting } from "../../db/settings";
import {
  heldPlanIds,
  lastPlanChange,
  plansChangedSince,
  removeHeldPlans,
} from "../../db/planSync";
import {
  conflictIds,
  lastChange,
  lessonsChangedSince,
  receivedIds,
  removeSyncedCopy,
  revisions,
  schoolYearsHeld,
  syncDocs,
} from "../../db/sync";
import { schoolYearOf, todayIso } from "../../domain/lessons/lesson";
import type { Lesson } from "../../domain/lessons/types";
import {
  schoolServerAccount,
  type SchoolServerAccount,
} from "../../domain/settings";
import {
  ownerOf,
  plansDocument,
  teacherDocument,
} from "../../domain/sync/entry";
import { createStore, type Store } from "../../lib/store";
import {
  listDocuments,
  SchoolServerError,
  socketAddress,
  type SignedIn,
} from "./api";
import {
  openDocumentSync,
  type DocumentSync,
  type HeldDocument,
} from "./documentSync";
import { openPlansSync } from "./plansSync";
import { accessTokens } from "./tokens";

// The school server on this device: loaded only once the person has signed in to one (the app's
// first load carries none of it). A teacher's device writes the teacher's documents, one per
// school year, and reads the school's plans; a head's reads every teacher's and writes the plans.
// Dexie stays what every screen reads.

export type SyncState =
  "connecting" | "up-to-date" | "offline" | "signed-out" | "forbidden";

export interface SyncStatus {
  state: SyncState;
  /** A teacher's device sends its lessons; a head's reads the teachers'. */
  role: "teacher" | "head";
  /** Lessons this device put in its documents that the server has not confirmed yet. */
  waiting: ReadonlySet<string>;
  /** The latest time a document and the server agreed (ISO), or null. */
  lastSyncedAt: string | null;
  /** Documents open on this device. */
  documents: number;
  /** The teachers whose lessons reach this device (a head's: every teacher's). */
  teachers: number;
}

export interface SchoolSync {
  status: Store<SyncStatus>;
  /** Resolves once every value that has arrived so far is written to the lessons. */
  settled(): Promise<void>;
  stop(): Promise<void>;
  /** Signs this device out; without keepCopy, the lessons that came through the server go too. */
  signOut(options: { keepCopy: boolean }): Promise<void>;
}

/** How often a head's device looks for teachers' documents it does not hold yet. */
const LIST_EVERY_MS = 5 * 60_000;

export interface SchoolSyncOptions {
  account: SchoolServerAccount;
  /** The access token of a sign-in just made. */
  first?: Pick<SignedIn, "accessToken" | "accessExpiresAt">;
  listEveryMs?: number;
}

export async function startSchoolSync(
  db: PlannerDatabase,
  options: SchoolSyncOptions,
): Promise<SchoolSync> {
  const { account } = options;
  const teacher = account.person.role === "teacher";
  const device = await ensureDeviceId(db);
  const tokens = accessTokens(db, account, options.first);
  const socket = new HocuspocusProviderWebsocket({
    url: socketAddress(account.url),
  });
  const docs = new Map<string, HeldDocument>();
  const opening = new Map<string, Promise<HeldDocument | null>>();
  const lessonDocs = new Map<string, Promise<DocumentSync | null>>();
  let refusal: "signed-out" | "forbidden" | null = null;
  let stopped = false;

  const status = createStore<SyncStatus>({
    state: "connecting",
    role: account.person.role,
    waiting: new Set(),
    lastSyncedAt: null,
    documents: 0,
    teachers: 0,
  });
  const update = () => {
    const open = [...docs.values()];
    const waiting = new Set(open.flatMap((d) => [...d.waiting]));
    const times = open.flatMap((d) => (d.syncedAt ? [d.syncedAt] : []));
    const state: SyncState = refusal
      ? refusal
      : socket.status !== WebSocketStatus.Connected
        ? "offline"
        : open.every((d) => d.synced)
          ? "up-to-date"
          : "connecting";
    status.set({
      state,
      role: account.person.role,
      waiting,
      lastSyncedAt: times.sort().at(-1) ?? null,
      documents: open.length,
      teachers: new Set(open.flatMap((d) => ownerOf(d.name) ?? [])).size,
    });
  };
  socket.on("status", update);

  let shared: Promise<Map<string, string>> | null = null;
  const sharedRevisions = () => (shared ??= revisions(db));
  const leftOut = async () =>
    new Set([...(await conflictIds(db)), ...(await receivedIds(db))]);

  /** A refusal to refresh ends the sign-in; anything else (no network) is waited out. */
  const endedIf = (error: unknown) => {
    if (error instanceof SchoolServerError && error.problem === "signed-out") {
      refusal = "signed-out";
      update();
    }
  };
  const retried = new Map<string, number>();
  const refused = async (name: string, problem: "signed-out" | "forbidden") => {
    if (problem === "forbidden") {
      // Not this person's document (a teacher moved away, say): this device stops asking.
      const doc = docs.get(name);
      docs.delete(name);
      await doc?.close();
      update();
      return;
    }
    // Most often the access token ran out while the connection was down: ask for another once.
    const last = retried.get(name) ?? 0;
    if (Date.now() - last < 60_000) {
      refusal = "signed-out";
      return update();
    }
    retried.set(name, Date.now());
    tokens.drop();
    try {
      await tokens.get();
      docs.get(name)?.retry();
    } catch (error) {
      endedIf(error);
    }
  };

  /** Keeps a document once it is open, unless the sync stopped meanwhile (then it closes). */
  const hold = <D extends HeldDocument>(
    name: string,
    made: Promise<D>,
  ): Promise<D | null> => {
    const held = made.then(async (doc) => {
      if (stopped) {
        await doc.close();
        return null;
      }
      docs.set(name, doc);
      update();
      return doc;
    });
    opening.set(name, held);
    return held;
  };

  const open = (name: string, owner: string, ownerName: string) => {
    const have = lessonDocs.get(name);
    if (have) return have;
    const schoolYear = /:(\d{4})-(\d{2})$/.exec(name);
    const writable = teacher && owner === account.person.id;
    const made = openDocumentSync({
      db,
      record: { name, owner, ownerName },
      writable,
      schoolYear: schoolYear ? `${schoolYear[1]}/${schoolYear[2]}` : null,
      device,
      persistenceName: `bp-sync:${db.name}:${name}`,
      socket,
      token: () => tokens.get(),
      leftOut,
      revisions: sharedRevisions,
      onChange: update,
      onRefused: (problem) => void refused(name, problem),
    });
    const held = hold(name, made);
    lessonDocs.set(name, held);
    return held;
  };

  const plansName = plansDocument(account.school);
  const openingPlans = openPlansSync({
    db,
    record: { name: plansName, owner: "", ownerName: "" },
    writable: !teacher,
    device,
    persistenceName: `bp-sync:${db.name}:${plansName}`,
    socket,
    token: () => tokens.get(),
    onChange: update,
    onRefused: (problem) => void refused(plansName, problem),
  });
  const plans = hold(plansName, openingPlans);

  const ownDocument = (schoolYear: string) =>
    open(
      teacherDocument(account.school, account.person.id, schoolYear),
      account.person.id,
      account.person.name,
    );

  /** The documents to hold: the server's list when it answers, what this device held when not. */
  const openAll = async () => {
    const known = await syncDocs(db);
    for (const d of known)
      if (ownerOf(d.name)) void open(d.name, d.owner, d.ownerName);
    if (teacher) {
      const years = new Set([
        schoolYearOf(todayIso()),
        ...(await schoolYearsHeld(db)),
      ]);
      for (const year of years) void ownDocument(year);
    }
    try {
      const listed = await listDocuments(account.url, await tokens.get());
      for (const d of listed)
        if (ownerOf(d.name)) void open(d.name, d.owner.id, d.owner.name);
    } catch (error) {
      endedIf(error);
      // Unreachable: the documents held are synced when the network returns.
    }
    await Promise.all(opening.values());
  };

  // This device's saves go in the teacher's documents as they are made (offline too: the
  // document keeps them until the server has them).
  let cursor = await lastChange(db);
  const push = async (lessons: Lesson[]) => {
    const byYear = new Map<string, Lesson[]>();
    for (const l of lessons)
      byYear.set(l.schoolYear, [...(byYear.get(l.schoolYear) ?? []), l]);
    for (const [year, some] of byYear) {
      const doc = await ownDocument(year);
      await doc?.push(some);
    }
  };
  const saves = teacher
    ? liveQuery(() => lessonsChangedSince(db, cursor)).subscribe({
        next: (lessons) => {
          if (lessons.length === 0) return;
          cursor = lessons.at(-1)!.updatedAt;
          void push(lessons);
        },
        error: (error: unknown) => console.error("school sync:", error),
      })
    : null;

  // A head's plan saves go in the school's plans document as they are made.
  let planCursor = await lastPlanChange(db);
  const planSaves = teacher
    ? null
    : liveQuery(() => plansChangedSince(db, planCursor)).subscribe({
        next: (changed) => {
          if (changed.length === 0) return;
          planCursor = changed.at(-1)!.updatedAt;
          void plans.then((doc) => doc?.push(changed));
        },
        error: (error: unknown) => console.error("school sync:", error),
      });

  await openAll();
  const listing = teacher
    ? null
    : setInterval(() => void openAll(), options.listEveryMs ?? LIST_EVERY_MS);
  update();

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (listing) clearInterval(listing);
    saves?.unsubscribe();
    planSaves?.unsubscribe();
    await Promise.all(opening.values());
    await Promise.all([...docs.values()].map((d) => d.close()));
    socket.destroy();
  };

  return {
    status,
    settled: async () => {
      await Promise.all(opening.values());
      await Promise.all([...docs.values()].map((d) => d.settled()));
    },
    stop,
    async signOut({ keepCopy }) {
      const held = [...docs.values()]
        .filter((d) => d.name !== plansName)
        .flatMap((d) => d.keys());
      // A teacher's copy of the school's plans goes; a head's plans are the head's own work.
      const heldPlans = teacher ? [...(await heldPlanIds(db))] : [];
      await stop();
      await writeSetting(db, schoolServerAccount, null);
      if (keepCopy) return;
      for (const name of docs.keys())
        await clearDocument(`bp-sync:${db.name}:${name}`);
      await removeHeldPlans(db, heldPlans);
      await removeSyncedCopy(db, held);
    },
  };
}
