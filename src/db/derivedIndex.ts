import { createStore, type Store } from "../lib/store";
import type { PlannerDatabase } from "./schema";
import type { DerivedState } from "./derived";
import { DERIVED_VERSION, DERIVED_VERSION_KEY } from "./derivedVersion";

/** The lesson index's upkeep on this device: its state, and rebuilding it once per page load. */
export interface DerivedIndex {
  state: Store<DerivedState>;
  /**
   * ensureDerived (./derived), at most once per page load. Called when a section that reads the
   * index (lessons, coverage, plans) is first opened, so start-up never waits on it; live
   * queries re-read when it finishes. A failure shows in the state, not as a rejection.
   */
  ensureOnce: () => Promise<boolean>;
  /** After a failure (a full disk, say), tries the rebuild again. */
  retry: () => Promise<boolean>;
}

export function createDerivedIndex(db: PlannerDatabase): DerivedIndex {
  const state = createStore<DerivedState>("ready");
  let once: Promise<boolean> | undefined;
  // Usually nothing is due, which one small read tells; the rebuild's code (packing lessons into
  // the index, the settings registry) loads only when one is, not with the app's first page.
  const ensureOnce = () =>
    (once ??= (async () => {
      const stored = await db.settings.get(DERIVED_VERSION_KEY);
      if (stored?.value === DERIVED_VERSION) return false;
      const { ensureDerived } = await import("./derived");
      return ensureDerived(db, state);
    })().catch(() => false));
  return {
    state,
    ensureOnce,
    retry() {
      once = undefined;
      return ensureOnce();
    },
  };
}
