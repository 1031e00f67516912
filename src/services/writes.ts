import { createStore, type Store } from "../lib/store";

/** A write that did not reach the database, for the page to report with Try again. */
export interface WriteFailure {
  error: unknown;
  /** Runs the same write again (and reports again if it fails). */
  retry: () => void;
}

/**
 * The one way writes reach the database. Every write passes here, so failure reporting (and,
 * later, sync and undo) hooks in at one place. Actual Budget's `mutator(undoable(fn))` is the
 * model.
 */
export interface WritePath {
  /** The last write that failed and has not been retried or dismissed; the shell shows it. */
  failure: Store<WriteFailure | null>;
  /**
   * Runs a write; true once it reached the database. If it fails, the person is told in their
   * language, with Try again, and the promise resolves to false: it never rejects.
   */
  run(write: () => Promise<unknown>): Promise<boolean>;
  /**
   * Runs a write whose failure the caller shows itself (the editors' save status, a dialog that
   * stays open): the promise rejects with the error.
   */
  attempt<T>(write: () => Promise<T>): Promise<T>;
  dismiss: () => void;
}

export function createWritePath(): WritePath {
  const failure = createStore<WriteFailure | null>(null);
  const path: WritePath = {
    failure,
    async run(write: () => Promise<unknown>): Promise<boolean> {
      try {
        await path.attempt(write);
        return true;
      } catch (error) {
        failure.set({
          error,
          retry: () => {
            failure.set(null);
            void path.run(write);
          },
        });
        return false;
      }
    },
    attempt<T>(write: () => Promise<T>): Promise<T> {
      return write();
    },
    dismiss: () => failure.set(null),
  };
  return path;
}
