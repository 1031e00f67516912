import {
  bitsOf,
  codeOf,
  dateNumber,
  type CodedColumn,
  type LessonColumns,
} from "./columns";
import { LESSON_STATUSES, type LessonSummary } from "./types";

// Making and changing lesson columns (see LessonColumns in ./columns): packing summaries,
// joining the index's parts, picking and replacing lessons.

const CODED: readonly CodedColumn[] = [
  "schoolYear",
  "level",
  "keyStage",
  "subject",
  "className",
  "author",
];

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
    this.date.push(dateNumber(s.date));
    this.period.push(s.period ?? 0);
    this.term.push(s.term ?? 0);
    this.status.push(LESSON_STATUSES.indexOf(s.status));
    this.schoolYear.push(this.code(s.schoolYear));
    this.level.push(this.code(s.level ?? ""));
    this.keyStage.push(this.code(s.keyStage ?? ""));
    this.subject.push(this.code(s.subject));
    this.className.push(this.code(s.className));
    this.author.push(this.code(s.author));
    this.bits.push(bitsOf(s));
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
