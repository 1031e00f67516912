import type { z } from "zod";

/**
 * Every file the app writes for people to carry (backups, share files) is one envelope: a format
 * name, a format version, when and by which app version it was made, a SHA-256 checksum of the
 * data, and the data. Reading one treats it as untrusted from the first byte.
 */
export interface Envelope<D> {
  format: string;
  formatVersion: number;
  createdAt: string;
  appVersion: string;
  /** SHA-256 of the JSON of `data`, so a damaged or hand-edited file is noticed. */
  checksum: string;
  data: D;
}

/** The parts of a file a refusal can point at, in the app's own words (never the file's). */
export const FILE_SECTIONS = [
  "file",
  "lessons",
  "plans",
  "settings",
  "frameworks",
  "shareReceipts",
  "teacher",
] as const;
export type FileSection = (typeof FILE_SECTIONS)[number];

/**
 * The fields a refusal may name: only these, each translated in the UI. A key the file made up
 * is never repeated back (it could carry any words, a phishing line among them).
 */
export const FILE_FIELDS = [
  "id",
  "title",
  "subject",
  "level",
  "className",
  "schoolYear",
  "term",
  "date",
  "period",
  "activities",
  "mappings",
  "status",
  "author",
  "createdAt",
  "updatedAt",
  "deletedAt",
  "copiedFrom",
  "aiUses",
  "schoolName",
  "concerns",
  "key",
  "value",
  "lessonId",
  "baseUpdatedAt",
  "receivedAt",
  "items",
  "framework",
] as const;
export type FileField = (typeof FILE_FIELDS)[number];

/** Where in a file a problem is: which part, which record of it (from 0), which field. */
export interface FilePlace {
  section: FileSection;
  index?: number;
  field?: FileField;
}

/** Why a file was refused; the UI turns each into a sentence in the teacher's language. */
export type FileProblem =
  | { code: "tooLarge" }
  | { code: "notJson" }
  | { code: "wrongFormat" }
  | { code: "newerVersion"; version: number }
  | { code: "invalid"; place: FilePlace }
  /** The same record twice in one file. */
  | { code: "duplicate"; place: FilePlace }
  /** A time not a real time, before 2000, or later than the file says it was made. */
  | { code: "badTime"; place: FilePlace }
  /** The file says it was made more than a day from now. */
  | { code: "madeInFuture" }
  | { code: "checksum" }
  | { code: "unknownItems"; count: number };

export type EnvelopeResult<D> =
  { ok: true; file: Envelope<D> } | { ok: false; problem: FileProblem };

/** One part of a file's data: a list of records, each checked on its own, or a single value. */
export type SectionSpec =
  | {
      list: true;
      item: z.ZodType;
      max: number;
      /** The record's id, where two records with one id would be the same record twice. */
      idOf?: (item: never) => string;
      /** The record's times, each checked to be real and no later than the file. */
      timesOf?: (item: never) => (string | null)[];
    }
  | { list: false; schema: z.ZodType };

export interface EnvelopeSpec<D> {
  format: string;
  /** The version this app writes. */
  version: number;
  /** The parts of `data` in every version this app can read, oldest first. */
  dataSchemas: Record<number, Record<string, SectionSpec>>;
  /** Brings validated data of an older version up to the current shape. */
  upgrade: (version: number, data: unknown) => D;
  /** Framework item ids the data points at, checked against what the device holds. */
  referencedItems: (data: D) => Iterable<string>;
  maxBytes: number;
}

export async function checksumOf(data: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
}

