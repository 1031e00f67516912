import {
  COLUMNS,
  FACT_BITS,
  STATUS_RANK,
  numbersIn,
  stringsIn,
  summaryAt,
  type CodedColumn,
  type ColumnSpec,
  type LessonColumns,
  type LessonFact,
} from "./columns";
import type { LessonFilter, LessonSort, StatusRule } from "./filter";
import { orderSlots } from "./orderSlots";
import { groupNames, nameKey, type NameGroups } from "./names";
import { concatColumns, packSummaries, pickColumns } from "./packColumns";
import type { LessonStatus, LessonSummary } from "./types";

/** Columns whose values are names people type, compared by nameKey ("4a" is "4A"). */
export const NAME_COLUMNS = ["subject", "className", "author"] as const;
export type NameColumn = (typeof NAME_COLUMNS)[number];
const isName = (column: CodedColumn): column is NameColumn =>
  (NAME_COLUMNS as readonly string[]).includes(column);

/** What a heat map's columns (or a count) can split lessons by. */
export type SplitBy = CodedColumn | "term";

export type { LessonFact };

/** Values teachers have already used, for filter menus (one entry per name, however spelt). */
export interface LessonFacets {
  schoolYears: string[];
  classes: string[];
  subjects: string[];
  authors: string[];
}

const FILTERED: readonly (keyof LessonFilter & CodedColumn)[] = [
  "schoolYear",
  "level",
  "subject",
  "className",
  "author",
];
/** The summary fields a column holds (what its unpack gives back). */
function fieldsOf(col: ColumnSpec): string[] {
  switch (col.kind) {
    case "string":
    case "coded":
      return Object.keys(col.unpack(""));
    case "number":
    case "bits":
      return Object.keys(col.unpack(0));
    case "run":
      return Object.keys(col.unpack([]));
  }
}
/** Which column holds each summary field (a constant of the table, not state). */
const FIELD_COLUMN = new Map(
  COLUMNS.flatMap((col) => fieldsOf(col).map((field) => [field, col] as const)),
);

/**
 * The one way to read the lesson index (LessonColumns): select the lessons passing a filter and a
 * status, read a field of lesson i, walk its items and tools, look values up by code. Lessons are
 * numbered 0 … size - 1 (their slots). What it works out (selections, code lookups, name groups,
 * menus, a year's lessons) is kept on the object, so it lives as long as the index read it came
 * from, and no module keeps any state.
 */
export class LessonIndex {
  readonly size: number;
  private codes: Map<string, number> | undefined;
  private slots: Map<string, number> | undefined;
  private readonly selections = new Map<string, Int32Array>();
  private readonly names = new Map<NameColumn, NameGroups>();
  private readonly years = new Map<string, LessonIndex>();
  private facetsKept: LessonFacets | undefined;

  // The arrays counting loops read, held as fields (reads of the columns object, which is
  // built key by key or comes from IndexedDB, are slower in a loop).
  private readonly status: Uint8Array;
  private readonly bits: Uint8Array;
  private readonly values: string[];
  private readonly itemStart: Uint32Array;
  private readonly items: Uint32Array;
  private readonly toolStart: Uint32Array;
  private readonly tools: Uint32Array;

  constructor(private readonly c: LessonColumns) {
    this.size = c.size;
    this.status = c.status;
    this.bits = c.bits;
    this.values = c.values;
    this.itemStart = c.itemStart;
    this.items = c.items;
    this.toolStart = c.toolStart;
    this.tools = c.tools;
  }

  /** An index of these summaries. */
  static of(summaries: readonly LessonSummary[]): LessonIndex {
    return new LessonIndex(packSummaries(summaries));
  }

  /** One index over the lessons of all the parts (the stored shards), in order. */
  static join(parts: readonly LessonColumns[]): LessonIndex {
    return new LessonIndex(concatColumns(parts));
  }

  /** The code of a value; -1 if no lesson has it (so nothing matches). */
  code(value: string): number {
    this.codes ??= new Map(this.c.values.map((v, i) => [v, i]));
    return this.codes.get(value) ?? -1;
  }

  /** The value a code stands for ("" for code 0). */
  valueOf(code: number): string {
    return this.values[code] ?? "";
  }

  /** The number of distinct codes: arrays indexed by code are this long. */
  get codeCount(): number {
    return this.values.length;
  }

  lessonId(i: number): string {
    return this.c.lessonId[i]!;
  }

  /** The slot of a lesson by its id; -1 if it is not in the index. */
  slotOf(lessonId: string): number {
    this.slots ??= new Map(this.c.lessonId.map((id, i) => [id, i]));
    return this.slots.get(lessonId) ?? -1;
  }

