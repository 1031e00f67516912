import { useLiveQuery } from "dexie-react-hooks";
import { readLessonIndex } from "../../db/lessonRecords";
import { getTeacherName } from "../../db/preferences";
import { readTraining } from "../../db/training";
import { todayIso } from "../../domain/lessons/lesson";
import {
  schoolTraining,
  type SchoolTraining,
} from "../../domain/training/progress";
import type {
  TeacherCycle,
  TrainingCourse,
} from "../../domain/training/record";
import { useLocale } from "../../lib/useLocale";
import { useServices } from "../../services/ServicesProvider";
import { useEnsureIndex } from "../../services/useIndexState";

export interface TrainingView {
  /** Every teacher's standing today. */
  training: SchoolTraining;
  /** Courses not removed, each teacher's future ones too. */
  courses: TrainingCourse[];
  cycles: ReadonlyMap<string, TeacherCycle>;
  /** This device's teacher (Settings), "" when not set. */
  me: string;
}

/** The school's training records, as the coordinator and each teacher see them. */
export function useTraining(): TrainingView | undefined {
  const { db, caches } = useServices();
  const locale = useLocale();
  useEnsureIndex();
  return useLiveQuery(async () => {
    const [{ courses, cycles }, index, me] = await Promise.all([
      readTraining(db),
      readLessonIndex(db, caches.lessonIndex),
      getTeacherName(db),
    ]);
    const authors = [...index.facets().authors, me];
    return {
      training: schoolTraining(courses, cycles, authors, todayIso(), locale),
      courses: courses.filter((c) => !c.deletedAt),
      cycles: new Map(cycles.map((c) => [c.teacher, c])),
      me: me.trim(),
    };
  }, [db, locale]);
}