export async function makeEnvelope<D>(
  format: string,
  version: number,
  data: D,
  appVersion: string,
  now = new Date(),
): Promise<Envelope<D>> {
  return {
    format,
    formatVersion: version,
    createdAt: now.toISOString(),
    appVersion,
    checksum: await checksumOf(data),
    data,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const HEAD_KEYS = new Set([
  "format",
  "formatVersion",
  "createdAt",
  "appVersion",
  "checksum",
  "data",
]);

/** No file of ours holds a time before this; an earlier one is damage or invention. */
const EARLIEST = Date.UTC(2000, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** Milliseconds of an ISO time as the app writes them ("2026-11-25T08:00:00.000Z"), or NaN. */
export function timeOf(value: unknown): number {
  if (typeof value !== "string" || !ISO_TIME.test(value)) return NaN;
  const ms = Date.parse(value);
  // Date.parse rolls "2026-02-31" over to March: a real time prints back as itself.
  return Number.isFinite(ms) &&
    new Date(ms).toISOString().slice(0, 19) === value.slice(0, 19)
    ? ms
    : NaN;
}

const asSection = (key: string): FileSection =>
  (FILE_SECTIONS as readonly string[]).includes(key)
    ? (key as FileSection)
    : "file";
const asField = (key: unknown): FileField | undefined =>
  typeof key === "string" && (FILE_FIELDS as readonly string[]).includes(key)
    ? (key as FileField)
    : undefined;

/** The place of a schema's first issue, in the app's own names only. */
function placeOf(
  section: string,
  index: number | undefined,
  path: readonly PropertyKey[],
): FilePlace {
  const field = asField(path[0]);
  return {
    section: asSection(section),
    ...(index === undefined ? {} : { index }),
    ...(field ? { field } : {}),
  };
}

export interface ReadOptions {
  /** For "made in the future": the device's clock. */
  now?: Date;
  /** Told how far checking has got (0 to 1), between records. */
  onProgress?: (done: number) => void;
  /** Checking stops, and the read is refused as cancelled, once this is aborted. */
  signal?: AbortSignal;
}

export class ReadCancelled extends Error {
  constructor() {
    super("Reading the file was cancelled");
    this.name = "ReadCancelled";
  }
}

/**
 * Checks an untrusted file's data part by part, record by record, stopping at the first
 * problem: sizes and counts before any record is looked at, then each record against its
 * schema, its times against the file's own, its id against the others'. Work is bounded by the
 * file's size, and the memory by one record's problems.
 */
async function checkData(
  data: unknown,
  sections: Record<string, SectionSpec>,
  madeAt: number,
  options: ReadOptions,
): Promise<{ ok: true; data: unknown } | { ok: false; problem: FileProblem }> {
  const file: FilePlace = { section: "file" };
  if (!isObject(data))
    return { ok: false, problem: { code: "invalid", place: file } };
  const keys = Object.keys(data);
  if (
    keys.length !== Object.keys(sections).length ||
    keys.some((k) => !(k in sections))
  )
    return { ok: false, problem: { code: "invalid", place: file } };
  let total = 0;
  for (const [key, spec] of Object.entries(sections)) {
    if (!spec.list) continue;
    const value = data[key];
    if (!Array.isArray(value) || value.length > spec.max)
      return {
        ok: false,
        problem: { code: "invalid", place: { section: asSection(key) } },
      };
    total += value.length;
  }
  const out: Record<string, unknown> = {};
  let done = 0;
  let lastYield = Date.now();
  for (const [key, spec] of Object.entries(sections)) {
    if (!spec.list) {
      const parsed = spec.schema.safeParse(data[key]);
      if (!parsed.success)
        return {
          ok: false,
          problem: {
            code: "invalid",
            place: placeOf(key, undefined, parsed.error.issues[0]?.path ?? []),
          },
        };
      out[key] = parsed.data;
      continue;
    }
    const list = data[key] as unknown[];
    const records: unknown[] = [];
    const ids = new Set<string>();
    for (const [index, raw] of list.entries()) {
      const parsed = spec.item.safeParse(raw);
      if (!parsed.success)
        return {
          ok: false,
          problem: {
            code: "invalid",
            place: placeOf(key, index, parsed.error.issues[0]?.path ?? []),
          },
        };
      const record = parsed.data as never;
      if (spec.idOf) {
        const id = spec.idOf(record);
        if (ids.has(id))
          return {
            ok: false,
            problem: {
              code: "duplicate",
              place: { section: asSection(key), index },
            },
          };
        ids.add(id);
      }
      for (const time of spec.timesOf?.(record) ?? []) {
        if (time === null) continue;
        const ms = timeOf(time);
        if (!(ms >= EARLIEST && ms <= madeAt))
          return {
            ok: false,
            problem: {
              code: "badTime",
              place: { section: asSection(key), index },
            },
          };
      }
      records.push(parsed.data);
      done++;
      // Between records, now and then: the caller's progress bar moves and Cancel is heard.
      if (Date.now() - lastYield > 50) {
        options.onProgress?.(done / total);
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (options.signal?.aborted) throw new ReadCancelled();
        lastYield = Date.now();
      }
    }
    out[key] = records;
  }
  return { ok: true, data: out };
}

/**
 * Reads an untrusted file. Anything oversized, not JSON or cut short, of another format or a
 * newer version, malformed (the place is named in the app's own words), with a time that is
 * not real or later than the file, made "in the future", damaged (checksum) or pointing at
 * framework items this device does not hold is refused with the reason; never an exception.
 * An older version is upgraded. Nothing here touches the database.
 */
export async function readEnvelope<D>(
  text: string,
  spec: EnvelopeSpec<D>,
  knownItemIds: ReadonlySet<string>,
  options: ReadOptions = {},
): Promise<EnvelopeResult<D>> {
  const refuse = (problem: FileProblem) => ({ ok: false as const, problem });
  const file: FilePlace = { section: "file" };
  if (text.length > spec.maxBytes) return refuse({ code: "tooLarge" });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse({ code: "notJson" });
  }
  if (!isObject(raw) || raw.format !== spec.format)
    return refuse({ code: "wrongFormat" });
  const version = raw.formatVersion;
  if (typeof version === "number" && version > spec.version)
    return refuse({ code: "newerVersion", version });
  if (Object.keys(raw).some((k) => !HEAD_KEYS.has(k)))
    return refuse({ code: "invalid", place: file });
  const sections =
    typeof version === "number" && Number.isInteger(version)
      ? spec.dataSchemas[version]
      : undefined;
  if (!sections) return refuse({ code: "invalid", place: file });
  const madeAt = timeOf(raw.createdAt);
  if (!(madeAt >= EARLIEST)) return refuse({ code: "badTime", place: file });
  const now = (options.now ?? new Date()).getTime();
  if (madeAt > now + DAY_MS) return refuse({ code: "madeInFuture" });
  if (
    typeof raw.appVersion !== "string" ||
    !/^\d{1,4}\.\d{1,4}\.\d{1,4}([-+][0-9A-Za-z.-]{1,30})?$/.test(
      raw.appVersion,
    )
  )
    return refuse({ code: "invalid", place: file });
  if (typeof raw.checksum !== "string" || !/^[0-9a-f]{64}$/.test(raw.checksum))
    return refuse({ code: "invalid", place: file });
  const checked = await checkData(raw.data, sections, madeAt, options);
  if (!checked.ok) return checked;
  // The checksum covers the data as written, so it is taken over the text's own key order.
  if ((await checksumOf(raw.data)) !== raw.checksum)
    return refuse({ code: "checksum" });
  const data = spec.upgrade(version as number, checked.data);
  const unknown = new Set(
    [...spec.referencedItems(data)].filter((id) => !knownItemIds.has(id)),
  );
  if (unknown.size > 0)
    return refuse({ code: "unknownItems", count: unknown.size });
  return {
    ok: true,
    file: {
      format: spec.format,
      formatVersion: spec.version,
      createdAt: raw.createdAt as string,
      appVersion: raw.appVersion,
      checksum: raw.checksum,
      data,
    },
  };
}

/** Merging a backup: a record the device lacks is added; one it has is replaced only by a newer edit. */
export function newerOnly<T extends { id: string; updatedAt: string }>(
  incoming: readonly T[],
  existing: ReadonlyMap<string, T>,
): T[] {
  return incoming.filter((r) => {
    const have = existing.get(r.id);
    return !have || r.updatedAt > have.updatedAt;
  });
}
