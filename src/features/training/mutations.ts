import { useMemo } from "react";
import { putCourse, putCycle, setCourseDeleted } from "../../db/training";
import type {
  TeacherCycle,
  TrainingCourse,
} from "../../domain/training/record";
import { useServices } from "../../services/ServicesProvider";

export function useTrainingWrites() {
  const { db, writes } = useServices();
  return useMemo(
    () => ({
      /** Rejects when the write fails: the dialog stays open with what was typed. */
      saveCourse: (course: TrainingCourse) =>
        writes.attempt(() => putCourse(db, course)),
      removeCourse: (id: string) =>
        writes.run(() => setCourseDeleted(db, id, new Date().toISOString())),
      restoreCourse: (id: string) =>
        writes.run(() => setCourseDeleted(db, id, null)),
      saveCycle: (cycle: Omit<TeacherCycle, "updatedAt">) =>
        writes.run(() => putCycle(db, cycle)),
    }),
    [db, writes],
  );
}
