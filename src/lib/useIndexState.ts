import { useSyncExternalStore } from "react";
import { db } from "../db/db";
import { derivedState, retryDerived, type DerivedState } from "../db/derived";

/**
 * Whether the lesson index is being rebuilt (once, after an update) or could not be, and a way
 * to try again: for the pages that list or count lessons.
 */
export function useIndexState(): {
  state: DerivedState;
  retry: () => void;
} {
  const state = useSyncExternalStore(derivedState.subscribe, derivedState.get);
  return { state, retry: () => void retryDerived(db) };
}
