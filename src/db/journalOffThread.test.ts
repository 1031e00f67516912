import { describe, expect, it } from "vitest";
import { makeLesson } from "../../tests/support/factories";
import { db } from "../../tests/support/services";
import type { Lesson } from "../domain/lessons/types";
import type { JournalRecord } from "./journal";
import { createOffThreadJournal, type JournalWorker } from "./journalOffThread";

/** A worker that writes with the test's database, or refuses while `refusing`. */
function fakeWorker() {
  const sent: { key: string; put?: { key: string } }[] = [];
  const worker: JournalWorker & { refusing: boolean; sent: typeof sent } = {
    refusing: false,
    sent,
    send(write, settled) {
      sent.push(write);
      if (worker.refusing) return settled(false);
      const done = write.put
        ? db().journal.put(write.put as JournalRecord)
        : db().journal.delete(write.key);
      void done.then(() => settled(true));
    },
    stop() {},
  };
  return worker;
}

describe("the journal written from a worker", () => {
  it("sends every entry to the worker, and reads back the newest before it is written", async () => {
    const worker = fakeWorker();
    const journal = createOffThreadJournal<Lesson>(db(), "lesson", worker);
    const lesson = makeLesson({ title: "Typed" });
    void journal.write({ record: lesson, base: null });
    expect((await journal.read(lesson.id))?.record.title).toBe("Typed");
    await journal.settled();
    expect(worker.sent.map((w) => w.key)).toEqual([`lesson:${lesson.id}`]);
    expect((await db().journal.get(`lesson:${lesson.id}`))?.record).toEqual(
      lesson,
    );
    journal.clear(lesson.id);
    await journal.settled();
    expect(await journal.read(lesson.id)).toBeNull();
  });

  it("writes from the page what the worker could not", async () => {
    const worker = fakeWorker();
    worker.refusing = true;
    const journal = createOffThreadJournal<Lesson>(db(), "lesson", worker);
    const lesson = makeLesson({ title: "Kept anyway" });
    await journal.write({ record: lesson, base: null });
    await journal.settled();
    expect(
      (await db().journal.get(`lesson:${lesson.id}`))?.record,
    ).toMatchObject({ title: "Kept anyway" });
  });
});
