import type { TeacherCycle, TrainingCourse } from "../domain/training/record";
import type { PlannerDatabase } from "./schema";

export interface TrainingRecords {
  /** Every course, removed ones too (their marks travel in share files and backups). */
  courses: TrainingCourse[];
  cycles: TeacherCycle[];
}

export async function readTraining(
  db: PlannerDatabase,
): Promise<TrainingRecords> {
  return db.transaction("r", db.training, db.teacherCycles, async () => {
    const [courses, cycles] = await Promise.all([
      db.training.toArray(),
      db.teacherCycles.toArray(),
    ]);
    return { courses, cycles };
  });
}

/** Adds or changes a course, stamped now. */
export async function putCourse(
  db: PlannerDatabase,
  course: TrainingCourse,
  now = new Date(),
): Promise<void> {
  await db.training.put({ ...course, updatedAt: now.toISOString() });
}

/** Removes a course, or (null) brings it back; the record stays as a mark either way. */
export async function setCourseDeleted(
  db: PlannerDatabase,
  id: string,
  deletedAt: string | null,
  now = new Date(),
): Promise<void> {
  await db.training.update(id, { deletedAt, updatedAt: now.toISOString() });
}

export async function putCycle(
  db: PlannerDatabase,
  cycle: Omit<TeacherCycle, "updatedAt">,
  now = new Date(),
): Promise<void> {
  await db.teacherCycles.put({ ...cycle, updatedAt: now.toISOString() });
}
