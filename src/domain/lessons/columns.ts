import type { KeyStage, Level } from "../levels";
import { LESSON_FLAGS, LESSON_STATUSES, type LessonSummary } from "./types";

/**
 * Lesson summaries packed as columns: one entry per lesson in each array, strings that repeat
 * (years, classes, subjects, teachers, items, tools) as codes into one list of values. A
 * school's year (100,000 lessons) is a few megabytes in a handful of records, read in a few
 * milliseconds, where 100,000 summary records take over a second; counting runs over typed
 * arrays instead of objects.
 */
export interface LessonColumns {
  size: number;
  lessonId: string[];
  title: string[];
  updatedAt: string[];
  /** The date as YYYYMMDD; 0 for none. */
  date: Int32Array;
  /** 0 for none. */
  period: Uint8Array;
  /** 0 for none. */
  term: Uint8Array;
  /** Index into LESSON_STATUSES. */
  status: Uint8Array;
  /** Codes into `values`; code 0 is "" (or none, for level and key stage). */
  schoolYear: Uint32Array;
  level: Uint32Array;
  keyStage: Uint32Array;
  subject: Uint32Array;
  className: Uint32Array;
  author: Uint32Array;
  /** Bit 0: AI-assisted; bit 1: thinking evidence; bits 2 on: LESSON_FLAGS in order. */
  bits: Uint8Array;
  /** Lesson i's item codes are items[itemStart[i] … itemStart[i + 1]). */
  itemStart: Uint32Array;
  items: Uint32Array;
  toolStart: Uint32Array;
  tools: Uint32Array;
  /** The strings the codes stand for; values[0] is "". */
  values: string[];
}

/** The columns a filter or a heat map can split lessons by (all coded). */
export type CodedColumn =
  "schoolYear" | "level" | "keyStage" | "subject" | "className" | "author";

const AI_ASSISTED = 1;
const THINKING = 2;
const flagBit = (i: number) => 4 << i;

/** A date as the number the columns hold: YYYYMMDD, or 0 for none. */
export const dateNumber = (date: string | null) =>
  date ? Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10)) : 0;
const fromDate = (n: number) => {
  if (!n) return null;
  const s = String(n).padStart(8, "0");
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
};

/** A lesson's yes/no facts as the bits the columns hold (see LessonColumns.bits). */
export function bitsOf(s: LessonSummary): number {
  let bits =
    (s.aiAssisted ? AI_ASSISTED : 0) | (s.hasThinkingEvidence ? THINKING : 0);
  LESSON_FLAGS.forEach((f, i) => {
    if (s.flags[f]) bits |= flagBit(i);
  });
  return bits;
}

const valueOr = (c: LessonColumns, code: number) => c.values[code] ?? "";

export function summaryAt(c: LessonColumns, i: number): LessonSummary {
  const bits = c.bits[i]!;
  const codes = (start: Uint32Array, list: Uint32Array) =>
    Array.from(list.subarray(start[i], start[i + 1]), (k) => valueOr(c, k));
  return {
    lessonId: c.lessonId[i]!,
    title: c.title[i]!,
    status: LESSON_STATUSES[c.status[i]!]!,
    schoolYear: valueOr(c, c.schoolYear[i]!),
    term: c.term[i] || null,
    date: fromDate(c.date[i]!),
    period: c.period[i] || null,
    level: (valueOr(c, c.level[i]!) || null) as Level | null,
    keyStage: (valueOr(c, c.keyStage[i]!) || null) as KeyStage | null,
    subject: valueOr(c, c.subject[i]!),
    className: valueOr(c, c.className[i]!),
    author: valueOr(c, c.author[i]!),
    updatedAt: c.updatedAt[i]!,
    itemIds: codes(c.itemStart, c.items),
    aiTools: codes(c.toolStart, c.tools),
    aiAssisted: (bits & AI_ASSISTED) !== 0,
    hasThinkingEvidence: (bits & THINKING) !== 0,
    flags: Object.fromEntries(
      LESSON_FLAGS.map((f, i) => [f, (bits & flagBit(i)) !== 0]),
    ) as LessonSummary["flags"],
  };
}

export function unpackSummaries(c: LessonColumns): LessonSummary[] {
  return Array.from({ length: c.size }, (_, i) => summaryAt(c, i));
}

export const hasFlag = (
  c: LessonColumns,
  i: number,
  flag: (typeof LESSON_FLAGS)[number],
) => (c.bits[i]! & flagBit(LESSON_FLAGS.indexOf(flag))) !== 0;
export const isAiAssisted = (c: LessonColumns, i: number) =>
  (c.bits[i]! & AI_ASSISTED) !== 0;
export const hasThinkingEvidence = (c: LessonColumns, i: number) =>
  (c.bits[i]! & THINKING) !== 0;
const codeMaps = new WeakMap<LessonColumns, Map<string, number>>();

/** The code of a value in these columns; -1 if no lesson has it (so nothing matches). */
export function codeOf(c: LessonColumns, value: string): number {
  let map = codeMaps.get(c);
  if (!map) {
    map = new Map(c.values.map((v, i) => [v, i]));
    codeMaps.set(c, map);
  }
  return map.get(value) ?? -1;
}

/** Distinct non-empty values a column holds, sorted (for filter menus). */
export function distinctValues(
  c: LessonColumns,
  column: CodedColumn,
): string[] {
  const seen = new Uint8Array(c.values.length);
  const codes = c[column];
  for (let i = 0; i < c.size; i++) seen[codes[i]!] = 1;
  const found: string[] = [];
  seen.forEach((s, code) => {
    if (s && code !== 0) found.push(c.values[code]!);
  });
  return found.sort((a, b) => a.localeCompare(b));
}

/** Whether lesson i maps to the item with this code. */
export function hasItem(c: LessonColumns, i: number, itemCode: number) {
  for (let k = c.itemStart[i]!; k < c.itemStart[i + 1]!; k++)
    if (c.items[k] === itemCode) return true;
  return false;
}
