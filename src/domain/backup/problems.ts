// What a refused file's reason holds: a code and, where it helps, a place named only in the
// app's own words. The UI turns each into a sentence (src/components/useFileProblemText.ts).
import { printableText } from "../printableText";

/** The parts of a file a refusal can point at, in the app's own words (never the file's). */
export const FILE_SECTIONS = [
  "file",
  "lessons",
  "plans",
  "settings",
  "frameworks",
  "shareReceipts",
  "teacher",
  "device",
  "training",
  "teacherCycles",
] as const;
export type FileSection = (typeof FILE_SECTIONS)[number];

/**
 * The fields a refusal may name: only these, each translated in the UI. A key the file made up
 * is never repeated back (it could carry any words, a phishing line among them).
 */
export const FILE_FIELDS = [
  "id",
  "title",
  "subject",
  "level",
  "className",
  "schoolYear",
  "term",
  "date",
  "period",
  "activities",
  "mappings",
  "status",
  "author",
  "createdAt",
  "updatedAt",
  "deletedAt",
  "copiedFrom",
  "aiUses",
  "schoolName",
  "concerns",
  "key",
  "value",
  "lessonId",
  "baseUpdatedAt",
  "receivedAt",
  "device",
  "items",
  "framework",
  "teacher",
  "provider",
  "track",
  "hours",
  "cycleStart",
  "leader",
] as const;
export type FileField = (typeof FILE_FIELDS)[number];

/** Where in a file a problem is: which part, which record of it (from 0), which field. */
export interface FilePlace {
  section: FileSection;
  index?: number;
  field?: FileField;
}

/** Why a file was refused; the UI turns each into a sentence in the teacher's language. */
export type FileProblem =
  | { code: "tooLarge" }
  | { code: "notJson" }
  | { code: "wrongFormat" }
  | { code: "newerVersion"; version: number }
  | { code: "invalid"; place: FilePlace; excerpt?: string }
  /** The same record twice in one file. */
  | { code: "duplicate"; place: FilePlace; excerpt?: string }
  /** A time not a real time, before 2000, or later than the file says it was made. */
  | { code: "badTime"; place: FilePlace; excerpt?: string }
  /** The file says it was made more than a day from now. */
  | { code: "madeInFuture" }
  | { code: "checksum" }
  | { code: "unknownItems"; count: number }
  /** The device could not read it at all (out of memory, say). */
  | { code: "unreadable" };

/** The longest piece of a file's own text a refusal shows, in its quoted preview. */
export const EXCERPT_LENGTH = 80;

/**
 * A short piece of the file's own text, for the refusal's quoted and marked preview (never
 * for the app's sentence): cut to EXCERPT_LENGTH, one line, without control characters or the
 * bidirectional overrides that could make it read as something else. Only strings and numbers.
 */
export function excerptOf(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return undefined;
  const flat = printableText(value).replace(/\s+/g, " ").trim();
  if (!flat) return undefined;
  const chars = [...flat];
  return chars.length > EXCERPT_LENGTH
    ? `${chars.slice(0, EXCERPT_LENGTH).join("")}…`
    : flat;
}

/** A refused read. */
export const refuse = (problem: FileProblem) => ({
  ok: false as const,
  problem,
});

export const asSection = (key: string): FileSection =>
  (FILE_SECTIONS as readonly string[]).includes(key)
    ? (key as FileSection)
    : "file";
const asField = (key: unknown): FileField | undefined =>
  typeof key === "string" && (FILE_FIELDS as readonly string[]).includes(key)
    ? (key as FileField)
    : undefined;

/** The place of a schema's first issue, in the app's own names only. */
export function placeOf(
  section: string,
  index: number | undefined,
  path: readonly PropertyKey[],
): FilePlace {
  const field = asField(path[0]);
  return {
    section: asSection(section),
    ...(index === undefined ? {} : { index }),
    ...(field ? { field } : {}),
  };
}
