import { useEffect, useState } from "react";
import type { Journal, JournalEntry, Journaled } from "./journal";

/** The journal's entry for a record, read once per id: undefined while reading, null if none. */
export function useJournalEntry<T extends Journaled>(
  journal: Journal<T>,
  id: string,
): JournalEntry<T> | null | undefined {
  const [read, setRead] = useState<{
    id: string;
    entry: JournalEntry<T> | null;
  } | null>(null);
  useEffect(() => {
    let current = true;
    const done = (entry: JournalEntry<T> | null) => {
      if (current) setRead({ id, entry });
    };
    journal.read(id).then(done, () => done(null));
    return () => {
      current = false;
    };
  }, [journal, id]);
  return read?.id === id ? read.entry : undefined;
}
