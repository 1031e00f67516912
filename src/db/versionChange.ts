import type { PlannerDatabase } from "./schema";

/**
 * Another tab opened a newer version of the app and needs to upgrade the database. This tab
 * closes its connection (so the upgrade can go ahead) and calls `onOutdated`, so the page can
 * ask the teacher to reload instead of failing on its next write. Edits already typed stay in
 * the journal.
 */
export function watchVersionChange(
  db: PlannerDatabase,
  onOutdated: () => void,
): () => void {
  const handler = () => {
    db.close();
    onOutdated();
    return false; // handled here: no default reload
  };
  db.on("versionchange", handler);
  return () => db.on("versionchange").unsubscribe(handler);
}
