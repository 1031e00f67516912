import { Dexie, type EntityTable } from "dexie";
import type {
  FrameworkItemRecord,
  FrameworkRecord,
} from "../domain/framework/types";
import type {
  Lesson,
  LessonSummary,
  MappingRow,
} from "../domain/lessons/types";
import type { SchoolPlan } from "../domain/plans/types";

/** A small key–value store for device settings (for example, the result of the persistence request). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * The database name. Changing it makes every teacher's browser open a new, empty database:
 * all their lessons and plans would appear lost. Never change it.
 */
export const DATABASE_NAME = "blueprint-planner";

export class PlannerDatabase extends Dexie {
  frameworks!: EntityTable<FrameworkRecord, "id">;
  frameworkItems!: EntityTable<FrameworkItemRecord, "id">;
  settings!: EntityTable<SettingRecord, "key">;
  lessons!: EntityTable<Lesson, "id">;
  /** Derived from lessons (see mappingRowsFor) and rewritten with them, in the same transaction. */
  lessonMappings!: EntityTable<MappingRow, "id">;
  /** Derived from lessons (see summaryFor), rewritten with them. */
  lessonSummaries!: EntityTable<LessonSummary, "lessonId">;
  plans!: EntityTable<SchoolPlan, "id">;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // Every version stays here, in order. A version that has shipped is never edited:
    // add a new one (and a migration in ./migrations when records change shape).
    this.version(1).stores({
      frameworks: "id",
      frameworkItems: "id, frameworkId, [frameworkId+code]",
      settings: "key",
    });
    // 2: lesson plans; for coverage, one row per lesson × framework item and one summary per lesson.
    this.version(2).stores({
      lessons: "id, updatedAt, schoolYear, [schoolYear+date], date",
      lessonMappings: "id, lessonId, itemId, schoolYear",
      lessonSummaries: "lessonId, schoolYear",
      // School Development Plans, each with its Annual School Plans and School Reports.
      plans: "id, updatedAt",
    });
  }
}
