import { Dexie, type EntityTable, type Transaction } from "dexie";
import type {
  FrameworkItemRecord,
  FrameworkRecord,
} from "../domain/framework/types";
import type { Lesson } from "../domain/lessons/types";
import type { SchoolPlan } from "../domain/plans/types";
import type { TeacherCycle, TrainingCourse } from "../domain/training/record";
import type { LessonColumns } from "../domain/lessons/columns";
import {
  receiptBooksFromReceipts,
  type ShareReceiptV3,
} from "./migrations/0004-receipt-books";
import { journalV7, planV7 } from "./migrations/0007-plan-grant";
import type { JournalRecord } from "./journal";
import type { ReceiptBook } from "./receiptBooks";
import type { SyncConflictRecord, SyncDocRecord } from "./sync";

/** A small key–value store for device settings (for example, the result of the persistence request). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * One part of the lesson index: the summaries of the lessons whose id falls in it. The record
 * at the stamp shard (-1) holds instead a stamp that changes with every write to the index, so a reader
 * can tell, with one small read, that the index it has in memory is still current.
 */
export interface IndexShard {
  shard: number;
  columns?: LessonColumns;
  stamp?: string;
}

/**
 * The database name. Changing it makes every teacher's browser open a new, empty database:
 * all their lessons and plans would appear lost. Never change it.
 */
export const DATABASE_NAME = "blueprint-planner";

/**
 * Every version of the schema, in order. A version that has shipped is never edited: add a
 * new one (and an upgrade function when records change shape). tests/fixtures/db/ holds a
 * database written by each version, and a test opens each with today's code. An upgrade calls a
 * frozen, pure function in ./migrations/ (records in, records out), never live code.
 */
export const SCHEMA_HISTORY: readonly {
  version: number;
  stores: Record<string, string | null>;
  /** Moves records into the new shape, inside the upgrade (dropped tables are still readable). */
  upgrade?: (tx: Transaction) => Promise<void>;
}[] = [
  {
    version: 1,
    stores: {
      frameworks: "id",
      frameworkItems: "id, frameworkId, [frameworkId+code]",
      settings: "key",
    },
  },
  // 2: lesson plans; for coverage, one row per lesson × framework item and one summary per
  // lesson; School Development Plans, each with its Annual School Plans and School Reports.
  {
    version: 2,
    stores: {
      lessons: "id, updatedAt, schoolYear, [schoolYear+date], date",
      lessonMappings: "id, lessonId, itemId, schoolYear",
      lessonSummaries: "lessonId, schoolYear",
      plans: "id, updatedAt",
    },
  },
  // 3: where lessons imported from teachers' share files came from, to spot edits on both sides.
  // Summaries carry each lesson's item ids and are indexed for the library and coverage, which
  // count from them; the per lesson × item rows (four records per lesson) are no longer stored.
  {
    version: 3,
    stores: {
      shareReceipts: "lessonId, from",
      lessonSummaries:
        "lessonId, schoolYear, className, subject, author, date, *itemIds",
      lessonMappings: null,
    },
  },
  // 4: what coverage and the library read is a packed lesson index (columns, in 32 records)
  // instead of one summary record per lesson; share receipts are kept one record per teacher.
  // The index is derived: ensureDerived builds it from the lessons.
  {
    version: 4,
    stores: {
      lessonIndex: "shard",
      receipts: "from",
      lessonSummaries: null,
      shareReceipts: null,
    },
    upgrade: async (tx) => {
      const receipts = (await tx
        .table("shareReceipts")
        .toArray()) as ShareReceiptV3[];
      await tx.table("receipts").bulkPut(receiptBooksFromReceipts(receipts));
    },
  },
  // 5: the editors' journal of unsaved edits moves from localStorage to IndexedDB, whose
  // committed writes survive the browser being killed (localStorage's are batched and do not).
  // No record changes shape; entries an older version left in localStorage are still read.
  {
    version: 5,
    stores: { journal: "key" },
  },
  // 6: the school server. Lessons an edit on another device changed while this device had its
  // own edit, kept until the person settles them; and each synced document's last sync.
  {
    version: 6,
    stores: { syncConflicts: "lessonId", syncDocs: "name" },
  },
  // 7: plans keep the 「智」啟學教 grant's records and say what each measure counts: stored
  // plans and unsaved plan edits are reshaped (./migrations/0007-plan-grant.ts). No index changes.
  {
    version: 7,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table("plans")
        .toCollection()
        .modify((plan, ref) => {
          ref.value = planV7(plan);
        });
      await tx
        .table("journal")
        .toCollection()
        .modify((record, ref) => {
          ref.value = journalV7(record as Record<string, unknown>);
        });
    },
  },
  // 8: teachers' digital-education training (strategy S4): the courses each teacher took, and
  // each teacher's CPD cycle. New tables; no record changes shape.
  {
    version: 8,
    stores: { training: "id, teacher, date", teacherCycles: "teacher" },
  },
];

export const LATEST_VERSION = SCHEMA_HISTORY.at(-1)!.version;

export class PlannerDatabase extends Dexie {
  frameworks!: EntityTable<FrameworkRecord, "id">;
  frameworkItems!: EntityTable<FrameworkItemRecord, "id">;
  settings!: EntityTable<SettingRecord, "key">;
  lessons!: EntityTable<Lesson, "id">;
  /** Derived from lessons (see summaryFor and lessonRecords), rewritten with them. */
  lessonIndex!: EntityTable<IndexShard, "shard">;
  plans!: EntityTable<SchoolPlan, "id">;
  /** For each lesson taken from a teacher's share file, the edit it was taken at (see domain/share). */
  receipts!: EntityTable<ReceiptBook, "from">;
  /** Unsaved edits of the records open in an editor (see db/journal), until the database holds them. */
  journal!: EntityTable<JournalRecord, "key">;
  /** Lessons edited here and on another device since they last agreed (see db/sync). */
  syncConflicts!: EntityTable<SyncConflictRecord, "lessonId">;
  /** Each school-server document this device holds, and when it last synced. */
  syncDocs!: EntityTable<SyncDocRecord, "name">;
  /** Teachers' training courses (strategy S4), removals kept as marks. */
  training!: EntityTable<TrainingCourse, "id">;
  /** Each teacher's CPD cycle and whether she is a school leader. */
  teacherCycles!: EntityTable<TeacherCycle, "teacher">;

  constructor(name: string = DATABASE_NAME, upTo = LATEST_VERSION) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_HISTORY) {
      if (version > upTo) continue;
      const step = this.version(version).stores(stores);
      if (upgrade) step.upgrade(upgrade);
    }
  }
}
