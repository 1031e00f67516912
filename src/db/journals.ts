import type { Lesson } from "../domain/lessons/types";
import type { SchoolPlan } from "../domain/plans/types";
import type { Journal } from "../lib/journal";
import { createJournal } from "./journal";
import { createOffThreadJournal, journalWorker } from "./journalOffThread";
import type { PlannerDatabase } from "./schema";

export interface Journals {
  lessons: Journal<Lesson>;
  plans: Journal<SchoolPlan>;
  /** Ends the worker that writes them. */
  stop(): void;
}

/**
 * The editors' journals of unsaved edits. In the browser they are written from a worker (made
 * on the first write); in tests, where there are no workers, from the page.
 */
export function createJournals(db: PlannerDatabase): Journals {
  const worker = journalWorker(db.name);
  const journal = <T extends Lesson | SchoolPlan>(kind: string) =>
    worker
      ? createOffThreadJournal<T>(db, kind, worker)
      : createJournal<T>(db, kind);
  return {
    lessons: journal<Lesson>("lesson"),
    plans: journal<SchoolPlan>("plan"),
    stop: () => worker?.stop(),
  };
}
