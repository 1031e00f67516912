import type { FrameworkItemRecord, Locale } from "./types";

/**
 * Search over framework items by code or by words in English or Chinese.
 *
 * Each space-separated part of the query must appear in the item's text (substring matching,
 * which works for Chinese, where words are not separated by spaces, and for English prefixes).
 * Only when that finds nothing is each part split into words with Intl.Segmenter, so
 * "人工智能事實查核" still finds "事實查核人工智能…". Code matches rank first.
 */
export interface SearchHit {
  item: FrameworkItemRecord;
  rank: number;
}

const RANK = { exactCode: 0, codePrefix: 1, title: 2, text: 3 } as const;

export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLocaleLowerCase("en")
    .replace(/\s+/g, " ")
    .trim();
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
  const contents = (item.contents ?? [])
    .map((c) => `${c.en} ${c["zh-HK"]}`)
    .join(" ");
  return normalise(
    `${item.code} ${item.title.en} ${item.title["zh-HK"]} ${item.description.en} ${item.description["zh-HK"]} ${contents}`,
  );
}

export function searchItems(
  items: readonly FrameworkItemRecord[],
  query: string,
): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const current = items.filter((i) => i.retiredInVersion === undefined);
  const phrases = q.split(" ");
  const hits = match(current, q.replace(/\s/g, ""), phrases);
  if (hits.length > 0) return hits;
  const words = queryWords(query);
  return words.length > phrases.length ? match(current, "", words) : [];
}

function match(
  items: readonly FrameworkItemRecord[],
  compactQuery: string,
  words: string[],
): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const item of items) {
    const code = item.code.toLocaleLowerCase("en");
    let rank: number | undefined;
    if (compactQuery && code === compactQuery) rank = RANK.exactCode;
    else if (compactQuery && code.startsWith(compactQuery))
      rank = RANK.codePrefix;
    else {
      const title = titleText(item);
      if (words.every((w) => title.includes(w))) rank = RANK.title;
      else if (words.every((w) => allText(item).includes(w))) rank = RANK.text;
    }
    if (rank !== undefined) hits.push({ item, rank });
  }
  return hits.sort(
    (a, b) => a.rank - b.rank || a.item.position - b.item.position,
  );
}

/** The title in the reader's language. */
export function localised(
  text: { en: string; "zh-HK": string },
  locale: Locale,
): string {
  return text[locale];
}
