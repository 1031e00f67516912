import { readdirSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { Lesson } from "../domain/lessons/types";
import { allMappings, summaryFor } from "../domain/lessons/mapping";
import { allReceipts, indexedSummaries } from "../../tests/support/indexed";
import { plansAsReadToday } from "../../tests/support/backup";
import { ensureDerived } from "./derived";
import { LATEST_VERSION, PlannerDatabase, SCHEMA_HISTORY } from "./schema";

/**
 * tests/fixtures/db/vN.json holds records as version N of the app wrote them. Each is written
 * into a database opened at that version, then opened with today's code, which must keep
 * every record exactly. Add a fixture with every new schema version.
 */
interface Fixture {
  version: number;
  tables: Record<string, { [key: string]: unknown }[]>;
}

const DIR = "tests/fixtures/db";
const fixtures = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(`${DIR}/${f}`, "utf8")) as Fixture)
  .sort((a, b) => a.version - b.version);

const NAME = "upgrade-fixture-test";
/**
 * Derived tables that later versions no longer store (checked as rebuilt, below): 3 dropped the
 * per lesson × item rows, 4 the per-lesson summaries.
 */
const DROPPED = ["lessonMappings", "lessonSummaries"];
/**
 * Tables whose records a later version moved into another shape (4 keeps receipts per teacher;
 * 7 reshapes plans, and plans' unsaved edits, in place):
 * how today's code reads them back, and what each old record should read as (a receipt from
 * before share files named their device does not know it).
 */
const MOVED: Record<
  string,
  {
    read: (db: PlannerDatabase) => Promise<unknown[]>;
    as: (record: object) => unknown;
  }
> = {
  shareReceipts: { read: allReceipts, as: (r) => ({ ...r, device: "" }) },
  // 7: plans keep the grant's records and each measure says what it counts.
  plans: {
    read: (db) => db.plans.toArray(),
    as: (plan) => plansAsReadToday([plan])[0],
  },
  journal: {
    read: (db) => db.journal.toArray(),
    as: (record) => {
      const r = record as { kind: string; record: unknown; base: unknown };
      if (r.kind !== "plan") return record;
      const saving = (record as { saving?: { record: unknown; base: unknown } })
        .saving;
      const [draft, base] = plansAsReadToday([r.record, r.base]);
      return {
        ...record,
        record: draft,
        base,
        ...(saving
          ? {
              saving: {
                record: plansAsReadToday([saving.record])[0],
                base: plansAsReadToday([saving.base])[0],
              },
            }
          : {}),
      };
    },
  },
};
afterEach(async () => {
  await new PlannerDatabase(NAME).delete();
});

describe("databases written by earlier versions", () => {
  it("has a fixture for every schema version", () => {
    expect(fixtures.map((f) => f.version)).toEqual(
      SCHEMA_HISTORY.map((s) => s.version),
    );
  });

  it.each(fixtures.map((f) => [f.version, f] as const))(
    "opens a version %i database with every record intact",
    async (version, fixture) => {
      const old = new PlannerDatabase(NAME, version);
      await old.open();
      expect(old.verno).toBe(version);
      for (const [table, records] of Object.entries(fixture.tables))
        await old.table(table).bulkAdd(records);
      old.close();

      const db = new PlannerDatabase(NAME);
      await db.open();
      expect(db.verno).toBe(LATEST_VERSION);
      for (const [table, records] of Object.entries(fixture.tables)) {
        // Tables later versions dropped held only data derived from lessons (checked below).
        if (DROPPED.includes(table)) {
          expect(db.tables.map((t) => t.name)).not.toContain(table);
          continue;
        }
        const moved = MOVED[table];
        if (moved) {
          const byLesson = (a: unknown, b: unknown) =>
            JSON.stringify(a).localeCompare(JSON.stringify(b));
          expect((await moved.read(db)).sort(byLesson), table).toEqual(
            records.map(moved.as).sort(byLesson),
          );
          continue;
        }
        const key = db.table(table).schema.primKey.keyPath as string;
        const byKey = (
          a: Record<string, unknown>,
          b: Record<string, unknown>,
        ) => String(a[key]).localeCompare(String(b[key]));
        const stored = (await db.table(table).toArray()) as Record<
          string,
          unknown
        >[];
        expect(stored.sort(byKey), table).toEqual([...records].sort(byKey));
      }
      // Tables added since start empty, and the indexes work on the old records.
      if (!fixture.tables.shareReceipts && !fixture.tables.receipts)
        expect(await db.receipts.count()).toBe(0);
      if (fixture.tables.lessons) {
        expect(
          await db.lessons.where("schoolYear").equals("2026/27").count(),
        ).toBe(fixture.tables.lessons.length);
      }

      // The lesson index is rebuilt from the lessons; coverage, the library and plans read it (a
      // lesson's item ids included) instead of the dropped tables.
      await ensureDerived(db);
      const lessons = (fixture.tables.lessons ?? []) as unknown as Lesson[];
      const summaries = await indexedSummaries(db);
      expect(summaries).toEqual(
        lessons
          .flatMap((l) => summaryFor(l) ?? [])
          .sort((a, b) => a.lessonId.localeCompare(b.lessonId)),
      );
      expect(
        summaries
          .flatMap((s) => s.itemIds.map((i) => `${s.lessonId}|${i}`))
          .sort(),
      ).toEqual(
        lessons
          .filter((l) => !l.deletedAt)
          .flatMap((l) => [
            ...new Set(allMappings(l).map((m) => `${l.id}|${m.itemId}`)),
          ])
          .sort(),
      );
      db.close();
    },
  );
});
