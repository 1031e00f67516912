import {
  checkData,
  DAY_MS,
  EARLIEST,
  isObject,
  timeOf,
  type ReadOptions,
  type SectionSpec,
} from "./checkData";
import {
  excerptOf,
  refuse,
  type FilePlace,
  type FileProblem,
} from "./problems";

export type { FilePlace, FileProblem } from "./problems";
export type { ReadOptions } from "./checkData";

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

export type EnvelopeResult<D> =
  { ok: true; file: Envelope<D> } | { ok: false; problem: FileProblem };

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
  /**
   * Every mapping the data holds, by the lesson it is in (its place in the file): each must
   * name the framework its item is in, on the device or among the items the file brings.
   */
  mappingsOf: (data: D) => Iterable<LessonMapping>;
  /** The framework items the file brings with it (a backup's frameworks), by their framework. */
  itemsBrought?: (data: D) => KnownItems;
  maxBytes: number;
}

/** The framework items a device holds: each item's id, with its framework's id. */
export type KnownItems = ReadonlyMap<string, string>;

/** A mapping of the lesson at `index` of a file's lessons. */
export interface LessonMapping {
  index: number;
  frameworkId: string;
  itemId: string;
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

const HEAD_KEYS = new Set([
  "format",
  "formatVersion",
  "createdAt",
  "appVersion",
  "checksum",
  "data",
]);

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
  knownItems: KnownItems,
  options: ReadOptions = {},
): Promise<EnvelopeResult<D>> {
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
  const extra = Object.keys(raw).find((k) => !HEAD_KEYS.has(k));
  if (extra !== undefined)
    return refuse({ code: "invalid", place: file, excerpt: excerptOf(extra) });
  const sections =
    typeof version === "number" && Number.isInteger(version)
      ? spec.dataSchemas[version]
      : undefined;
  if (!sections) return refuse({ code: "invalid", place: file });
  const madeAt = timeOf(raw.createdAt);
  if (!(madeAt >= EARLIEST))
    return refuse({
      code: "badTime",
      place: file,
      excerpt: excerptOf(raw.createdAt),
    });
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
    [...spec.referencedItems(data)].filter((id) => !knownItems.has(id)),
  );
  if (unknown.size > 0)
    return refuse({ code: "unknownItems", count: unknown.size });
  // A mapping that names another framework than its item's would be counted under the wrong
  // framework in coverage: the file is damaged or made up.
  const brought = spec.itemsBrought?.(data);
  for (const { index, frameworkId, itemId } of spec.mappingsOf(data)) {
    const itsFramework = knownItems.get(itemId) ?? brought?.get(itemId);
    if (itsFramework !== undefined && itsFramework !== frameworkId)
      return refuse({
        code: "invalid",
        place: { section: "lessons", index, field: "mappings" },
        excerpt: excerptOf(frameworkId),
      });
  }
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
