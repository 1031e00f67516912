import { lessonSchema, type Lesson } from "../lessons/record";
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
