import { db } from "../../db/db";
import {
  applyShareImport,
  planShareImport,
  type Resolutions,
} from "../../db/share";
import type { EnvelopeResult } from "../../domain/backup/envelope";
import {
  MAX_SHARE_BYTES,
  type MergeStep,
  type ShareData,
} from "../../domain/share/share";
import { writeSetting } from "../../db/settings";
import { sharingSessions } from "../../domain/settings";

export async function setSharingSessions(schoolYear: string, value: number) {
  await writeSetting(
    db,
    sharingSessions.of(schoolYear),
    Math.max(0, Math.floor(value)),
  );
}

export interface ReadFile {
  name: string;
  result: EnvelopeResult<ShareData>;
}

export interface ImportPreview {
  files: ReadFile[];
  steps: MergeStep[];
}

/**
 * Reads teachers' share files one by one (a broken one is refused, with its reason, and the
 * rest still count) and works out what importing them would do. Nothing is written yet.
 */
export async function previewShareImport(
  files: readonly File[],
): Promise<ImportPreview> {
  // The validator (zod) is downloaded only when a head actually imports.
  const { readShareFile } = await import("../../domain/share/read");
  const known = new Set(await db.frameworkItems.toCollection().primaryKeys());
  const read: ReadFile[] = [];
  for (const file of files) {
    const result: EnvelopeResult<ShareData> =
      file.size > MAX_SHARE_BYTES
        ? { ok: false, problem: { code: "tooLarge" } }
        : await readShareFile(await file.text(), known);
    read.push({ name: file.name, result });
  }
  const incoming = read.flatMap(({ result }) =>
    result.ok
      ? result.file.data.lessons.map((lesson) => ({
          lesson,
          from: result.file.data.teacher,
        }))
      : [],
  );
  return { files: read, steps: await planShareImport(db, incoming) };
}

export function importShared(
  steps: readonly MergeStep[],
  resolutions: Resolutions,
) {
  return applyShareImport(db, steps, resolutions);
}
