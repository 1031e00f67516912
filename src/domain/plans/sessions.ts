import type { ZodType } from "zod";
import { fileBounds, type Zod } from "../records";

/** A sharing session on AI-assisted teaching (經驗分享會), held in school or outside. */
export interface SharingSession {
  id: string;
  /** "2026-12-07" */
  date: string;
  topic: string;
  where: "school" | "outside";
}

export function sharingSessionSchema(z: Zod) {
  const { id, short } = fileBounds(z);
  return z.strictObject({
    id,
    date: z.iso.date(),
    // A topic being typed may be empty for a moment; the editor asks for it.
    topic: short,
    where: z.enum(["school", "outside"]),
  }) satisfies ZodType<SharingSession>;
}

/**
 * The school's sharing sessions, from all its plans (a grant period can span two plans): each
 * once, the plan being edited read as it is on screen rather than as last saved.
 */
export function schoolSessions(
  plans: readonly { id: string; grant: { sessions: SharingSession[] } }[],
  editing?: { id: string; grant: { sessions: SharingSession[] } },
): SharingSession[] {
  const all = [
    ...(editing ? [editing] : []),
    ...plans.filter((p) => p.id !== editing?.id),
  ].flatMap((p) => p.grant.sessions);
  const seen = new Set<string>();
  return all
    .filter((s) => !seen.has(s.id) && seen.add(s.id))
    .sort((a, b) => a.date.localeCompare(b.date));
}
