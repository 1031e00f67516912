/**
 * Every key the app keeps in `db.settings`, defined once: its type, what it reads as when it is
 * missing or not of its type, and whether backups carry it. Readers and writers go through
 * src/db/settings.ts with these (start-up's one write, the persistence answer, uses the key from
 * ./persistence.ts, tied to storagePersistence below).
 *
 * Each value is checked with a small guard, not zod: settings are read at start-up, and zod is
 * downloaded only when a file is read. A backup's settings pass the same guards on restore.
 */

// Type-only: start-up imports ./persistence.ts, and a runtime import here would make it a chunk
// of its own in the first load.
import type { PersistenceResult, STORAGE_PERSISTENCE_KEY } from "./persistence";
import { DEVICE_ID } from "./device";

export type { PersistenceResult };

export interface Setting<T> {
  key: string;
  /** What a missing value, or one that fails `accepts`, reads as. */
  fallback: T;
  /**
   * Carried in backups and restored. Device-only settings describe this browser, not the
   * teacher's work: restoring them on another device would be wrong.
   */
  backedUp: boolean;
  /** Whether a stored or restored value is of this setting's type and within its bounds. */
  accepts: (value: unknown) => value is T;
}

/** Settings whose key ends with a part (a school year, say): `sharingSessions:2026/27`. */
export interface SettingFamily<T> {
  prefix: string;
  /**
   * The setting for one part. A part the family does not have (a school year typed into the
   * address, say) accepts no value: it reads as the fallback, and writing it is refused.
   */
  of: (part: string) => Setting<T>;
  /** Whether a key belongs to the family. */
  has: (key: string) => boolean;
}

export interface StoredSetting {
  key: string;
  value: unknown;
}

const text =
  (max: number) =>
  (v: unknown): v is string =>
    typeof v === "string" && v.length <= max;
const whole =
  (min: number, max: number) =>
  (v: unknown): v is number =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isoOrNull = (v: unknown): v is string | null =>
  v === null || (text(40)(v) && !Number.isNaN(Date.parse(v)));

function family<T>(
  prefix: string,
  part: RegExp,
  spec: Omit<Setting<T>, "key">,
): SettingFamily<T> {
  const has = (key: string) =>
    key.startsWith(prefix) && part.test(key.slice(prefix.length));
  return {
    prefix,
    has,
    of: (p) => {
      const key = prefix + p;
      return {
        ...spec,
        key,
        accepts: (v): v is T => has(key) && spec.accepts(v),
      };
    },
  };
}

/** Backups bound the name to 500 characters (share files to 200: see domain/share/read.ts). */
export const TEACHER_NAME_MAX = 500;

/** The teacher's name on this device: new lessons carry it as their author, share files too. */
export const teacherName: Setting<string> = {
  key: "teacherName",
  fallback: "",
  backedUp: true,
  accepts: text(TEACHER_NAME_MAX),
};

/** Days after the last backup before Settings reminds the teacher; 0 is never. */
export const backupReminderDays: Setting<number> = {
  key: "backupReminderDays",
  fallback: 14,
  backedUp: true,
  accepts: whole(0, 365),
};

/**
 * When this device last wrote a backup. Not backed up: it is a fact about this device, and the
 * value inside a backup is always the backup before it (it is written after the file is made).
 */
export const lastBackupAt: Setting<string | null> = {
  key: "lastBackupAt",
  fallback: null,
  backedUp: false,
  accepts: isoOrNull,
};

/** This browser's answer to "keep this app's data" (device-only); null until asked. */
export const storagePersistence: Setting<PersistenceResult | null> = {
  // The key start-up writes: spelled differently, this fails to compile.
  key: "storagePersistence" satisfies typeof STORAGE_PERSISTENCE_KEY,
  fallback: null,
  backedUp: false,
  accepts: (v): v is PersistenceResult | null => {
    if (v === null) return true;
    if (typeof v !== "object") return false;
    const { granted, askedAt } = v as Record<string, unknown>;
    return (
      (typeof granted === "boolean" || granted === null) &&
      typeof askedAt === "string" &&
      askedAt.length <= 40
    );
  },
};

