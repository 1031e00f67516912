import { makeBackup } from "../../src/domain/backup/backup";
import { collectBackupData } from "../../src/db/backup";
import { knownItems } from "../../src/db/frameworkItems";
import { db } from "./services";

/** The framework items the test device holds (with their frameworks), for reading a file against. */
export const known = () => knownItems(db());

/** A backup of the test device as a file's text, made now: after every edit it holds. */
export async function backupText() {
  return JSON.stringify(
    await makeBackup(await collectBackupData(db()), "0.1.0"),
  );
}

/**
 * Plans from an older file as they read today, written out by hand (not by the reader under
 * test): no grant records yet, and each measure counting lessons taught (thinking evidence:
 * planned), flagged lessons in any subject.
 */
export function plansAsReadToday(plans: unknown[]): unknown[] {
  type Old = {
    concerns: {
      targets: {
        tasks: { criteria: { measure: Record<string, unknown> | null }[] }[];
      }[];
    }[];
  };
  return plans.map((raw) => {
    const p = structuredClone(raw) as Old & Record<string, unknown>;
    for (const c of p.concerns)
      for (const t of c.targets)
        for (const k of t.tasks)
          for (const cr of k.criteria) {
            const m = cr.measure;
            if (!m || m.kind === "sharingSessions") continue;
            m.reached ??=
              m.kind === "thinkingEvidenceShare" ? "planned" : "taught";
            if (m.kind === "flaggedLessons") m.subjects ??= 0;
          }
    return { ...p, grant: p.grant ?? { sessions: [], years: [], reports: [] } };
  });
}