  /** One field of lesson i's summary. */
  field<K extends keyof LessonSummary>(i: number, key: K): LessonSummary[K] {
    const col = FIELD_COLUMN.get(key)!;
    const c = this.c;
    let part: Partial<LessonSummary>;
    switch (col.kind) {
      case "string":
        part = col.unpack(stringsIn(c, col.name)[i]!);
        break;
      case "number":
      case "bits":
        part = col.unpack(numbersIn(c, col.name)[i]!);
        break;
      case "coded":
        part = col.unpack(this.valueOf(numbersIn(c, col.name)[i]!));
        break;
      case "run":
        part = col.unpack(this.runOf(i, col.name, col.start));
    }
    return part[key]!;
  }

  /** Lesson i's code in a coded column (0: none). */
  codeAt(i: number, column: CodedColumn): number {
    return this.c[column][i]!;
  }

  /** Whether lesson i got as far as `status` (planned counts taught and assessed). */
  reaches(i: number, status: LessonStatus): boolean {
    return this.status[i]! >= STATUS_RANK[status];
  }

  has(i: number, fact: LessonFact): boolean {
    return (this.bits[i]! & FACT_BITS[fact]) !== 0;
  }

  summaryAt(i: number): LessonSummary {
    return summaryAt(this.c, i);
  }

  /** The summaries of these lessons (all of them when no slots are given). */
  summaries(slots?: ArrayLike<number>): LessonSummary[] {
    const n = slots ? slots.length : this.size;
    return Array.from({ length: n }, (_, k) =>
      summaryAt(this.c, slots ? slots[k]! : k),
    );
  }

  private runOf(i: number, name: string, startName: string): string[] {
    const start = numbersIn(this.c, startName);
    return Array.from(
      numbersIn(this.c, name).subarray(start[i], start[i + 1]),
      (code) => this.valueOf(code),
    );
  }

  itemsOf(i: number): string[] {
    return this.runOf(i, "items", "itemStart");
  }

  toolsOf(i: number): string[] {
    return this.runOf(i, "tools", "toolStart");
  }

  toolCount(i: number): number {
    return this.toolStart[i + 1]! - this.toolStart[i]!;
  }

  /** Whether lesson i maps to the item with this code. */
  hasItem(i: number, itemCode: number): boolean {
    const { itemStart, items } = this;
    for (let k = itemStart[i]!; k < itemStart[i + 1]!; k++)
      if (items[k] === itemCode) return true;
    return false;
  }

  /** Calls `visit` with each of these lessons and the code of each item it maps to (the counting loops). */
  eachItem(
    lessons: ArrayLike<number>,
    visit: (lesson: number, itemCode: number) => void,
  ): void {
    const { itemStart, items } = this;
    for (let n = 0; n < lessons.length; n++) {
      const i = lessons[n]!;
      for (let k = itemStart[i]!; k < itemStart[i + 1]!; k++)
        visit(i, items[k]!);
    }
  }

  /** Calls `visit` with each of these lessons and the code of each AI tool it records. */
  eachTool(
    lessons: ArrayLike<number>,
    visit: (lesson: number, toolCode: number) => void,
  ): void {
    const { toolStart, tools } = this;
    for (let n = 0; n < lessons.length; n++) {
      const i = lessons[n]!;
      for (let k = toolStart[i]!; k < toolStart[i + 1]!; k++)
        visit(i, tools[k]!);
    }
  }

  private groups(column: NameColumn): NameGroups {
    let found = this.names.get(column);
    if (!found) {
      found = groupNames(this.values, this.c[column], this.size);
      this.names.set(column, found);
    }
    return found;
  }

  /**
   * The codes a filter value stands for in a column, as a flag per code: one code, or for a name
   * every spelling of it. Null when no lesson has the value.
   */
  private matching(column: CodedColumn, value: string): Uint8Array | null {
    const flags = new Uint8Array(this.c.values.length);
    if (isName(column)) {
      const codes = this.groups(column).byKey.get(nameKey(value));
      if (!codes) return null;
      for (const code of codes) flags[code] = 1;
    } else {
      const code = this.code(value);
      if (code < 0) return null;
      flags[code] = 1;
    }
    return flags;
  }

  /**
   * The lessons (their slots, in order) that pass the filter and the status rule. Search words
   * are not answered here (the index has no lesson text). The last few answers are kept: a page
   * asks the same question for each of its counts.
   */
  select(filter: LessonFilter = {}, status?: StatusRule): Int32Array {
    const { query: _, ...asked } = filter;
    const key = JSON.stringify([asked, status]);
    let found = this.selections.get(key);
    if (!found) {
      if (this.selections.size >= 8) this.selections.clear(); // a head tries a few filters
      found = this.find(filter, status);
      this.selections.set(key, found);
    }
    return found;
  }

