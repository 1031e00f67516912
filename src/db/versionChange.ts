import type { PlannerDatabase } from "./schema";

let outdated = false;
const listeners = new Set<() => void>();

/**
 * Another tab opened a newer version of the app and needs to upgrade the database. This tab
 * closes its connection (so the upgrade can go ahead) and asks the teacher to reload, instead
 * of failing on its next write. Edits already typed stay in the lesson journal.
 */
export function watchVersionChange(db: PlannerDatabase) {
  db.on("versionchange", () => {
    db.close();
    outdated = true;
    listeners.forEach((l) => l());
    return false; // handled here: no default reload
  });
}

export function isOutdated() {
  return outdated;
}

export function subscribeOutdated(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
