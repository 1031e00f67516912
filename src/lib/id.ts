/** A new random identifier (UUID v4) for records created on this device. */
export function newId(): string {
  return crypto.randomUUID();
}
