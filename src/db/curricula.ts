import { curricula } from "virtual:curricula";
import { compareVersions } from "../domain/framework/version";
import {
  FRAMEWORK_FORMAT,
  FRAMEWORK_FORMAT_VERSION,
} from "../domain/framework/format";
import type { FrameworkFile } from "../domain/framework/schema";
import { installFramework } from "./installFramework";
import type { PlannerDatabase } from "./schema";

export type CurriculaState =
  | { status: "checking" }
  | { status: "ready" }
  | { status: "failed"; error: unknown };

let state: CurriculaState = { status: "checking" };
const listeners = new Set<() => void>();
let running: Promise<CurriculaState> | undefined;

function setState(next: CurriculaState) {
  state = next;
  listeners.forEach((l) => l());
}

export function getCurriculaState(): CurriculaState {
  return state;
}

export function subscribeCurriculaState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Makes sure the device holds every framework shipped in curricula/, at its shipped version.
 * Start-up only compares versions; a framework file is fetched only when the device lacks its
 * version. Shipped files were validated with zod at build time (see scripts/curricula-plugin.ts),
 * so here a cheap check that the right file arrived is enough.
 */
export function ensureCurricula(db: PlannerDatabase): Promise<CurriculaState> {
  // One sync at a time; once it settles, a later call checks again (cheap: versions only).
  running ??= syncCurricula(db).then(
    () => {
      running = undefined;
      setState({ status: "ready" });
      return state;
    },
    (error: unknown) => {
      running = undefined;
      setState({ status: "failed", error });
      return state;
    },
  );
  return running;
}

async function syncCurricula(db: PlannerDatabase): Promise<void> {
  const stored = await db.frameworks.toArray();
  const storedVersion = new Map(stored.map((f) => [f.id, f.version]));
  const outdated = curricula.filter((c) => {
    const have = storedVersion.get(c.id);
    return have === undefined || compareVersions(c.version, have) > 0;
  });
  if (outdated.length === 0) return;
  for (const entry of outdated) {
    const file = await entry.load();
    if (!isShippedFile(file, entry.id, entry.version)) {
      throw new Error(
        `curricula/${entry.file} is not the framework file this build shipped`,
      );
    }
    await installFramework(db, file);
  }
}

function isShippedFile(
  file: unknown,
  id: string,
  version: string,
): file is FrameworkFile {
  const f = file as Partial<FrameworkFile> | null;
  return (
    f?.format === FRAMEWORK_FORMAT &&
    f.formatVersion === FRAMEWORK_FORMAT_VERSION &&
    f.framework?.id === id &&
    f.framework.version === version &&
    Array.isArray(f.items)
  );
}
