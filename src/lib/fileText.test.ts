import { describe, expect, it } from "vitest";
import { fileText } from "./fileText";

const utf16 = (text: string, littleEndian: boolean) => {
  const view = new DataView(new ArrayBuffer(text.length * 2));
  for (let i = 0; i < text.length; i++)
    view.setUint16(2 * i, text.charCodeAt(i), littleEndian);
  return new Blob([view]);
};

describe("a picked file's text", () => {
  it("is UTF-8, with or without a byte order mark", async () => {
    expect(await fileText(new Blob(['{"a":"陳"}']))).toBe('{"a":"陳"}');
    expect(await fileText(new Blob(['\uFEFF{"a":"陳"}']))).toBe('{"a":"陳"}');
  });

  it("is UTF-16 when a UTF-16 byte order mark says so", async () => {
    for (const littleEndian of [true, false])
      expect(await fileText(utf16('\uFEFF{"a":"陳"}', littleEndian))).toBe(
        '{"a":"陳"}',
      );
  });

  it("never throws on bytes that are not text", async () => {
    expect(await fileText(new Blob([new Uint8Array([0xc3, 0x28, 0xff])]))).toBe(
      "\uFFFD(\uFFFD",
    );
  });
});
