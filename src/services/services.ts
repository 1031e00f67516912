import { createCurriculaSync, type CurriculaSync } from "../db/curricula";
import { createDerivedIndex, type DerivedIndex } from "../db/derivedIndex";
import type { FrameworkReadCache } from "../db/frameworkItems";
import { createJournal } from "../db/journal";
import { createOffThreadJournal, journalWorker } from "../db/journalOffThread";
import type { IndexReadCache } from "../db/lessonRecords";
import { DATABASE_NAME, PlannerDatabase } from "../db/schema";
import { requestPersistentStorage } from "../db/storage";
import { watchVersionChange } from "../db/versionChange";
import type { Lesson } from "../domain/lessons/types";
import type { SchoolPlan } from "../domain/plans/types";
import type { Journal } from "../lib/journal";
import { createStore, type Store } from "../lib/store";
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
  /** Watches for other tabs' upgrades, installs the shipped frameworks, asks to keep storage. */
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
  // In the browser the journals are written from a worker (made on the first write); in tests,
  // where there are no workers, from the page.
  const worker = journalWorker(db.name);
  const journal = <T extends Lesson | SchoolPlan>(kind: string) =>
    worker
      ? createOffThreadJournal<T>(db, kind, worker)
      : createJournal<T>(db, kind);
  let unwatch: (() => void) | undefined;
  const services: AppServices = {
    db,
    curricula: createCurriculaSync(db),
    derived: createDerivedIndex(db),
    outdated,
    writes: createWritePath(),
    journals: {
      lessons: journal<Lesson>("lesson"),
      plans: journal<SchoolPlan>("plan"),
    },
    caches: { lessonIndex: {}, frameworks: {} },
    settings: {
      saveDelayMs: options.saveDelayMs ?? 600,
      saveMaxWaitMs: options.saveMaxWaitMs ?? 2000,
    },
    start() {
      unwatch ??= watchVersionChange(db, () => outdated.set(true));
      void services.curricula.ensure();
      void requestPersistentStorage(db);
    },
    stop() {
      unwatch?.();
      unwatch = undefined;
      worker?.stop();
      db.close();
    },
  };
  return services;
}
