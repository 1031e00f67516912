/**
 * Three-way merge of a stored record (a lesson, a school plan), for when it changed in two
 * places from one common base: this editor (mine) and another tab or an import (theirs).
 * Field by field: a field only one side changed takes that side's value; a field both changed
 * to different values is a conflict, left as mine and reported for the person to resolve.
 * Plain objects are merged field by field; lists of items with ids (activities, AI uses, major
 * concerns, targets, tasks) item by item, where only one side added, removed or reordered
 * items; any other list is one value.
 */

/** One step into a record: a field name, or the item with this id in a list of items. */
export type PathStep = string | { id: string };
export type Path = readonly PathStep[];

export interface Conflict {
  path: Path;
  /** The common base's value; undefined where the base is not known. */
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

export interface MergeResult<T> {
  merged: T;
  conflicts: Conflict[];
}

type Plain = Record<string, unknown>;
type Item = { id: string } & Plain;

function isPlain(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || !a || !b) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return (
      a.length === other.length && a.every((x, i) => deepEqual(x, other[i]))
    );
  }
  const x = a as Plain;
  const y = b as Plain;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  const otherKeys = Object.keys(y).filter((k) => y[k] !== undefined);
  return (
    keys.length === otherKeys.length && keys.every((k) => deepEqual(x[k], y[k]))
  );
}

function isItemList(value: unknown): value is Item[] {
  if (!Array.isArray(value)) return false;
  const ids = new Set<string>();
  for (const item of value) {
    if (!isPlain(item) || typeof item.id !== "string" || ids.has(item.id))
      return false;
    ids.add(item.id);
  }
  return true;
}

const idsOf = (items: readonly Item[]) => items.map((i) => i.id).join("\u0000");
const byId = (items: readonly Item[]) => new Map(items.map((i) => [i.id, i]));

function mergeValue(
  base: unknown,
  mine: unknown,
  theirs: unknown,
  path: PathStep[],
  conflicts: Conflict[],
): unknown {
  if (deepEqual(mine, theirs)) return mine;
  if (deepEqual(base, mine)) return theirs;
  if (deepEqual(base, theirs)) return mine;
  if (
    isPlain(mine) &&
    isPlain(theirs) &&
    (base === undefined || isPlain(base))
  ) {
    const out: Plain = {};
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const value = mergeValue(
        base?.[key],
        mine[key],
        theirs[key],
        [...path, key],
        conflicts,
      );
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (isItemList(mine) && isItemList(theirs) && isItemList(base)) {
    const found: Conflict[] = [];
    const merged = mergeItems(base, mine, theirs, path, found);
    if (merged) {
      conflicts.push(...found);
      return merged;
    }
  }
  conflicts.push({ path, base, mine, theirs });
  return mine;
}

/**
 * Item by item, where the two sides agree on which items there are, or only one side changed
 * that (added, removed or reordered items). Undefined when they cannot be merged item by item:
 * both sides changed which items there are, or one removed an item the other edited.
 */
function mergeItems(
  base: Item[],
  mine: Item[],
  theirs: Item[],
  path: PathStep[],
  conflicts: Conflict[],
): Item[] | undefined {
  const baseItems = byId(base);
  const mineItems = byId(mine);
  const theirItems = byId(theirs);
  const item = (id: string) =>
    mergeValue(
      baseItems.get(id),
      mineItems.get(id),
      theirItems.get(id),
      [...path, { id }],
      conflicts,
    ) as Item;
  if (idsOf(mine) === idsOf(theirs)) return mine.map((m) => item(m.id));
  let order: Item[];
  let other: Map<string, Item>;
  if (idsOf(base) === idsOf(mine)) [order, other] = [theirs, mineItems];
  else if (idsOf(base) === idsOf(theirs)) [order, other] = [mine, theirItems];
  else return undefined;
  const kept = new Set(order.map((i) => i.id));
  for (const b of base)
    if (!kept.has(b.id) && !deepEqual(other.get(b.id), b)) return undefined;
  return order.map((i) => (other.has(i.id) ? item(i.id) : i));
}

/**
 * Merges mine and theirs against their common base (null where it is not known: then every
 * field the two differ in is a conflict). The revision fields (`updatedAt`) are theirs: the
 * merge is what gets written over their revision.
 */
export function mergeRecords<T extends { updatedAt: string }>(
  base: T | null,
  mine: T,
  theirs: T,
): MergeResult<T> {
  const conflicts: Conflict[] = [];
  const merged = mergeValue(
    base ? { ...base, updatedAt: theirs.updatedAt } : undefined,
    { ...mine, updatedAt: theirs.updatedAt },
    theirs,
    [],
    conflicts,
  ) as T;
  return { merged, conflicts };
}

/** The value at a path; undefined where there is none (an item no longer in its list). */
export function valueAt(record: unknown, path: Path): unknown {
  let here = record;
  for (const step of path) {
    if (typeof step === "string") here = isPlain(here) ? here[step] : undefined;
    else
      here = isItemList(here) ? here.find((i) => i.id === step.id) : undefined;
    if (here === undefined) return undefined;
  }
  return here;
}

/** A copy of the record with the value at a path replaced; the record itself where there is no such path. */
export function withValueAt<T>(record: T, path: Path, value: unknown): T {
  const [step, ...rest] = path;
  if (step === undefined) return value as T;
  if (typeof step === "string") {
    if (!isPlain(record)) return record;
    const next = withValueAt(record[step], rest, value);
    if (next === record[step]) return record;
    const copy: Plain = { ...record, [step]: next };
    return copy as T;
  }
  if (!isItemList(record)) return record;
  const items: Item[] = record;
  const at = items.findIndex((i) => i.id === step.id);
  if (at < 0) return record;
  const copy = [...items];
  copy[at] = withValueAt<Item>(items[at]!, rest, value);
  return copy as T;
}

/** The same path? (Conflicts are found again after every merge; a resolution names its path.) */
export function samePath(a: Path, b: Path): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => {
      const t = b[i];
      return typeof s === "string"
        ? s === t
        : typeof t !== "string" && t?.id === s.id;
    })
  );
}
