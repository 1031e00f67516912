/**
 * A device's identity as the app makes it (crypto.randomUUID, src/db/device.ts): a lower-case
 * UUID. Share files name the device they were made on in this shape; nothing else is accepted.
 */
export const DEVICE_ID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The short form people see ("3F2A-9C1B"), to tell two devices apart by eye or read one out
 * over the phone: a teacher finds hers in Settings.
 */
export function deviceCode(id: string): string {
  const hex = id.replace(/-/g, "").slice(0, 8).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}
