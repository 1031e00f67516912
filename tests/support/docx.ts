import { strFromU8, unzipSync } from "fflate";
import { JSDOM } from "jsdom";

const { DOMParser } = new JSDOM("").window;

/**
 * Opens a Word file as Word would: unzips it and parses every XML part strictly, failing with
 * the part's name where one is not well-formed XML (a character XML forbids, say).
 */
export async function openDocx(blob: Blob) {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const parts = Object.keys(files).filter((name) => /\.(xml|rels)$/.test(name));
  for (const name of parts) {
    const parsed = new DOMParser().parseFromString(
      strFromU8(files[name]!),
      "application/xml",
    );
    if (parsed.getElementsByTagName("parsererror").length > 0)
      throw new Error(`${name} is not well-formed XML`);
  }
  const xml = strFromU8(files["word/document.xml"]!);
  return {
    files,
    parts,
    xml,
    /** The words a reader sees, in order, without the XML around them. */
    text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join(" "),
  };
}

/** Every character XML 1.0 forbids in a document, and the noncharacters that broke Word. */
export const XML_FORBIDDEN = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter(
    (c) => !"\t\n\r".includes(c),
  ),
  "\uFFFE",
  "\uFFFF",
  // A low half before a high one: neither pairs with its neighbour.
  "\uDFFF",
  "\uD800",
].join("");
