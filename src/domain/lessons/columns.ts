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

const CODED: readonly CodedColumn[] = [
  "schoolYear",
  "level",
  "keyStage",
  "subject",
  "className",
  "author",
];

const AI_ASSISTED = 1;
const THINKING = 2;
const flagBit = (i: number) => 4 << i;

const toDate = (date: string | null) =>
  date ? Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10)) : 0;
const fromDate = (n: number) => {
  if (!n) return null;
  const s = String(n).padStart(8, "0");
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
};

/** Builds columns lesson by lesson; codes are given out as values first appear. */
class Builder {
  private codes = new Map<string, number>([["", 0]]);
  values = [""];
  lessonId: string[] = [];
  title: string[] = [];
  updatedAt: string[] = [];
  date: number[] = [];
  period: number[] = [];
  term: number[] = [];
  status: number[] = [];
  schoolYear: number[] = [];
  level: number[] = [];
  keyStage: number[] = [];
  subject: number[] = [];
  className: number[] = [];
  author: number[] = [];
  bits: number[] = [];
  itemStart = [0];
  items: number[] = [];
  toolStart = [0];
  tools: number[] = [];

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }

  add(s: LessonSummary) {
    this.lessonId.push(s.lessonId);
    this.title.push(s.title);
    this.updatedAt.push(s.updatedAt);
    this.date.push(toDate(s.date));
    this.period.push(s.period ?? 0);
    this.term.push(s.term ?? 0);
    this.status.push(LESSON_STATUSES.indexOf(s.status));
    this.schoolYear.push(this.code(s.schoolYear));
    this.level.push(this.code(s.level ?? ""));
    this.keyStage.push(this.code(s.keyStage ?? ""));
    this.subject.push(this.code(s.subject));
    this.className.push(this.code(s.className));
    this.author.push(this.code(s.author));
    let bits =
      (s.aiAssisted ? AI_ASSISTED : 0) | (s.hasThinkingEvidence ? THINKING : 0);
    LESSON_FLAGS.forEach((f, i) => {
      if (s.flags[f]) bits |= flagBit(i);
    });
    this.bits.push(bits);
    for (const id of s.itemIds) this.items.push(this.code(id));
    this.itemStart.push(this.items.length);
    for (const tool of s.aiTools) this.tools.push(this.code(tool));
    this.toolStart.push(this.tools.length);
  }

  /**
   * Copies lesson `i` of `from`. `remap` turns its codes into this builder's, filled in as codes
   * are met (0 until then), so values no copied lesson uses are left behind.
   */
  copy(from: LessonColumns, i: number, remap: Uint32Array) {
    const to = (code: number) => {
      if (code === 0) return 0;
      return (remap[code] ||= this.code(from.values[code] ?? ""));
    };
    this.lessonId.push(from.lessonId[i]!);
    this.title.push(from.title[i]!);
    this.updatedAt.push(from.updatedAt[i]!);
    this.date.push(from.date[i]!);
    this.period.push(from.period[i]!);
    this.term.push(from.term[i]!);
    this.status.push(from.status[i]!);
    this.schoolYear.push(to(from.schoolYear[i]!));
    this.level.push(to(from.level[i]!));
    this.keyStage.push(to(from.keyStage[i]!));
    this.subject.push(to(from.subject[i]!));
    this.className.push(to(from.className[i]!));
    this.author.push(to(from.author[i]!));
    this.bits.push(from.bits[i]!);
    for (let k = from.itemStart[i]!; k < from.itemStart[i + 1]!; k++)
      this.items.push(to(from.items[k]!));
    this.itemStart.push(this.items.length);
    for (let k = from.toolStart[i]!; k < from.toolStart[i + 1]!; k++)
      this.tools.push(to(from.tools[k]!));
    this.toolStart.push(this.tools.length);
  }

  build(): LessonColumns {
    return {
      size: this.lessonId.length,
      lessonId: this.lessonId,
      title: this.title,
      updatedAt: this.updatedAt,
      date: Int32Array.from(this.date),
      period: Uint8Array.from(this.period),
      term: Uint8Array.from(this.term),
      status: Uint8Array.from(this.status),
      schoolYear: Uint32Array.from(this.schoolYear),
      level: Uint32Array.from(this.level),
      keyStage: Uint32Array.from(this.keyStage),
      subject: Uint32Array.from(this.subject),
      className: Uint32Array.from(this.className),
      author: Uint32Array.from(this.author),
      bits: Uint8Array.from(this.bits),
      itemStart: Uint32Array.from(this.itemStart),
      items: Uint32Array.from(this.items),
      toolStart: Uint32Array.from(this.toolStart),
      tools: Uint32Array.from(this.tools),
      values: this.values,
    };
  }
}

