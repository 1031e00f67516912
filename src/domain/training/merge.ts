import type { TeacherCycle, TrainingCourse } from "./record";

export interface TrainingTaken {
  courses: TrainingCourse[];
  cycle: TeacherCycle | null;
  /** Records the file held that were not the sender's own: left out. */
  notTheirs: number;
}

/**
 * What a teacher's share file brings of her training: her own records only (a file names one
 * teacher; records it holds of anyone else are not hers to give), each only where it is newer
 * than the device's copy, a removal too.
 */
export function trainingToTake(
  teacher: string,
  incoming: { courses: readonly TrainingCourse[]; cycle: TeacherCycle | null },
  have: {
    courses: ReadonlyMap<string, TrainingCourse>;
    cycle: TeacherCycle | undefined;
  },
): TrainingTaken {
  const own = incoming.courses.filter((c) => c.teacher === teacher);
  const courses = own.filter((c) => {
    const mine = have.courses.get(c.id);
    // A course id the device holds for another teacher is not this teacher's to change.
    if (mine && mine.teacher !== teacher) return false;
    return !mine || c.updatedAt > mine.updatedAt;
  });
  const cycle =
    incoming.cycle &&
    incoming.cycle.teacher === teacher &&
    (!have.cycle || incoming.cycle.updatedAt > have.cycle.updatedAt)
      ? incoming.cycle
      : null;
  const strays =
    incoming.courses.length -
    own.length +
    (incoming.cycle && incoming.cycle.teacher !== teacher ? 1 : 0);
  return { courses, cycle, notTheirs: strays };
}
