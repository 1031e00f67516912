import type { FrameworkItemRecord, Locale } from "./types";

/**
 * Search over framework items by code or by words in English or Chinese.
 *
 * Chinese has no spaces between words, so the query is split with Intl.Segmenter and every
 * word must appear somewhere in the item's text (substring match works for Chinese and for
 * English word prefixes alike). A query that looks like a code ranks code matches first.
 */
export interface SearchHit {
  item: FrameworkItemRecord;
  rank: number;
}

const RANK = { exactCode: 0, codePrefix: 1, title: 2, text: 3 } as const;

export function normalise(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();
}

let segmenter: Intl.Segmenter | undefined;
function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter("zh-Hant", { granularity: "word" });
  return segmenter;
}

/** The words of a query: whitespace-separated parts, each further segmented (for Chinese runs). */
export function queryWords(query: string): string[] {
  const words: string[] = [];
  for (const part of normalise(query).split(" ")) {
    if (!part) continue;
    // Keep code-like parts (KS2-A4, S7) whole; segment everything else.
    if (/^[a-z0-9][a-z0-9.-]*$/.test(part)) {
      words.push(part);
      continue;
    }
    for (const seg of getSegmenter().segment(part)) {
      if (seg.isWordLike) words.push(seg.segment);
    }
  }
  return words;
}

function titleText(item: FrameworkItemRecord): string {
  return normalise(`${item.title.en} ${item.title["zh-HK"]}`);
}

function allText(item: FrameworkItemRecord): string {
  const contents = (item.contents ?? []).map((c) => `${c.en} ${c["zh-HK"]}`).join(" ");
  return normalise(
    `${item.code} ${item.title.en} ${item.title["zh-HK"]} ${item.description.en} ${item.description["zh-HK"]} ${contents}`,
  );
}

export function searchItems(items: readonly FrameworkItemRecord[], query: string): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const compactQuery = q.replace(/\s/g, "");
  const words = queryWords(query);
  const hits: SearchHit[] = [];
  for (const item of items) {
    if (item.retiredInVersion !== undefined) continue;
    const code = item.code.toLocaleLowerCase("en");
    let rank: number | undefined;
    if (code === compactQuery) rank = RANK.exactCode;
    else if (code.startsWith(compactQuery)) rank = RANK.codePrefix;
    else if (words.length > 0) {
      const title = titleText(item);
      const text = allText(item);
      if (words.every((w) => title.includes(w))) rank = RANK.title;
      else if (words.every((w) => text.includes(w))) rank = RANK.text;
    }
    if (rank !== undefined) hits.push({ item, rank });
  }
  return hits.sort((a, b) => a.rank - b.rank || a.item.position - b.item.position);
}

/** The title in the reader's language. */
export function localised(text: { en: string; "zh-HK": string }, locale: Locale): string {
  return text[locale];
}
