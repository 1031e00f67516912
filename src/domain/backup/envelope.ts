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

/** Why a file was refused; the UI turns each into a sentence in the teacher's language. */
export type FileProblem =
  | { code: "tooLarge" }
  | { code: "notJson" }
  | { code: "wrongFormat" }
  | { code: "newerVersion"; version: number }
  | { code: "invalid"; where: string }
  | { code: "checksum" }
  | { code: "unknownItems"; count: number };

export type EnvelopeResult<D> =
  { ok: true; file: Envelope<D> } | { ok: false; problem: FileProblem };

export interface EnvelopeSpec<D> {
  format: string;
  /** The version this app writes. */
  version: number;
  /** A schema for the `data` of every version this app can read, oldest first. */
  dataSchemas: Record<number, z.ZodType>;
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

/**
 * Reads an untrusted file. Anything oversized, not JSON or cut short, of another format or a
 * newer version, malformed (the place is named), damaged (checksum) or pointing at framework
 * items this device does not hold is refused with the reason. An older version is upgraded.
 * Nothing here touches the database.
 */
export async function readEnvelope<D>(
  text: string,
  spec: EnvelopeSpec<D>,
  knownItemIds: ReadonlySet<string>,
): Promise<EnvelopeResult<D>> {
  const refuse = (problem: FileProblem) => ({ ok: false as const, problem });
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
  if (extra !== undefined) return refuse({ code: "invalid", where: extra });
  const dataSchema =
    typeof version === "number" && Number.isInteger(version)
      ? spec.dataSchemas[version]
      : undefined;
  if (!dataSchema) return refuse({ code: "invalid", where: "formatVersion" });
  for (const key of ["createdAt", "appVersion"] as const) {
    const value = raw[key];
    if (typeof value !== "string" || value.length > 40)
      return refuse({ code: "invalid", where: key });
  }
  if (typeof raw.checksum !== "string" || !/^[0-9a-f]{64}$/.test(raw.checksum))
    return refuse({ code: "invalid", where: "checksum" });
  const parsed = dataSchema.safeParse(raw.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse({
      code: "invalid",
      where: ["data", ...(issue?.path ?? [])].join("."),
    });
  }
  // The checksum covers the data as written, so it is taken over the text's own key order.
  if ((await checksumOf(raw.data)) !== raw.checksum)
    return refuse({ code: "checksum" });
  const data = spec.upgrade(version as number, parsed.data);
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
      appVersion: raw.appVersion as string,
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
