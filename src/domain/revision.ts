/** A new updatedAt, never the one it replaces (two saves in one millisecond are two revisions). */
export function nextRevision(now: Date, previous: string | undefined): string {
  const at = now.toISOString();
  return at === previous ? new Date(now.getTime() + 1).toISOString() : at;
}
