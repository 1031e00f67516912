import { allMappings } from "../lessons/mapping";
import { lessonSchema, type Lesson } from "../lessons/record";
import type { LessonMapping } from "./envelope";
import { zodParts } from "./zodParts";

/** The lessons of a file (a backup's or a share file's): their schema, ids and times. */
export function lessonSection(max: number) {
  return {
    list: true,
    item: lessonSchema(zodParts),
    max,
    idOf: (l: Lesson) => l.id,
    timesOf: (l: Lesson): (string | null)[] => [
      l.createdAt,
      l.updatedAt,
      l.deletedAt,
      l.copiedFrom?.at ?? null,
    ],
  } as const;
}

/** Every mapping of these lessons (on a lesson or its activities), with the lesson's place. */
export function* lessonMappings(
  lessons: readonly Lesson[],
): Iterable<LessonMapping> {
  for (const [index, lesson] of lessons.entries())
    for (const { frameworkId, itemId } of allMappings(lesson))
      yield { index, frameworkId, itemId };
}
