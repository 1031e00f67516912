import { useMemo } from "react";
import { useLiveQuery } from "dexie-react-hooks";
import { useStore } from "../../lib/useStore";
import { useServices } from "../../services/ServicesProvider";
import { orderFrameworks } from "../../domain/framework/tree";
import type {
  FrameworkItemRecord,
  FrameworkRecord,
} from "../../domain/framework/types";

export { isShippedFramework } from "../../db/curricula";

/** Whether the shipped frameworks are on the device yet (first run writes them). */
export function useCurriculaState() {
  return useStore(useServices().curricula.state);
}

/** Tries installing the shipped frameworks again (after a failure). */
export function useRetryCurricula(): () => void {
  const { curricula } = useServices();
  return () => void curricula.ensure();
}

/** Every stored framework, main frameworks before their supplements; undefined while reading. */
export function useFrameworks(): FrameworkRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(
    async () => orderFrameworks(await db.frameworks.toArray()),
    [db],
  );
}

export interface FrameworkWithItems {
  framework: FrameworkRecord;
  items: FrameworkItemRecord[];
  byId: Map<string, FrameworkItemRecord>;
}

/**
 * One framework and all its items (retired ones too, so old links resolve).
 * undefined while reading; null when no such framework is stored.
 */
export function useFramework(
  frameworkId: string,
): FrameworkWithItems | null | undefined {
  const { db } = useServices();
  const data = useLiveQuery(async () => {
    const framework = await db.frameworks.get(frameworkId);
    if (!framework) return null;
    const items = await db.frameworkItems
      .where("frameworkId")
      .equals(frameworkId)
      .sortBy("position");
    return { framework, items };
  }, [db, frameworkId]);
  return useMemo(() => {
    if (!data) return data;
    return { ...data, byId: new Map(data.items.map((i) => [i.id, i])) };
  }, [data]);
}
