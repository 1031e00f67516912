import type { FrameworkItemRecord } from "../framework/types";
import { KEY_STAGE_CODES, LEVELS } from "../levels";
import { codeOf, type LessonColumns } from "../lessons/columns";
import { LESSON_STATUSES, type LessonStatus } from "../lessons/types";

/** What the heat map's columns split lessons by. */
export const DIMENSIONS = [
  "keyStage",
  "level",
  "subject",
  "className",
  "author",
  "term",
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** How far lessons must have got to count: planned counts everything planned or beyond. */
export type CoverageStatus = Exclude<LessonStatus, "draft">;

export interface CoverageFilter {
  schoolYear?: string;
  term?: number;
  subject?: string;
  level?: string;
  className?: string;
  author?: string;
}

export function reaches(
  status: LessonStatus,
  threshold: LessonStatus,
): boolean {
  return LESSON_STATUSES.indexOf(status) >= LESSON_STATUSES.indexOf(threshold);
}

const CODED_FILTERS = [
  "schoolYear",
  "subject",
  "level",
  "className",
  "author",
] as const;

const passing = new WeakMap<LessonColumns, Map<string, Int32Array>>();

/**
 * The lessons (their places in the columns) that reached `status` and pass the filter. A
 * filter value no lesson has matches nothing. Kept per set of columns, filter and status: the
 * coverage page asks the same question for each of its counts.
 */
export function lessonsPassing(
  c: LessonColumns,
  filter: CoverageFilter = {},
  status: LessonStatus = "draft",
): Int32Array {
  const key = JSON.stringify([filter, status]);
  let kept = passing.get(c);
  if (!kept) passing.set(c, (kept = new Map<string, Int32Array>()));
  let found = kept.get(key);
  if (!found) {
    if (kept.size >= 8) kept.clear(); // a head tries a few filters; the page asks one at a time
    kept.set(key, (found = findPassing(c, filter, status)));
  }
  return found;
}

function findPassing(
  c: LessonColumns,
  filter: CoverageFilter,
  status: LessonStatus,
): Int32Array {
  const wanted: [Uint32Array, number][] = [];
  for (const key of CODED_FILTERS) {
    const value = filter[key];
    if (!value) continue;
    const code = codeOf(c, value);
    if (code < 0) return new Int32Array(0);
    wanted.push([c[key], code]);
  }
  const least = LESSON_STATUSES.indexOf(status);
  const term = filter.term ?? 0;
  const found = new Int32Array(c.size);
  let n = 0;
  outer: for (let i = 0; i < c.size; i++) {
    if (c.status[i]! < least || (term && c.term[i] !== term)) continue;
    for (const [column, code] of wanted) if (column[i] !== code) continue outer;
    found[n++] = i;
  }
  return found.slice(0, n);
}

/** The heat-map column lesson i falls in: "" when it has no value for the dimension. */
export function columnOf(
  c: LessonColumns,
  i: number,
  dimension: Dimension,
): string {
  if (dimension === "term") return c.term[i] ? String(c.term[i]) : "";
  return c.values[c[dimension][i]!] ?? "";
}

/**
 * For each item a lesson can be mapped to, the rows of the map its lessons count towards: the
 * item itself, every ancestor (a mode, a key stage, a focus), and, for a learning focus, the
 * sub-strands it develops and their strands.
 */
export function contributions(
  items: readonly FrameworkItemRecord[],
): Map<string, string[]> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const withAncestors = (id: string): string[] => {
    const chain: string[] = [];
    let current = byId.get(id);
    while (current && chain.length <= items.length) {
      chain.push(current.id);
      current =
        current.parentId === null ? undefined : byId.get(current.parentId);
    }
    return chain;
  };
  const result = new Map<string, string[]>();
  for (const item of items) {
    const targets = new Set(withAncestors(item.id));
    for (const r of item.related) {
      if (r.type === "develops" && byId.has(r.itemId))
        withAncestors(r.itemId).forEach((t) => targets.add(t));
    }
    result.set(item.id, [...targets]);
  }
  return result;
}

/** Lessons counted per framework row and column (each lesson once per cell), and per row in all. */
export interface CoverageMatrix {
  columns: string[];
  counts: Map<string, Map<string, number>>;
  totals: Map<string, number>;
}

interface MatrixOptions {
  dimension: Dimension;
  status: CoverageStatus;
  filter?: CoverageFilter;
}

