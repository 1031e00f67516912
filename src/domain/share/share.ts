import { makeEnvelope, type Envelope } from "../backup/envelope";
import type { Lesson } from "../lessons/types";
import type { Sender } from "./receipt";

/**
 * A share file: the lessons one teacher chose to give the school (usually the panel head or the
 * principal), without a server. The head imports many of them; lessons merge by id (./merge.ts).
 * Reading one (with zod) is in ./read.ts, so the pages that only write or merge do not download
 * the validator.
 */
export const SHARE_FORMAT = "blueprint-planner/lessons";
/**
 * 1: the teacher's name and the lessons.
 * 2: the device the file was made on too (src/db/device.ts), so a head's device can tell two
 *    devices that use one name apart. A claim, not a proof: see docs/file-formats.md.
 */
export const SHARE_VERSION = 2;
export const MAX_SHARE_BYTES = 50 * 1024 * 1024;

export interface ShareData {
  /** The teacher who shared, as set in their Settings. */
  teacher: string;
  /** The identity of the device the file was made on; "" in a version 1 file (not named). */
  device: string;
  lessons: Lesson[];
}

export type ShareFile = Envelope<ShareData>;

/** Who a file that has been read says made it. */
export function senderOf(data: ShareData): Sender {
  return { teacher: data.teacher, device: data.device };
}

/**
 * The file a teacher hands over, naming her and her device. Deleted lessons stay behind, and a
 * lesson without an author is signed with the teacher's name, so the school sees whose it is.
 */
export function makeShareFile(
  sender: Sender,
  lessons: readonly Lesson[],
  appVersion: string,
  now = new Date(),
): Promise<ShareFile> {
  const data: ShareData = {
    teacher: sender.teacher,
    device: sender.device,
    lessons: lessons
      .filter((l) => !l.deletedAt)
      .map((l) => (l.author.trim() ? l : { ...l, author: sender.teacher })),
  };
  return makeEnvelope(SHARE_FORMAT, SHARE_VERSION, data, appVersion, now);
}
