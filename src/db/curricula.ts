import { curricula } from "virtual:curricula";
import { compareVersions } from "../domain/framework/version";
import {
  FRAMEWORK_FORMAT,
  FRAMEWORK_FORMAT_VERSION,
} from "../domain/framework/format";
import type { FrameworkFile } from "../domain/framework/schema";
import { installFramework } from "./installFramework";
import type { PlannerDatabase } from "./schema";
import { createStore, type Store } from "../lib/store";

export type CurriculaState =
  | { status: "checking" }
  | { status: "ready" }
  | { status: "failed"; error: unknown };

/** Bringing the stored frameworks up to the shipped versions, and how that went (for the pages). */
export interface CurriculaSync {
  state: Store<CurriculaState>;
  /** Checks again (cheap: versions only); one run at a time. */
  ensure(): Promise<CurriculaState>;
}

export function createCurriculaSync(db: PlannerDatabase): CurriculaSync {
  const state = createStore<CurriculaState>({ status: "checking" });
  let running: Promise<CurriculaState> | undefined;
  return {
    state,
    ensure() {
      running ??= ensureCurricula(db).then(
        () => {
          running = undefined;
          state.set({ status: "ready" });
          return state.get();
        },
        (error: unknown) => {
          running = undefined;
          state.set({ status: "failed", error });
          return state.get();
        },
      );
      return running;
    },
  };
}

/**
 * Makes sure the device holds every framework shipped in curricula/, at its shipped version.
 * Start-up only compares versions; a framework file is fetched only when the device lacks its
 * version. Shipped files were validated with zod at build time (see scripts/curricula-plugin.ts),
 * so here a cheap check that the right file arrived is enough. Throws if it could not.
 */
/**
 * Whether a framework is one this build ships from curricula/ (the EDB's), rather than a
 * school's own that arrived in a file. A shipped framework's text comes only from its file here.
 */
export function isShippedFramework(id: string): boolean {
  return curricula.some((c) => c.id === id);
}

export async function ensureCurricula(db: PlannerDatabase): Promise<void> {
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
