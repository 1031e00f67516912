import { deviceId } from "../domain/settings";
import type { PlannerDatabase } from "./schema";
import { readSetting, writeSetting } from "./settings";

/** A new device identity: random, so no two devices share one (see deviceId). */
export function newDeviceId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // randomUUID needs a secure context; getRandomValues does not (a school's plain-http intranet).
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** This device's identity, or "" if none has been needed yet (no share file was made here). */
export function readDeviceId(db: PlannerDatabase): Promise<string> {
  return readSetting(db, deviceId);
}

/**
 * This device's identity, made the first time it is needed. In one transaction, so two tabs
 * asking at once agree on one; once made it never changes (restores leave it: device-only).
 */
export function ensureDeviceId(db: PlannerDatabase): Promise<string> {
  return db.transaction("rw", db.settings, async () => {
    const have = await readDeviceId(db);
    if (have) return have;
    const made = newDeviceId();
    await writeSetting(db, deviceId, made);
    return made;
  });
}
