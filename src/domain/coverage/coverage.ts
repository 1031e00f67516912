import type { FrameworkItemRecord } from "../framework/types";
import { KEY_STAGE_CODES, LEVELS } from "../levels";
import type { LessonFilter } from "../lessons/filter";
import type { LessonIndex } from "../lessons/lessonIndex";
import type { LessonStatus } from "../lessons/types";

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
  filter?: LessonFilter;
}

/** For each value code that is an item id, the matrix rows (indexes into `ids`) it feeds. */
function targetsByCode(
  index: LessonIndex,
  items: readonly FrameworkItemRecord[],
): { ids: string[]; targets: (number[] | undefined)[] } {
  const feeds = contributions(items);
  const ids = [...feeds.keys()];
  const row = new Map(ids.map((id, i) => [id, i]));
  const targets: (number[] | undefined)[] = [];
  for (const [id, fed] of feeds) {
    const code = index.code(id);
    if (code >= 0) targets[code] = fed.map((t) => row.get(t) ?? 0);
  }
  return { ids, targets };
}

/**
 * The heat map for one framework: how many lessons (that reached `status` and pass the filter)
 * cover each item, split by `dimension`. Only the lesson index is read, never lesson bodies.
 * Each lesson adds one to each row it reaches: its items and everything they roll up into,
 * counted once however many of its items feed a row.
 */
export function coverageMatrix(
  index: LessonIndex,
  items: readonly FrameworkItemRecord[],
  options: MatrixOptions,
): CoverageMatrix {
  const { ids, targets } = targetsByCode(index, items);
  const by = options.dimension;
  // The column of each lesson by its split code (a term is its own code), found once per code;
  // counts in one flat array, row by row.
  const columnOfCode = new Int32Array(Math.max(index.codeCount, 256)).fill(-1);
  const columnsSeen: string[] = [];
  const width = columnOfCode.length;
  const counts = new Int32Array(ids.length * width);
  const totals = new Int32Array(ids.length);
  const stamp = new Int32Array(ids.length).fill(-1);
  const split = index.splitter(by);
  let lesson = -1;
  let column = -1;
  const lessons = index.select(options.filter, { reached: options.status });
  index.eachItem(lessons, (i, item) => {
    const fed = targets[item];
    if (!fed) return; // another framework, or an item this version no longer has
    if (lesson !== i) {
      lesson = i;
      const code = split(i);
      column = columnOfCode[code]!;
      if (column < 0) {
        column = columnOfCode[code] = columnsSeen.length;
        columnsSeen.push(index.splitLabel(by, code));
      }
    }
    for (const t of fed) {
      if (stamp[t] === i) continue;
      stamp[t] = i;
      counts[t * width + column]!++;
      totals[t]!++;
    }
  });
  const result: CoverageMatrix = {
    columns: orderColumns(by, new Set(columnsSeen)),
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
  index: LessonIndex,
  items: readonly FrameworkItemRecord[],
  options: MatrixOptions,
  itemId: string,
  column: string | null,
): string[] {
  const { ids, targets } = targetsByCode(index, items);
  const row = ids.indexOf(itemId);
  const found = new Set<number>();
  const lessons = index.select(options.filter, { reached: options.status });
  index.eachItem(lessons, (i, item) => {
    if (found.has(i) || !targets[item]?.includes(row)) return;
    if (column !== null && index.splitValue(i, options.dimension) !== column)
      return;
    found.add(i);
  });
  return [...found].map((i) => index.lessonId(i));
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
