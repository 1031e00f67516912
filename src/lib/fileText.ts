/**
 * A picked file's text, decoded the same way in every browser (and in Node, for the tests):
 * UTF-16 when it starts with a UTF-16 byte order mark (Notepad's "Unicode"), otherwise UTF-8,
 * its byte order mark dropped. Blob.text() would be UTF-8 by the standard, but Chromium sniffs
 * the byte order mark, so the same file read differently from one browser to the next.
 */
export async function fileText(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : "utf-8";
  return new TextDecoder(encoding).decode(bytes);
}
