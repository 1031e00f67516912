import { createCurriculaSync, type CurriculaSync } from "../db/curricula";
import { createDerivedIndex, type DerivedIndex } from "../db/derivedIndex";
import type { FrameworkReadCache } from "../db/frameworkItems";
import type { Journals } from "../db/journals";
import type { IndexReadCache } from "../db/lessonRecords";
import { DATABASE_NAME, PlannerDatabase } from "../db/schema";
import { requestPersistentStorage } from "../db/storage";
import { watchVersionChange } from "../db/versionChange";
import type { Lesson } from "../domain/lessons/types";
import type { SchoolPlan } from "../domain/plans/types";
import type { Journal } from "../lib/journal";
import { createStore, type Store } from "../lib/store";
import type { SchoolServerConnection } from "./schoolServer";
import type { SyncStatus } from "./sync/runtime";
import { createWritePath, type WritePath } from "./writes";

/**
 * Everything the app keeps while it runs: the database connection, what the pages watch
 * (frameworks being installed, the lesson index being rebuilt, another tab's upgrade), the
 * caches of what was read, the write path and the editors' journals of unsaved edits. Made once in main.tsx and given to the screens
 * through context (ServicesProvider); each test makes a fresh one. Making it starts nothing:
 * `start()` does.
 */
export interface AppServices {
  db: PlannerDatabase;
  curricula: CurriculaSync;
  derived: DerivedIndex;
  /** True once another tab has upgraded the database: this tab must reload. */
  outdated: Store<boolean>;
  writes: WritePath;
  /** Unsaved edits of the records open in the editors, until the database holds them. */
  journals: { lessons: Journal<Lesson>; plans: Journal<SchoolPlan> };
  caches: { lessonIndex: IndexReadCache; frameworks: FrameworkReadCache };
  settings: { saveDelayMs: number; saveMaxWaitMs: number };
  /** The school's sync server, once this device is signed in to one. */
  school: SchoolServerConnection;
  /**
   * Watches for other tabs' upgrades, installs the shipped frameworks, asks to keep storage,
   * and syncs with the school server when signed in to one.
   */
  start(): void;
  /** Closes the database connection and stops watching. */
  stop(): void;
}

export interface ServicesOptions {
  databaseName?: string;
  /** How long the editors wait after the last keystroke before saving (600 ms in the app). */
  saveDelayMs?: number;
  /** The longest an editor's first unsaved change waits while typing goes on (2 s in the app). */
  saveMaxWaitMs?: number;
}

export function createServices(options: ServicesOptions = {}): AppServices {
  const db = new PlannerDatabase(options.databaseName ?? DATABASE_NAME);
  const outdated = createStore(false);
  // The journals' code (and the merge it uses) loads with the first editor that needs it, not
  // with the app's first screen.
  let loaded: Promise<Journals> | undefined;
  const journals = () =>
    (loaded ??= import("../db/journals").then((m) => m.createJournals(db)));
  let unwatch: (() => void) | undefined;
  const services: AppServices = {
    db,
    curricula: createCurriculaSync(db),
    derived: createDerivedIndex(db),
    outdated,
    writes: createWritePath(),
    journals: {
      lessons: lazyJournal(() => journals().then((j) => j.lessons)),
      plans: lazyJournal(() => journals().then((j) => j.plans)),
    },
    caches: { lessonIndex: {}, frameworks: {} },
    school: lazySchoolServer(db),
    settings: {
      saveDelayMs: options.saveDelayMs ?? 600,
      saveMaxWaitMs: options.saveMaxWaitMs ?? 2000,
    },
    start() {
      unwatch ??= watchVersionChange(db, () => outdated.set(true));
      void services.curricula.ensure();
      void requestPersistentStorage(db);
      void services.school.resume();
    },
    stop() {
      void services.school.stop();
      unwatch?.();
      unwatch = undefined;
      void loaded?.then((j) => j.stop());
      db.close();
    },
  };
  return services;
}

/**
 * A journal whose code is loaded on first use. Every call waits for the same load, so calls
 * keep their order (a write, then the clear after it).
 */
function lazyJournal<T extends Lesson | SchoolPlan>(
  get: () => Promise<Journal<T>>,
): Journal<T> {
  return {
    write: (entry) => get().then((j) => j.write(entry)),
    clear: (id) => void get().then((j) => j.clear(id)),
    read: (id) => get().then((j) => j.read(id)),
    settled: () => get().then((j) => j.settled()),
  };
}

/**
 * The school server's connection, its code loaded on first use: at the start only on a device
 * signed in to one (a raw read of the one setting, so the first load carries no sync code).
 */
function lazySchoolServer(db: PlannerDatabase): SchoolServerConnection {
  const status = createStore<SyncStatus | null>(null);
  let made: Promise<SchoolServerConnection> | undefined;
  const get = () =>
    (made ??= import("./schoolServer").then((m) =>
      m.createSchoolServer(db, status),
    ));
  return {
    status,
    signIn: (fields) => get().then((s) => s.signIn(fields)),
    signOut: (options) => get().then((s) => s.signOut(options)),
    async resume() {
      const stored = await db.settings.get("schoolServerAccount");
      if (stored?.value) await (await get()).resume();
    },
    stop: async () => (made ? (await made).stop() : undefined),
  };
}
