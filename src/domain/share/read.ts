import { z } from "zod";
import {
  readEnvelope,
  type EnvelopeResult,
  type EnvelopeSpec,
  type ReadOptions,
} from "../backup/envelope";
import { lessonSection } from "../backup/lessonSection";
import { allMappings } from "../lessons/mapping";
import {
  MAX_SHARE_BYTES,
  SHARE_FORMAT,
  SHARE_VERSION,
  type ShareData,
} from "./share";

const v1 = {
  teacher: { list: false, schema: z.string().max(200) },
  lessons: lessonSection(100_000),
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