/**
 * The shape the lesson index on this device was built in (see src/db/derived.ts); 0 is never
 * built. Device-only: restoring it could leave an index in an old shape unrebuilt.
 */
export const derivedVersion: Setting<number> = {
  key: "derivedVersion",
  fallback: 0,
  backedUp: false,
  accepts: whole(0, 1_000_000),
};

/**
 * This device's identity, made once on first need (src/db/device.ts) and named in every share
 * file made here, so a head's device can tell one teacher's device from another that uses her
 * name. Device-only: a backup restored elsewhere must not make two devices one; "" until made.
 */
export const deviceId: Setting<string> = {
  key: "deviceId",
  fallback: "",
  backedUp: false,
  accepts: (v): v is string => typeof v === "string" && DEVICE_ID.test(v),
};

/** This device's sign-in to the school's server; null when it has none. */
export interface SchoolServerAccount {
  /** The server's address as the person typed it, normalised: https://… or http://… */
  url: string;
  school: string;
  schoolName: string;
  person: { id: string; name: string; role: "teacher" | "head" };
  /** Gets short-lived access tokens; it never leaves this device (not in backups or files). */
  refreshToken: string;
}

const isAccount = (v: unknown): v is SchoolServerAccount | null => {
  if (v === null) return true;
  if (typeof v !== "object") return false;
  const a = v as Record<string, unknown>;
  const person = a.person as Record<string, unknown> | null | undefined;
  return (
    text(2000)(a.url) &&
    /^https?:\/\//.test(a.url) &&
    text(40)(a.school) &&
    text(200)(a.schoolName) &&
    text(4096)(a.refreshToken) &&
    typeof person === "object" &&
    person !== null &&
    text(100)(person.id) &&
    text(200)(person.name) &&
    (person.role === "teacher" || person.role === "head")
  );
};

/** Device-only: a backup restored elsewhere must not sign that device in as this person. */
export const schoolServerAccount: Setting<SchoolServerAccount | null> = {
  key: "schoolServerAccount",
  fallback: null,
  backedUp: false,
  accepts: isAccount,
};

/** Sharing sessions (a grant condition) held in a school year: the school enters the number. */
export const sharingSessions: SettingFamily<number> = family(
  "sharingSessions:",
  /^\d{4}\/\d{2}$/,
  { fallback: 0, backedUp: true, accepts: whole(0, Number.MAX_SAFE_INTEGER) },
);

const SINGLE: readonly Setting<unknown>[] = [
  teacherName,
  backupReminderDays,
  lastBackupAt,
  storagePersistence,
  derivedVersion,
  deviceId,
  schoolServerAccount,
];
const FAMILIES: readonly SettingFamily<unknown>[] = [sharingSessions];

/** A stored value as its setting's type: the fallback when missing or not of the type. */
export function valueOf<T>(setting: Setting<T>, stored: unknown): T {
  return setting.accepts(stored) ? stored : setting.fallback;
}

/** The registered setting a key belongs to, if any. */
export function settingOf(key: string): Setting<unknown> | undefined {
  const single = SINGLE.find((s) => s.key === key);
  if (single) return single;
  const fam = FAMILIES.find((f) => f.has(key));
  return fam?.of(key.slice(fam.prefix.length));
}

/**
 * The entries a backup carries, or a restore writes: backed-up settings whose value is of their
 * type. Unknown keys, device-only settings and values of the wrong type are left out, so the
 * device keeps reading the default.
 */
export function backedUpSettings(
  entries: readonly StoredSetting[],
): StoredSetting[] {
  return entries.flatMap(({ key, value }) => {
    const setting = settingOf(key);
    return setting?.backedUp && setting.accepts(value) ? [{ key, value }] : [];
  });
}

/** Whether a key is carried by backups (for clearing them when a backup replaces the device's). */
export function isBackedUp(key: string): boolean {
  return settingOf(key)?.backedUp ?? false;
}