export function packSummaries(
  summaries: readonly LessonSummary[],
): LessonColumns {
  const b = new Builder();
  for (const s of summaries) b.add(s);
  return b.build();
}

/**
 * One set of columns holding every lesson of `parts`, in order. Reading the index joins its
 * parts on every read, so this copies whole arrays and remaps codes in tight loops.
 */
export function concatColumns(parts: readonly LessonColumns[]): LessonColumns {
  const codes = new Map<string, number>([["", 0]]);
  const values = [""];
  const sum = (f: (c: LessonColumns) => number) =>
    parts.reduce((n, c) => n + f(c), 0);
  const size = sum((c) => c.size);
  const itemCount = sum((c) => c.items.length);
  const toolCount = sum((c) => c.tools.length);
  const out: LessonColumns = {
    size,
    lessonId: ([] as string[]).concat(...parts.map((c) => c.lessonId)),
    title: ([] as string[]).concat(...parts.map((c) => c.title)),
    updatedAt: ([] as string[]).concat(...parts.map((c) => c.updatedAt)),
    date: new Int32Array(size),
    period: new Uint8Array(size),
    term: new Uint8Array(size),
    status: new Uint8Array(size),
    schoolYear: new Uint32Array(size),
    level: new Uint32Array(size),
    keyStage: new Uint32Array(size),
    subject: new Uint32Array(size),
    className: new Uint32Array(size),
    author: new Uint32Array(size),
    bits: new Uint8Array(size),
    itemStart: new Uint32Array(size + 1),
    items: new Uint32Array(itemCount),
    toolStart: new Uint32Array(size + 1),
    tools: new Uint32Array(toolCount),
    values,
  };
  let at = 0;
  let itemsAt = 0;
  let toolsAt = 0;
  for (const c of parts) {
    const remap = Uint32Array.from(c.values, (v) => {
      let code = codes.get(v);
      if (code === undefined) {
        code = values.length;
        codes.set(v, code);
        values.push(v);
      }
      return code;
    });
    for (const key of ["date", "period", "term", "status", "bits"] as const)
      out[key].set(c[key], at);
    for (const key of CODED) {
      const from = c[key];
      const to = out[key];
      for (let i = 0; i < c.size; i++) to[at + i] = remap[from[i]!]!;
    }
    for (let k = 0; k < c.items.length; k++)
      out.items[itemsAt + k] = remap[c.items[k]!]!;
    for (let k = 0; k < c.tools.length; k++)
      out.tools[toolsAt + k] = remap[c.tools[k]!]!;
    for (let i = 1; i <= c.size; i++) {
      out.itemStart[at + i] = itemsAt + c.itemStart[i]!;
      out.toolStart[at + i] = toolsAt + c.toolStart[i]!;
    }
    at += c.size;
    itemsAt += c.items.length;
    toolsAt += c.tools.length;
  }
  return out;
}

/** The lessons at `slots`, in that order. */
export function pickColumns(
  c: LessonColumns,
  slots: Iterable<number>,
): LessonColumns {
  const b = new Builder();
  const remap = new Uint32Array(c.values.length);
  for (const i of slots) b.copy(c, i, remap);
  return b.build();
}

/** The lessons of one school year (all of them, when every lesson is of that year). */
export function yearColumns(
  c: LessonColumns,
  schoolYear: string,
): LessonColumns {
  const code = codeOf(c, schoolYear);
  const slots: number[] = [];
  for (let i = 0; i < c.size; i++) if (c.schoolYear[i] === code) slots.push(i);
  return slots.length === c.size ? c : pickColumns(c, slots);
}

/**
 * The columns with some lessons replaced: each id in `changes` leaves, and comes back with its
 * new summary unless that is null (a deleted lesson). Untouched lessons keep their order.
 */
export function withChanges(
  c: LessonColumns | undefined,
  changes: ReadonlyMap<string, LessonSummary | null>,
): LessonColumns {
  const b = new Builder();
  if (c) {
    const remap = new Uint32Array(c.values.length);
    for (let i = 0; i < c.size; i++)
      if (!changes.has(c.lessonId[i]!)) b.copy(c, i, remap);
  }
  for (const s of changes.values()) if (s) b.add(s);
  return b.build();
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
