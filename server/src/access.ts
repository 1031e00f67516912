import type { Person } from "./accounts";

// Which documents a person may open, decided from the document's name alone. Names:
//   school:{code}:teacher:{personId}:{year}   one teacher's lessons of one school year (2026-27)
//   school:{code}:plans                       the school's plans
// A teacher reads and writes their own documents; a head reads every teacher's of the school,
// read-only, and writes the plans. Nobody opens another school's.

const TEACHER_DOC =
  /^school:([a-z0-9-]+):teacher:([0-9a-f-]{36}):(\d{4}-\d{2})$/;
const PLANS_DOC = /^school:([a-z0-9-]+):plans$/;

export type Access = "write" | "read" | "none";

export function accessTo(person: Person, documentName: string): Access {
  const teacherDoc = TEACHER_DOC.exec(documentName);
  if (teacherDoc) {
    const [, school, owner] = teacherDoc;
    if (school !== person.school) return "none";
    if (owner === person.id) return "write";
    return person.role === "head" ? "read" : "none";
  }
  const plans = PLANS_DOC.exec(documentName);
  if (plans) {
    if (plans[1] !== person.school) return "none";
    return person.role === "head" ? "write" : "read";
  }
  return "none";
}

/** The teacher whose document this is, or null when it is not a teacher's document. */
export const ownerOf = (documentName: string): string | null =>
  TEACHER_DOC.exec(documentName)?.[2] ?? null;

export const teacherDocumentName = (
  school: string,
  personId: string,
  year: string,
) => `school:${school}:teacher:${personId}:${year}`;
export const plansDocumentName = (school: string) => `school:${school}:plans`;
