/**
 * Whether an error (or the error it wraps, as Dexie does) means the device is out of storage
 * space, so the message can say so instead of a generic failure.
 */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const e = error as { name?: unknown; message?: unknown; inner?: unknown };
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  if (/quota/i.test(`${text(e.name)} ${text(e.message)}`)) return true;
  return e.inner !== undefined && isQuotaError(e.inner);
}
