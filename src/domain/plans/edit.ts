import type { MajorConcern, SchoolPlan, Target, Task } from "./record";

// Pure edits of one part of a plan, shared by the editor's changes and their Undo (which is
// applied to the plan as it is then, so both walk the plan the same way).

/** The plan with one major concern changed. */
export function withConcern(
  p: SchoolPlan,
  id: string,
  change: (c: MajorConcern) => MajorConcern,
): SchoolPlan {
  return {
    ...p,
    concerns: p.concerns.map((c) => (c.id === id ? change(c) : c)),
  };
}

/** The plan with one target (under whichever concern holds it) changed. */
export function withTarget(
  p: SchoolPlan,
  id: string,
  change: (t: Target) => Target,
): SchoolPlan {
  return {
    ...p,
    concerns: p.concerns.map((c) =>
      c.targets.some((x) => x.id === id)
        ? { ...c, targets: c.targets.map((x) => (x.id === id ? change(x) : x)) }
        : c,
    ),
  };
}

/** The plan with one target's list of tasks changed. */
export function withTargetTasks(
  p: SchoolPlan,
  targetId: string,
  change: (tasks: Task[]) => Task[],
): SchoolPlan {
  return withTarget(p, targetId, (x) => ({ ...x, tasks: change(x.tasks) }));
}

/** The plan with one task (under whichever target holds it) changed. */
export function withTask(
  p: SchoolPlan,
  id: string,
  change: (task: Task) => Task,
): SchoolPlan {
  const holder = p.concerns
    .flatMap((c) => c.targets)
    .find((x) => x.tasks.some((k) => k.id === id));
  if (!holder) return p;
  return withTargetTasks(p, holder.id, (tasks) =>
    tasks.map((k) => (k.id === id ? change(k) : k)),
  );
}

/** `list` with `item` back at `index` (or at the end), unless it is there already. */
export function putBack<T extends { id: string }>(
  list: readonly T[],
  index: number,
  item: T,
): T[] {
  if (list.some((x) => x.id === item.id)) return [...list];
  return [...list.slice(0, index), item, ...list.slice(index)];
}
