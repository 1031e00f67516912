import type { z } from "zod";
import {
  asSection,
  excerptOf,
  placeOf,
  refuse,
  type FilePlace,
  type FileProblem,
} from "./problems";

// Checking a file's data, part by part and record by record (see checkData below); the head
// of the file is read in ./envelope.ts.

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

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

/** No file of ours holds a time before this; an earlier one is damage or invention. */
export const EARLIEST = Date.UTC(2000, 0, 1);
export const DAY_MS = 24 * 60 * 60 * 1000;
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

type Checked<T> = { ok: true; data: T } | { ok: false; problem: FileProblem };

/** A value against its schema; a failure is placed by the schema's first issue. */
function parse(
  schema: z.ZodType,
  value: unknown,
  section: string,
  index?: number,
): Checked<unknown> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const path = issue?.path ?? [];
  const excerpt = excerptOf(
    issue?.code === "unrecognized_keys" ? issue.keys[0] : valueAt(value, path),
  );
  return refuse({
    code: "invalid",
    place: placeOf(section, index, path),
    ...(excerpt === undefined ? {} : { excerpt }),
  });
}

/** What a file holds at a path of keys and indexes, if anything. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== "object" || at === null || typeof key === "symbol")
      return undefined;
    if (!Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** One record of a list: its schema, then its id against the others' and its times. */
function checkRecord(
  spec: Extract<SectionSpec, { list: true }>,
  key: string,
  index: number,
  raw: unknown,
  ids: Set<string>,
  madeAt: number,
): Checked<unknown> {
  const parsed = parse(spec.item, raw, key, index);
  if (!parsed.ok) return parsed;
  const record = parsed.data as never;
  const place: FilePlace = { section: asSection(key), index };
  if (spec.idOf) {
    const id = spec.idOf(record);
    if (ids.has(id))
      return refuse({ code: "duplicate", place, excerpt: excerptOf(id) });
    ids.add(id);
  }
  for (const time of spec.timesOf?.(record) ?? []) {
    if (time === null) continue;
    const ms = timeOf(time);
    if (!(ms >= EARLIEST && ms <= madeAt))
      return refuse({ code: "badTime", place, excerpt: excerptOf(time) });
  }
  return parsed;
}

/**
 * Checks an untrusted file's data part by part, record by record, stopping at the first
 * problem: sizes and counts before any record is looked at, then each record against its
 * schema, its times against the file's own, its id against the others'. Work is bounded by the
 * file's size, and the memory by one record's problems.
 */
export async function checkData(
  data: unknown,
  sections: Record<string, SectionSpec>,
  madeAt: number,
  options: ReadOptions,
): Promise<Checked<unknown>> {
  const file: FilePlace = { section: "file" };
  if (!isObject(data)) return refuse({ code: "invalid", place: file });
  const keys = Object.keys(data);
  const extra = keys.find((k) => !Object.hasOwn(sections, k));
  if (extra !== undefined || keys.length !== Object.keys(sections).length)
    return refuse({
      code: "invalid",
      place: file,
      ...(extra === undefined ? {} : { excerpt: excerptOf(extra) }),
    });
  let total = 0;
  for (const [key, spec] of Object.entries(sections)) {
    if (!spec.list) continue;
    const value = data[key];
    if (!Array.isArray(value) || value.length > spec.max)
      return refuse({ code: "invalid", place: { section: asSection(key) } });
    total += value.length;
  }
  const out: Record<string, unknown> = {};
  let done = 0;
  let lastYield = Date.now();
  for (const [key, spec] of Object.entries(sections)) {
    if (!spec.list) {
      const parsed = parse(spec.schema, data[key], key);
      if (!parsed.ok) return parsed;
      out[key] = parsed.data;
      continue;
    }
    const records: unknown[] = [];
    const ids = new Set<string>();
    for (const [index, raw] of (data[key] as unknown[]).entries()) {
      const checked = checkRecord(spec, key, index, raw, ids, madeAt);
      if (!checked.ok) return checked;
      records.push(checked.data);
      done++;
      // Between records, now and then: the caller's progress bar moves and Cancel is heard
      // (every thousand records), and the page gets a turn (every 50 ms).
      const due = Date.now() - lastYield > 50;
      if (due || done % 1000 === 0) {
        options.onProgress?.(done / total);
        if (due) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          lastYield = Date.now();
        }
        if (options.signal?.aborted) throw new ReadCancelled();
      }
    }
    out[key] = records;
  }
  return { ok: true, data: out };
}
