import type { EnvelopeResult } from "../../domain/backup/envelope";

/** Which reader a file goes through: a backup (Settings) or a teacher's share file (Coverage). */
export type FileKind = "backup" | "share";

/** What the page sends the checking worker: one file, and the framework items the device holds. */
export interface CheckRequest {
  kind: FileKind;
  file: Blob;
  /** Each item's id with its framework's. */
  known: [string, string][];
  /** The device's clock, for "made in the future". */
  now: number;
}

/**
 * What comes back, in order: progress now and then; for a file that passed, its long lists in
 * slices ("part"), each its own message so that taking one in never holds the page up; then
 * the result, with those lists left empty, to be filled from the parts.
 */
export type CheckMessage =
  | { type: "progress"; done: number }
  | { type: "part"; key: string; items: unknown[] }
  | { type: "result"; result: EnvelopeResult<unknown> }
  | { type: "failed" };

/** Records per "part" message: a few megabytes of long lessons at most. */
export const PART_SIZE = 500;
