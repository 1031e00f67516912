import type { FrameworkItemRecord } from "./types";

export interface TreeNode {
  item: FrameworkItemRecord;
  children: TreeNode[];
}

const byPosition = (a: FrameworkItemRecord, b: FrameworkItemRecord) =>
  a.position - b.position;

/** Builds the hierarchy of current (not retired) items, siblings in file order. */
export function buildTree(items: readonly FrameworkItemRecord[]): TreeNode[] {
  const current = items
    .filter((i) => i.retiredInVersion === undefined)
    .sort(byPosition);
  const nodes = new Map(
    current.map((item) => [item.id, { item, children: [] as TreeNode[] }]),
  );
  const roots: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent =
      node.item.parentId === null ? undefined : nodes.get(node.item.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The item's ancestors, root first, not including the item. */
export function ancestorsOf(
  item: FrameworkItemRecord,
  byId: ReadonlyMap<string, FrameworkItemRecord>,
): FrameworkItemRecord[] {
  const chain: FrameworkItemRecord[] = [];
  let parentId = item.parentId;
  while (parentId !== null && chain.length <= byId.size) {
    const parent = byId.get(parentId);
    if (!parent) break;
    chain.unshift(parent);
    parentId = parent.parentId;
  }
  return chain;
}

/** Items counted by type, for the framework list ("4 focuses, 10 strategies"). */
export function countByType(
  items: readonly FrameworkItemRecord[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (item.retiredInVersion !== undefined) continue;
    counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
  }
  return counts;
}

/** Frameworks in reading order: each main framework, then the frameworks that are part of it. */
export function orderFrameworks<
  T extends { id: string; partOf?: string | undefined },
>(frameworks: readonly T[]): T[] {
  const ids = new Set(frameworks.map((f) => f.id));
  const mains = frameworks.filter(
    (f) => f.partOf === undefined || !ids.has(f.partOf),
  );
  return mains.flatMap((main) => [
    main,
    ...frameworks.filter((f) => f.partOf === main.id),
  ]);
}
