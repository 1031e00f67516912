import type { FrameworkItemRecord } from "../framework/types";
import { KEY_STAGE_CODES, LEVELS } from "../levels";
import {
  LESSON_STATUSES,
  type LessonStatus,
  type CoverageRow,
} from "../lessons/types";

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

/** The column a row falls in: "" when the lesson has no value for the dimension. */
export function columnOf(row: CoverageRow, dimension: Dimension): string {
  const value = row[dimension];
  return value === null || value === undefined ? "" : String(value);
}

export function reaches(
  status: LessonStatus,
  threshold: LessonStatus,
): boolean {
  return LESSON_STATUSES.indexOf(status) >= LESSON_STATUSES.indexOf(threshold);
}

export function passesFilter(row: CoverageRow, f: CoverageFilter): boolean {
  return (
    (!f.schoolYear || row.schoolYear === f.schoolYear) &&
    (!f.term || row.term === f.term) &&
    (!f.subject || row.subject === f.subject) &&
    (!f.level || row.level === f.level) &&
    (!f.className || row.className === f.className) &&
    (!f.author || row.author === f.author)
  );
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

/** The rows that count, grouped by lesson (rows from the database already come grouped). */
function lessonsOf(
  rows: readonly CoverageRow[],
  options: MatrixOptions,
): CoverageRow[][] {
  const groups = new Map<string, CoverageRow[]>();
  for (const row of rows) {
    if (!reaches(row.status, options.status)) continue;
    if (options.filter && !passesFilter(row, options.filter)) continue;
    const group = groups.get(row.lessonId);
    if (group) group.push(row);
    else groups.set(row.lessonId, [row]);
  }
  return [...groups.values()];
}

/**
 * The heat map for one framework: how many lessons (that reached `status` and pass the filter)
 * cover each item, split by `dimension`. Only coverage rows are read, never lesson bodies.
 * A lesson's rows all share its column, so each lesson adds one to each row it reaches: its
 * items and everything they roll up into, counted once however many of its items feed a row.
 */
export function coverageMatrix(
  rows: readonly CoverageRow[],
  items: readonly FrameworkItemRecord[],
  options: MatrixOptions,
): CoverageMatrix {
  const feeds = contributions(items);
  const ids = [...feeds.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const targetsOf = new Map(
    [...feeds].map(([id, targets]) => [
      id,
      targets.map((t) => index.get(t) ?? 0),
    ]),
  );
  const columnIndex = new Map<string, number>();
  const counts: number[][] = ids.map(() => []);
  const totals = new Int32Array(ids.length);
  const stamp = new Int32Array(ids.length).fill(-1);
  let lessonNo = 0;
  for (const lesson of lessonsOf(rows, options)) {
    const first = lesson[0];
    if (!first) continue;
    const columnKey = columnOf(first, options.dimension);
    let column = columnIndex.get(columnKey);
    for (const row of lesson) {
      const targets = targetsOf.get(row.itemId);
      if (!targets) continue; // another framework, or an item this version no longer has
      if (column === undefined)
        columnIndex.set(columnKey, (column = columnIndex.size));
      for (const t of targets) {
        if (stamp[t] === lessonNo) continue;
        stamp[t] = lessonNo;
        const byColumn = counts[t]!;
        byColumn[column] = (byColumn[column] ?? 0) + 1;
        totals[t]!++;
      }
    }
    lessonNo++;
  }
  const columnsSeen = [...columnIndex.keys()];
  const result: CoverageMatrix = {
    columns: orderColumns(options.dimension, new Set(columnsSeen)),
    counts: new Map(),
    totals: new Map(),
  };
  ids.forEach((id, i) => {
    const byColumn = new Map<string, number>();
    counts[i]!.forEach((n, c) => {
      if (n) byColumn.set(columnsSeen[c] ?? "", n);
    });
    result.counts.set(id, byColumn);
    result.totals.set(id, totals[i] ?? 0);
  });
  return result;
}

/** The lessons behind one cell of the map (`column` null: the row's total). */
export function lessonsIn(
  rows: readonly CoverageRow[],
  items: readonly FrameworkItemRecord[],
  options: MatrixOptions,
  itemId: string,
  column: string | null,
): string[] {
  const feeds = contributions(items);
  const found = new Set<string>();
  for (const row of rows) {
    if (!feeds.get(row.itemId)?.includes(itemId)) continue;
    if (!reaches(row.status, options.status)) continue;
    if (options.filter && !passesFilter(row, options.filter)) continue;
    if (column !== null && columnOf(row, options.dimension) !== column)
      continue;
    found.add(row.lessonId);
  }
  return [...found];
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
