import type { FrameworkItemRecord } from "../framework/types";
import { KEY_STAGE_CODES, LEVELS } from "../levels";
import { LESSON_STATUSES, type LessonStatus, type MappingRow } from "../lessons/types";

/** What the heat map's columns split lessons by. */
export const DIMENSIONS = ["keyStage", "level", "subject", "className", "author", "term"] as const;
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
export function columnOf(row: MappingRow, dimension: Dimension): string {
  const value = row[dimension];
  return value === null || value === undefined ? "" : String(value);
}

export function reaches(status: LessonStatus, threshold: LessonStatus): boolean {
  return LESSON_STATUSES.indexOf(status) >= LESSON_STATUSES.indexOf(threshold);
}

export function passesFilter(row: MappingRow, f: CoverageFilter): boolean {
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
export function contributions(items: readonly FrameworkItemRecord[]): Map<string, string[]> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const withAncestors = (id: string): string[] => {
    const chain: string[] = [];
    let current = byId.get(id);
    while (current && chain.length <= items.length) {
      chain.push(current.id);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    return chain;
  };
  const result = new Map<string, string[]>();
  for (const item of items) {
    const targets = new Set(withAncestors(item.id));
    for (const r of item.related) {
      if (r.type === "develops" && byId.has(r.itemId)) withAncestors(r.itemId).forEach((t) => targets.add(t));
    }
    result.set(item.id, [...targets]);
  }
  return result;
}

/** Lesson ids per framework row and column; counting a set means a lesson counts once per cell. */
export interface CoverageMatrix {
  columns: string[];
  cells: Map<string, Map<string, Set<string>>>;
  /** Per row, every lesson in any column. */
  totals: Map<string, Set<string>>;
}

/**
 * The heat map for one framework: which lessons (that reached `status`, and pass the filter)
 * cover each item, split by `dimension`. Only coverage rows are read, never lesson bodies.
 */
export function coverageMatrix(
  rows: readonly MappingRow[],
  items: readonly FrameworkItemRecord[],
  options: { dimension: Dimension; status: CoverageStatus; filter?: CoverageFilter },
): CoverageMatrix {
  const feeds = contributions(items);
  const cells = new Map<string, Map<string, Set<string>>>();
  const totals = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (!reaches(row.status, options.status)) continue;
    if (options.filter && !passesFilter(row, options.filter)) continue;
    const targets = feeds.get(row.itemId);
    if (!targets) continue; // another framework, or an item this version no longer has
    const column = columnOf(row, options.dimension);
    seen.add(column);
    for (const target of targets) {
      let byColumn = cells.get(target);
      if (!byColumn) cells.set(target, (byColumn = new Map<string, Set<string>>()));
      let lessons = byColumn.get(column);
      if (!lessons) byColumn.set(column, (lessons = new Set<string>()));
      lessons.add(row.lessonId);
      let total = totals.get(target);
      if (!total) totals.set(target, (total = new Set()));
      total.add(row.lessonId);
    }
  }
  return { columns: orderColumns(options.dimension, seen), cells, totals };
}

/** Key stages, levels and terms in school order (all of them, so gaps show); others alphabetically. */
export function orderColumns(dimension: Dimension, seen: ReadonlySet<string>): string[] {
  const fixed: Partial<Record<Dimension, readonly string[]>> = { keyStage: KEY_STAGE_CODES, level: LEVELS, term: ["1", "2", "3"] };
  const base = fixed[dimension];
  const known = base ? [...base] : [...seen].filter(Boolean).sort((a, b) => a.localeCompare(b));
  const extra = base ? [...seen].filter((c) => c && !base.includes(c)) : [];
  return [...known, ...extra, ...(seen.has("") ? [""] : [])];
}

export function count(matrix: CoverageMatrix, itemId: string, column?: string): number {
  if (column === undefined) return matrix.totals.get(itemId)?.size ?? 0;
  return matrix.cells.get(itemId)?.get(column)?.size ?? 0;
}