  private find(filter: LessonFilter, status?: StatusRule): Int32Array {
    const c = this.c;
    const checks: [Uint32Array, Uint8Array][] = [];
    for (const column of FILTERED) {
      const value = filter[column];
      if (!value) continue;
      const flags = this.matching(column, value);
      if (!flags) return new Int32Array(0);
      checks.push([c[column], flags]);
    }
    const item = filter.itemId ? this.code(filter.itemId) : null;
    if (item === -1) return new Int32Array(0);
    const exactly = status && "is" in status;
    const rank = status
      ? STATUS_RANK["is" in status ? status.is : status.reached]
      : 0;
    const term = filter.term ?? 0;
    const size = this.size;
    const statuses = this.status;
    const terms = c.term;
    const found = new Int32Array(size);
    let n = 0;
    outer: for (let i = 0; i < size; i++) {
      const s = statuses[i]!;
      if (exactly ? s !== rank : s < rank) continue;
      if (term && terms[i] !== term) continue;
      for (const [codes, flags] of checks)
        if (!flags[codes[i]!]) continue outer;
      if (item !== null && !this.hasItem(i, item)) continue;
      found[n++] = i;
    }
    return found.slice(0, n);
  }

  /**
   * Lesson i's place when lessons are split by a column: a code of that column (for a name, the
   * code of the spelling shown for all its spellings; 0 for none), or the term (0 for none).
   * `splitter` gives the same as a function of i, for counting loops.
   */
  splitCode(i: number, by: SplitBy): number {
    return this.splitter(by)(i);
  }

  splitter(by: SplitBy): (i: number) => number {
    if (by === "term") {
      const term = this.c.term;
      return (i) => term[i]!;
    }
    const codes = this.c[by];
    if (!isName(by)) return (i) => codes[i]!;
    const { groupOf } = this.groups(by);
    return (i) => groupOf[codes[i]!]!;
  }

  /** What a split code stands for: the value, the term as text, "" for none. */
  splitLabel(by: SplitBy, code: number): string {
    if (by === "term") return code ? String(code) : "";
    return this.valueOf(code);
  }

  /** Lesson i's value in a column, as the split shows it (a name as its group's spelling). */
  splitValue(i: number, by: SplitBy): string {
    return this.splitLabel(by, this.splitCode(i, by));
  }

  /** Distinct non-empty values a column holds, sorted: a name once, however it is spelt. */
  distinct(column: CodedColumn): string[] {
    const seen = new Uint8Array(this.c.values.length);
    const split = this.splitter(column);
    const size = this.size;
    for (let i = 0; i < size; i++) seen[split(i)] = 1;
    const found: string[] = [];
    seen.forEach((s, code) => {
      if (s && code !== 0) found.push(this.valueOf(code));
    });
    return found.sort((a, b) => a.localeCompare(b));
  }

  /** The values for filter menus: the same object for the same index, so menus are not rebuilt. */
  facets(): LessonFacets {
    this.facetsKept ??= {
      schoolYears: this.distinct("schoolYear"),
      classes: this.distinct("className"),
      subjects: this.distinct("subject"),
      authors: this.distinct("author"),
    };
    return this.facetsKept;
  }

  /** The lessons of one school year (this index, when every lesson is of that year). */
  year(schoolYear: string): LessonIndex {
    let found = this.years.get(schoolYear);
    if (!found) {
      const slots = this.select({ schoolYear });
      found =
        slots.length === this.size
          ? this
          : new LessonIndex(pickColumns(this.c, slots));
      if (this.years.size >= 4) this.years.clear();
      this.years.set(schoolYear, found);
    }
    return found;
  }

  /** These lessons narrowed to several school years (a grant's period), in slot order. */
  inYears(schoolYears: readonly string[]): LessonIndex {
    const slots = Int32Array.from(
      schoolYears.flatMap((y) => Array.from(this.select({ schoolYear: y }))),
    ).sort();
    return slots.length === this.size
      ? this
      : new LessonIndex(pickColumns(this.c, slots));
  }

  /** The first `limit` of these lessons in the sort's order (see orderSlots). */
  order(
    slots: ArrayLike<number>,
    sort: LessonSort,
    limit: number,
    locale: string,
  ): number[] {
    return orderSlots(this.c, slots, sort, limit, locale);
  }
}
