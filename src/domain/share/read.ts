import { z } from "zod";
import {
  readEnvelope,
  type EnvelopeResult,
  type EnvelopeSpec,
} from "../backup/envelope";
import { zodParts } from "../backup/zodParts";
import { allMappings } from "../lessons/mapping";
import { lessonSchema } from "../lessons/record";
import {
  MAX_SHARE_BYTES,
  SHARE_FORMAT,
  SHARE_VERSION,
  type ShareData,
} from "./share";

const v1 = z.strictObject({
  teacher: z.string().max(200),
  lessons: z.array(lessonSchema(zodParts)).max(100_000),
});

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
): Promise<EnvelopeResult<ShareData>> {
  return readEnvelope(text, { ...shareSpec, maxBytes }, knownItemIds);
}
