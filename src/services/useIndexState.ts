import { useEffect } from "react";
import type { DerivedState } from "../db/derived";
import { useStore } from "../lib/useStore";
import { useServices } from "./ServicesProvider";

/**
 * Whether the lesson index is being rebuilt (once, after an update) or could not be, and a way
 * to try again: for the pages that list or count lessons. The first page that asks starts the
 * rebuild, if one is needed, in the background.
 */
export function useIndexState(): { state: DerivedState; retry: () => void } {
  const { derived } = useServices();
  useEnsureIndex();
  const state = useStore(derived.state);
  return { state, retry: () => void derived.retry() };
}

/** Starts the lesson index's one-time rebuild, if one is needed: for hooks that read the index. */
export function useEnsureIndex(): void {
  const { derived } = useServices();
  useEffect(() => {
    void derived.ensureOnce();
  }, [derived]);
}
