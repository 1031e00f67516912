import { useMemo } from "react";
import type { PlannerDatabase } from "../../db/schema";
import { useServices } from "../../services/ServicesProvider";
import {
  applyShareImport,
  planShareImport,
  type ImportDecisions,
} from "../../db/share";
import type { EnvelopeResult } from "../../domain/backup/envelope";
import type { MergeStep } from "../../domain/share/merge";
import {
  MAX_SHARE_BYTES,
  senderOf,
  type ShareData,
} from "../../domain/share/share";
import { readDeviceId } from "../../db/device";
import { knownItems } from "../../db/frameworkItems";
import {
  checkFile,
  CHECKS_AT_ONCE,
  ReadCancelled,
  type CheckOptions,
} from "../../lib/fileCheck/checkFile";

export interface ReadFile {
  name: string;
  result: EnvelopeResult<ShareData>;
}

export interface ImportPreview {
  files: ReadFile[];
  steps: MergeStep[];
  /** This device's identity ("" if none yet), to tell its own files from others'. */
  device: string;
}

/**
 * Reads teachers' share files one by one, off the page's main thread (a broken one is refused,
 * with its reason, and the rest still count), and works out what importing them would do.
 * Nothing is written yet. `onProgress` hears how far the whole pick has got (0 to 1); aborting
 * `signal` stops it (rejecting with ReadCancelled).
 */
export async function previewShareImport(
  db: PlannerDatabase,
  files: readonly File[],
  { onProgress, signal }: CheckOptions = {},
): Promise<ImportPreview> {
  const known = await knownItems(db);
  // A few files at once, each in its own worker (the page only takes in what they find).
  const read: ReadFile[] = new Array<ReadFile>(files.length);
  let next = 0;
  let finished = 0;
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      const file = files[i]!;
      // A file the device cannot read at all (out of memory) is refused; the others count.
      const result = await checkFile<ShareData>(
        "share",
        file,
        MAX_SHARE_BYTES,
        known,
        {
          signal,
          // Within a file only when it is the only one: otherwise file by file.
          onProgress: files.length === 1 ? onProgress : undefined,
        },
      ).catch((e: unknown): EnvelopeResult<ShareData> => {
        if (e instanceof ReadCancelled) throw e;
        return { ok: false, problem: { code: "unreadable" } };
      });
      read[i] = { name: file.name, result };
      onProgress?.(++finished / files.length);
    }
  };
  await Promise.all(Array.from({ length: CHECKS_AT_ONCE }, lane));
  const incoming = read.flatMap(({ result }) =>
    result.ok
      ? result.file.data.lessons.map((lesson) => ({
          lesson,
          sender: senderOf(result.file.data),
        }))
      : [],
  );
  return {
    files: read,
    steps: await planShareImport(db, incoming),
    device: await readDeviceId(db),
  };
}

/**
 * Coverage's writes, through the app's write path. Importing rejects (the dialog stays open and
 * says nothing changed).
 */
export function useCoverageWrites() {
  const { db, writes } = useServices();
  return useMemo(
    () => ({
      previewShareImport: (files: readonly File[], options?: CheckOptions) =>
        previewShareImport(db, files, options),
      importShared: (steps: readonly MergeStep[], decisions: ImportDecisions) =>
        writes.attempt(() => applyShareImport(db, steps, decisions)),
    }),
    [db, writes],
  );
}
