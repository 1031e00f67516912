import { z } from "zod";
import {
  readEnvelope,
  type EnvelopeResult,
  type EnvelopeSpec,
  type ReadOptions,
} from "../backup/envelope";
import { zodParts } from "../backup/zodParts";
import { allMappings } from "../lessons/mapping";
import { lessonSchema, type Lesson } from "../lessons/record";
import {
  MAX_SHARE_BYTES,
  SHARE_FORMAT,
  SHARE_VERSION,
  type ShareData,
} from "./share";

const v1 = {
  teacher: { list: false, schema: z.string().max(200) },
  lessons: {
    list: true,
    item: lessonSchema(zodParts),
    max: 100_000,
    idOf: (l: Lesson) => l.id,
    timesOf: (l: Lesson) => [
      l.createdAt,
      l.updatedAt,
      l.deletedAt,
      l.copiedFrom?.at ?? null,
    ],
  },
} as const;

export const shareSpec: EnvelopeSpec<ShareData> = {
  format: SHARE_FORMAT,
  version: SHARE_VERSION,
  dataSchemas: { 1: v1 },
  upgrade: (_version, data) => data as ShareData,
  referencedItems: (data) =>
    data.lessons.flatMap((l) => allMappings(l).map((m) => m.itemId)),
  maxBytes: MAX_SHARE_BYTES,
};

export function readShareFile(
  text: string,
  knownItemIds: ReadonlySet<string>,
  maxBytes = MAX_SHARE_BYTES,
  options: ReadOptions = {},
): Promise<EnvelopeResult<ShareData>> {
  return readEnvelope(text, { ...shareSpec, maxBytes }, knownItemIds, options);
}
