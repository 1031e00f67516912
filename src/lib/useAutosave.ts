import { useEffect, useState, useSyncExternalStore } from "react";
import {
  createAutosave,
  type AutosaveOptions,
  type RecordStore,
} from "./autosave";
import type { Journaled } from "./journal";
import { useStableCallback } from "./useStableCallback";

export type {
  AutosaveState,
  OpenConflict,
  RecordStore,
  SaveOutcome,
} from "./autosave";

/**
 * The record being edited (see createAutosave), in a component: saved when the page is hidden
 * (it may never come back: tab closed, tablet asleep) or left, and when the editor closes;
 * merged with the stored record whenever a live query sees it change (another tab, an import).
 */
export function useAutosave<T extends Journaled>(options: AutosaveOptions<T>) {
  const save = useStableCallback(options.store.save);
  const read = useStableCallback(options.store.read);
  const canSave = useStableCallback(options.canSave ?? (() => true));
  const [session] = useState(() => {
    const store: RecordStore<T> = { save, read };
    return createAutosave({ ...options, store, canSave });
  });
  const view = useSyncExternalStore(session.subscribe, session.view);

  useEffect(
    () => session.storedChanged(options.stored),
    [session, options.stored],
  );

  useEffect(() => {
    // Edits restored from the journal never reached the database: save them now.
    void session.saveNow();
    const onHidden = () => {
      if (document.visibilityState === "hidden") void session.saveNow();
    };
    const onLeave = () => void session.saveNow();
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", onLeave);
    return () => {
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", onLeave);
      void session.saveNow();
    };
  }, [session]);

  return {
    ...view,
    update: session.update,
    saveNow: session.saveNow,
    resolve: session.resolve,
    dismissMerged: session.dismissMerged,
  };
}
