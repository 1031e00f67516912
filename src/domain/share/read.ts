import { z } from "zod";
import {
  readEnvelope,
  type EnvelopeResult,
  type EnvelopeSpec,
  type KnownItems,
  type ReadOptions,
} from "../backup/envelope";
import { lessonMappings, lessonSection } from "../backup/lessonSection";
import { allMappings } from "../lessons/mapping";
import { DEVICE_ID } from "../device";
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
/** Version 2 names the device; only an identity the app itself could have made is accepted. */
const v2 = {
  ...v1,
  device: { list: false, schema: z.string().regex(DEVICE_ID) },
} as const;

export const shareSpec: EnvelopeSpec<ShareData> = {
  format: SHARE_FORMAT,
  version: SHARE_VERSION,
  dataSchemas: { 1: v1, 2: v2 },
  // A version 1 file does not say which device made it.
  upgrade: (version, data) =>
    version === 1
      ? { ...(data as Omit<ShareData, "device">), device: "" }
      : (data as ShareData),
  referencedItems: (data) =>
    data.lessons.flatMap((l) => allMappings(l).map((m) => m.itemId)),
  mappingsOf: (data) => lessonMappings(data.lessons),
  maxBytes: MAX_SHARE_BYTES,
};

export function readShareFile(
  text: string,
  knownItems: KnownItems,
  maxBytes = MAX_SHARE_BYTES,
  options: ReadOptions = {},
): Promise<EnvelopeResult<ShareData>> {
  return readEnvelope(text, { ...shareSpec, maxBytes }, knownItems, options);
}
