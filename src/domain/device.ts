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

/**
 * The codes to show for these devices together: the short code, except where two different
 * devices share one (a file can name a device made up to look like another), which are shown
 * whole, so what the head compares by eye differs wherever the devices do.
 */
export function codesFor(ids: Iterable<string>): (id: string) => string {
  const byCode = new Map<string, Set<string>>();
  for (const id of ids) {
    if (!id) continue;
    const code = deviceCode(id);
    byCode.set(code, (byCode.get(code) ?? new Set()).add(id));
  }
  return (id) => {
    const code = deviceCode(id);
    return (byCode.get(code)?.size ?? 0) > 1 ? id.toUpperCase() : code;
  };
}
