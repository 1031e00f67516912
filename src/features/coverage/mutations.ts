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
import { writeSetting } from "../../db/settings";
import { sharingSessions } from "../../domain/settings";

export async function setSharingSessions(
  db: PlannerDatabase,
  schoolYear: string,
  value: number,
) {
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
  /** This device's identity ("" if none yet), to tell its own files from others'. */
  device: string;
}

/**
 * Reads teachers' share files one by one (a broken one is refused, with its reason, and the
 * rest still count) and works out what importing them would do. Nothing is written yet.
 */
export async function previewShareImport(
  db: PlannerDatabase,
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
 * says nothing changed); the sharing-sessions count reports a failure with Try again.
 */
export function useCoverageWrites() {
  const { db, writes } = useServices();
  return useMemo(
    () => ({
      setSharingSessions: (schoolYear: string, value: number) =>
        writes.run(() => setSharingSessions(db, schoolYear, value)),
      previewShareImport: (files: readonly File[]) =>
        previewShareImport(db, files),
      importShared: (steps: readonly MergeStep[], decisions: ImportDecisions) =>
        writes.attempt(() => applyShareImport(db, steps, decisions)),
    }),
    [db, writes],
  );
}
