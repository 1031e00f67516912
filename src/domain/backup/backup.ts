import { z } from "zod";
import { allMappings } from "../lessons/mapping";
import type { Lesson } from "../lessons/types";
import type { SchoolPlan } from "../plans/types";
import { lessonSchema, planSchema } from "./schemas";

export const BACKUP_FORMAT = "blueprint-planner/backup";
export const BACKUP_VERSION = 1;
/** Larger than any real school's year of plans; a bigger file is refused before it is parsed. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export interface BackupData {
  lessons: Lesson[];
  plans: SchoolPlan[];
  settings: { key: string; value: unknown }[];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  appVersion: string;
  /** SHA-256 of the JSON of `data`, so a damaged or hand-edited file is noticed. */
  checksum: string;
  data: BackupData;
}

const settingSchema = z.strictObject({
  key: z
    .string()
    .max(200)
    .regex(/^(teacherName|sharingSessions:\d{4}\/\d{2})$/),
  value: z.union([z.string().max(500), z.number()]),
});

const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_VERSION),
  createdAt: z.string().max(40),
  appVersion: z.string().max(40),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  data: z.strictObject({
    lessons: z.array(lessonSchema).max(500_000),
    plans: z.array(planSchema).max(1_000),
    settings: z.array(settingSchema).max(1_000),
  }),
});

export async function checksumOf(data: BackupData): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
}

export async function makeBackup(
  data: BackupData,
  appVersion: string,
  now = new Date(),
): Promise<BackupFile> {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    createdAt: now.toISOString(),
    appVersion,
    checksum: await checksumOf(data),
    data,
  };
}

/** Why a file was refused; the UI turns each into a sentence in the teacher's language. */
export type BackupProblem =
  | { code: "tooLarge" }
  | { code: "notJson" }
  | { code: "wrongFormat" }
  | { code: "newerVersion"; version: number }
  | { code: "invalid"; where: string }
  | { code: "checksum" }
  | { code: "unknownItems"; count: number };

export type ReadResult =
  { ok: true; backup: BackupFile } | { ok: false; problem: BackupProblem };

/**
 * Reads an untrusted backup file. Anything malformed, truncated, oversized, of another format,
 * damaged (checksum) or pointing at framework items this device does not hold is refused with
 * the reason; nothing here touches the database.
 */
export async function readBackup(
  text: string,
  knownItemIds: ReadonlySet<string>,
  maxBytes = MAX_BACKUP_BYTES,
): Promise<ReadResult> {
  if (text.length > maxBytes)
    return { ok: false, problem: { code: "tooLarge" } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: "notJson" } };
  }
  const head = raw as { format?: unknown; formatVersion?: unknown } | null;
  if (
    typeof head !== "object" ||
    head === null ||
    head.format !== BACKUP_FORMAT
  )
    return { ok: false, problem: { code: "wrongFormat" } };
  if (
    typeof head.formatVersion === "number" &&
    head.formatVersion > BACKUP_VERSION
  ) {
    return {
      ok: false,
      problem: { code: "newerVersion", version: head.formatVersion },
    };
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: { code: "invalid", where: issue ? issue.path.join(".") : "" },
    };
  }
  const backup = parsed.data as BackupFile;
  if ((await checksumOf(backup.data)) !== backup.checksum)
    return { ok: false, problem: { code: "checksum" } };
  const unknown = new Set(
    backup.data.lessons
      .flatMap((l) => allMappings(l).map((m) => m.itemId))
      .filter((itemId) => !knownItemIds.has(itemId)),
  );
  if (unknown.size > 0)
    return {
      ok: false,
      problem: { code: "unknownItems", count: unknown.size },
    };
  return { ok: true, backup };
}

/** Merging: a record the device lacks is added; one it has is replaced only by a newer edit. */
export function newerOnly<T extends { id: string; updatedAt: string }>(
  incoming: readonly T[],
  existing: ReadonlyMap<string, T>,
): T[] {
  return incoming.filter((r) => {
    const have = existing.get(r.id);
    return !have || r.updatedAt > have.updatedAt;
  });
}
