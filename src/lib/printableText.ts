// Control characters (other than tab and line breaks), and bidirectional overrides and isolates.
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text as it may appear in a document: control characters are removed, since XML and Word
 * refuse them, and bidirectional overrides are dropped so pasted text cannot reorder what a
 * reader sees.
 */
export function printableText(value: string): string {
  return value.replace(UNPRINTABLE, "");
}
