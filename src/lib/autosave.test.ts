import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeLesson } from "../../tests/support/factories";
import type { Lesson } from "../domain/lessons/types";
import { deepEqual } from "../domain/merge";
import { createAutosave, type SaveOutcome } from "./autosave";
import type { Journal, JournalEntry } from "./journal";

/** A database of one lesson, whose saves check the revision as the real ones do. */
function fakeStore(initial: Lesson | null) {
  let stored = initial;
  let n = 0;
  const saves: Lesson[] = [];
  let failNext: Error | null = null;
  return {
    get stored() {
      return stored;
    },
    saves,
    failWith(error: Error) {
      failNext = error;
    },
    /** Another tab (or an import) writes the lesson. */
    writeElsewhere(change: (l: Lesson) => Lesson) {
      stored = { ...change(stored!), updatedAt: `elsewhere-${++n}` };
      return stored;
    },
    async save(
      record: Lesson,
      expected: Lesson | null,
    ): Promise<SaveOutcome<Lesson>> {
      await Promise.resolve();
      if (failNext) {
        const e = failNext;
        failNext = null;
        throw e;
      }
      if (!deepEqual(stored, expected)) return { changed: stored };
      stored = { ...record, updatedAt: `saved-${++n}` };
      saves.push(stored);
      return { saved: stored };
    },
    read: () => Promise.resolve(stored),
  };
}

function memoryJournal() {
  const entries = new Map<string, JournalEntry<Lesson>>();
  const journal: Journal<Lesson> = {
    write: (entry) => {
      entries.set(entry.record.id, entry);
      return Promise.resolve();
    },
    clear: (id) => void entries.delete(id),
    read: (id) => Promise.resolve(entries.get(id) ?? null),
    settled: () => Promise.resolve(),
  };
  return { journal, entries };
}

function open(
  stored: Lesson,
  store = fakeStore(stored),
  journal = memoryJournal(),
) {
  const session = createAutosave({
    opening: { record: stored, base: stored },
    stored,
    journal: journal.journal,
    store,
    delayMs: 600,
    maxWaitMs: 2000,
  });
  const type = (text: string) =>
    session.update((l) => ({ ...l, reflection: l.reflection + text }));
  return { session, store, journal, type };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("autosave while typing goes on", () => {
  it("saves at most 2 s after the first unsaved change, however long the typing lasts", async () => {
    const { store, type } = open(makeLesson({ reflection: "" }));
    // A keystroke every 100 ms for 5 s: the quiet time never comes.
    for (let ms = 0; ms < 5000; ms += 100) {
      type("a");
      await vi.advanceTimersByTimeAsync(100);
      if (ms === 1900) expect(store.saves).toHaveLength(1);
    }
    expect(store.saves).toHaveLength(2); // at 2 s and 4 s
    expect(store.saves[0]?.reflection).toHaveLength(20);
    expect(store.saves[1]?.reflection).toHaveLength(40);
  });

  it("still saves after the quiet time when typing stops", async () => {
    const { store, type, session } = open(makeLesson({ reflection: "" }));
    type("Short note");
    expect(session.view().state).toBe("pending");
    await vi.advanceTimersByTimeAsync(599);
    expect(store.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.saves).toHaveLength(1);
    expect(session.view().state).toBe("saved");
  });

  it("keeps every change in the journal until the database holds it", async () => {
    const { type, journal } = open(makeLesson({ reflection: "" }));
    type("Kept");
    expect(journal.entries.values().next().value?.record.reflection).toBe(
      "Kept",
    );
    await vi.advanceTimersByTimeAsync(600);
    expect(journal.entries.size).toBe(0);
  });

  it("keeps a failure on screen until a save succeeds, and tries again on the next change", async () => {
    const { store, type, session } = open(makeLesson({ reflection: "" }));
    store.failWith(new Error("disk full"));
    type("a");
    await vi.advanceTimersByTimeAsync(600);
    expect(session.view().state).toBe("failed");
    type("b");
    expect(session.view().state).toBe("failed");
    await vi.advanceTimersByTimeAsync(600);
    expect(session.view().state).toBe("saved");
    expect(store.stored?.reflection).toBe("ab");
  });
});

describe("autosave when the lesson changes elsewhere", () => {
  it("merges a change made in another tab into the save instead of overwriting it", async () => {
    const { store, type, session } = open(makeLesson({ reflection: "" }));
    type("Mine");
    store.writeElsewhere((l) => ({ ...l, homework: "Theirs" }));
    await session.saveNow();
    expect(store.stored).toMatchObject({
      reflection: "Mine",
      homework: "Theirs",
    });
    expect(session.view().record.homework).toBe("Theirs");
    expect(session.view().mergedFromElsewhere).toBe(true);
    expect(session.view().conflicts).toEqual([]);
  });

  it("shows a field both changed as a conflict, stores the other version until the teacher chooses", async () => {
    const { store, type, session } = open(makeLesson({ reflection: "" }));
    type("Mine");
    store.writeElsewhere((l) => ({
      ...l,
      reflection: "Theirs",
      homework: "Theirs too",
    }));
    await session.saveNow();
    expect(session.view().conflicts).toEqual([
      { path: ["reflection"], mine: "Mine", theirs: "Theirs" },
    ]);
    expect(session.view().record.reflection).toBe("Mine");
    expect(store.stored?.reflection).toBe("Theirs");

    session.resolve(["reflection"], "mine");
    await session.saveNow();
    expect(session.view().conflicts).toEqual([]);
    expect(store.stored).toMatchObject({
      reflection: "Mine",
      homework: "Theirs too",
    });
  });

  it("takes the other version when the teacher chooses it", async () => {
    const { store, type, session } = open(makeLesson({ reflection: "" }));
    type("Mine");
    store.writeElsewhere((l) => ({ ...l, reflection: "Theirs" }));
    await session.saveNow();
    session.resolve(["reflection"], "theirs");
    await session.saveNow();
    expect(session.view().record.reflection).toBe("Theirs");
    expect(session.view().state).toBe("saved");
    expect(store.stored?.reflection).toBe("Theirs");
  });

  it("shows a change the live query saw, with nothing typed here", async () => {
    const { store, session } = open(makeLesson({ reflection: "" }));
    const theirs = store.writeElsewhere((l) => ({ ...l, title: "Renamed" }));
    session.storedChanged(theirs);
    await vi.advanceTimersByTimeAsync(0);
    expect(session.view().record.title).toBe("Renamed");
    expect(store.saves).toHaveLength(0);
  });

  it("brings an unresolved conflict back after a crash, from the journal's base", async () => {
    const { store, type, session, journal } = open(
      makeLesson({ reflection: "" }),
    );
    type("Mine");
    store.writeElsewhere((l) => ({ ...l, reflection: "Theirs" }));
    await session.saveNow();
    const entry = [...journal.entries.values()][0]!;
    // The tab is killed; the editor opens again from the journal.
    const reopened = createAutosave({
      opening: { record: entry.record, base: entry.base ?? null },
      stored: store.stored,
      journal: memoryJournal().journal,
      store,
      delayMs: 600,
      maxWaitMs: 2000,
    });
    expect(reopened.view().conflicts).toEqual([
      { path: ["reflection"], mine: "Mine", theirs: "Theirs" },
    ]);
  });
});