/** For each value code that is an item id, the matrix rows (indexes into `ids`) it feeds. */
function targetsByCode(
  c: LessonColumns,
  items: readonly FrameworkItemRecord[],
): { ids: string[]; targets: (number[] | undefined)[] } {
  const feeds = contributions(items);
  const ids = [...feeds.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const targets: (number[] | undefined)[] = [];
  for (const [id, fed] of feeds) {
    const code = codeOf(c, id);
    if (code >= 0) targets[code] = fed.map((t) => index.get(t) ?? 0);
  }
  return { ids, targets };
}

/**
 * The heat map for one framework: how many lessons (that reached `status` and pass the filter)
 * cover each item, split by `dimension`. Only the packed lesson columns are read, never lesson
 * bodies. Each lesson adds one to each row it reaches: its items and everything they roll up
 * into, counted once however many of its items feed a row.
 */
export function coverageMatrix(
  c: LessonColumns,
  items: readonly FrameworkItemRecord[],
  options: MatrixOptions,
): CoverageMatrix {
  const { ids, targets } = targetsByCode(c, items);
  // The column of each lesson by its dimension's code (a term is its own code), found once per
  // code; counts in one flat array, row by row.
  const codes = options.dimension === "term" ? c.term : c[options.dimension];
  const columnOfCode = new Int32Array(Math.max(c.values.length, 256)).fill(-1);
  const columnsSeen: string[] = [];
  const width = columnOfCode.length;
  const counts = new Int32Array(ids.length * width);
  const totals = new Int32Array(ids.length);
  const stamp = new Int32Array(ids.length).fill(-1);
  for (const i of lessonsPassing(c, options.filter, options.status)) {
    let column = -1;
    for (let k = c.itemStart[i]!; k < c.itemStart[i + 1]!; k++) {
      const fed = targets[c.items[k]!];
      if (!fed) continue; // another framework, or an item this version no longer has
      if (column < 0) {
        const code = codes[i]!;
        column = columnOfCode[code]!;
        if (column < 0) {
          column = columnOfCode[code] = columnsSeen.length;
          columnsSeen.push(columnOf(c, i, options.dimension));
        }
      }
      for (const t of fed) {
        if (stamp[t] === i) continue;
        stamp[t] = i;
        counts[t * width + column]!++;
        totals[t]!++;
      }
    }
  }
  const result: CoverageMatrix = {
    columns: orderColumns(options.dimension, new Set(columnsSeen)),
    counts: new Map(),
    totals: new Map(),
  };
  ids.forEach((id, t) => {
    const byColumn = new Map<string, number>();
    columnsSeen.forEach((key, column) => {
      const n = counts[t * width + column]!;
      if (n) byColumn.set(key, (byColumn.get(key) ?? 0) + n);
    });
    result.counts.set(id, byColumn);
    result.totals.set(id, totals[t] ?? 0);
  });
  return result;
}

/** The lessons behind one cell of the map (`column` null: the row's total), by id. */
export function lessonsIn(
  c: LessonColumns,
  items: readonly FrameworkItemRecord[],
  options: MatrixOptions,
  itemId: string,
  column: string | null,
): string[] {
  const { ids, targets } = targetsByCode(c, items);
  const row = ids.indexOf(itemId);
  const found: string[] = [];
  for (const i of lessonsPassing(c, options.filter, options.status)) {
    if (column !== null && columnOf(c, i, options.dimension) !== column)
      continue;
    for (let k = c.itemStart[i]!; k < c.itemStart[i + 1]!; k++) {
      if (targets[c.items[k]!]?.includes(row)) {
        found.push(c.lessonId[i]!);
        break;
      }
    }
  }
  return found;
}

/** Key stages, levels and terms in school order (all of them, so gaps show); others alphabetically. */
export function orderColumns(
  dimension: Dimension,
  seen: ReadonlySet<string>,
): string[] {
  const fixed: Partial<Record<Dimension, readonly string[]>> = {
    keyStage: KEY_STAGE_CODES,
    level: LEVELS,
    term: ["1", "2", "3"],
  };
  const base = fixed[dimension];
  const known = base
    ? [...base]
    : [...seen].filter(Boolean).sort((a, b) => a.localeCompare(b));
  const extra = base ? [...seen].filter((c) => c && !base.includes(c)) : [];
  return [...known, ...extra, ...(seen.has("") ? [""] : [])];
}

export function count(
  matrix: CoverageMatrix,
  itemId: string,
  column?: string,
): number {
  if (column === undefined) return matrix.totals.get(itemId) ?? 0;
  return matrix.counts.get(itemId)?.get(column) ?? 0;
}
