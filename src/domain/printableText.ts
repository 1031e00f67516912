/**
 * What XML 1.0 forbids (https://www.w3.org/TR/xml/#charsets: Char ::= #x9 | #xA | #xD |
 * [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]) — control characters other than tab and
 * line breaks, U+FFFE and U+FFFF, and halves of a surrogate pair standing alone — plus DEL and
 * the bidirectional overrides and isolates, which XML allows but which let pasted text reorder
 * what a reader sees.
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as it may appear in a document (Word, print): whatever XML and Word refuse is removed,
 * so every export opens, and bidirectional overrides are dropped.
 */
export function printableText(value: string): string {
  return value.replace(UNPRINTABLE, "");
}
