// Imports carry .ts extensions because vite.config.ts loads this file (and Vite is moving to native config loading).
import { z } from "zod";
import { LEVELS } from "../levels.ts";
import { SEMVER_PATTERN } from "./version.ts";

import { FRAMEWORK_FORMAT, FRAMEWORK_FORMAT_VERSION } from "./format.ts";

const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "must be lower-case words joined by hyphens",
  );
const text = z.string().trim().min(1, "must not be empty");

/** Text in both of the app's languages; neither may be empty. */
export const localisedTextSchema = z.strictObject({ en: text, "zh-HK": text });

/** "official": the publisher's own wording, stored exactly. "working": our translation or paraphrase. */
export const titleStatusSchema = z.enum(["official", "working"]);

const relationSchema = z.strictObject({
  type: z.enum(["develops", "relatedTo"]),
  itemId: z.uuid(),
  /** Set when the target lives in another framework file. */
  frameworkId: slug.optional(),
});

export const frameworkItemSchema = z.strictObject({
  id: z.uuid(),
  code: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9.-]*$/,
      "must be letters, digits, dots or hyphens",
    ),
  type: slug,
  parentId: z.uuid().nullable(),
  title: localisedTextSchema,
  titleStatus: z.strictObject({
    en: titleStatusSchema,
    "zh-HK": titleStatusSchema,
  }),
  description: localisedTextSchema,
  educationLevel: z.array(z.enum(LEVELS)).default([]),
  contents: z.array(localisedTextSchema).optional(),
  source: z.strictObject({ document: slug, page: text }),
  related: z.array(relationSchema).default([]),
});

export const frameworkMetaSchema = z.strictObject({
  id: slug,
  caseDocumentId: z.uuid(),
  version: z.string().regex(SEMVER_PATTERN, "must be a version such as 1.0.0"),
  issued: z.iso.date(),
  title: localisedTextSchema,
  shortTitle: localisedTextSchema,
  titleStatus: z.strictObject({
    en: titleStatusSchema,
    "zh-HK": titleStatusSchema,
  }),
  description: localisedTextSchema,
  publisher: localisedTextSchema,
  /** Set when this framework is part of another (a supplement); lists show it after its parent. */
  partOf: slug.optional(),
  officialLanguage: z.enum(["en", "zh-HK"]),
  officialSourceURL: z.url(),
  sources: z.record(
    slug,
    z.strictObject({ title: localisedTextSchema, url: z.url() }),
  ),
  itemTypes: z
    .array(
      z.strictObject({
        id: slug,
        label: localisedTextSchema,
        plural: localisedTextSchema,
      }),
    )
    .min(1),
});

export const frameworkFileSchema = z
  .strictObject({
    format: z.literal(FRAMEWORK_FORMAT),
    formatVersion: z.literal(FRAMEWORK_FORMAT_VERSION),
    framework: frameworkMetaSchema,
    items: z
      .array(frameworkItemSchema)
      .min(1, "a framework needs at least one item"),
  })
  .superRefine((file, ctx) => {
    for (const problem of findStructuralProblems(file)) {
      ctx.addIssue({
        code: "custom",
        message: problem.message,
        path: problem.path,
      });
    }
  });

export type FrameworkFile = z.infer<typeof frameworkFileSchema>;
export type FrameworkMeta = z.infer<typeof frameworkMetaSchema>;
export type FrameworkItem = z.infer<typeof frameworkItemSchema>;
export type LocalisedText = z.infer<typeof localisedTextSchema>;

interface Problem {
  message: string;
  path: (string | number)[];
}

/** Checks zod's shape rules cannot: unique ids and codes, parents that resolve, no cycles. */
function findStructuralProblems(file: {
  framework: FrameworkMeta;
  items: FrameworkItem[];
}): Problem[] {
  const problems: Problem[] = [];
  const types = new Set(file.framework.itemTypes.map((t) => t.id));
  const documents = new Set(Object.keys(file.framework.sources));
  const byId = new Map<string, FrameworkItem>();
  const codes = new Set<string>();

  file.items.forEach((item, index) => {
    const at = (field: string) => ["items", index, field];
    const name = `item ${item.code}`;
    if (byId.has(item.id))
      problems.push({
        message: `${name}: id ${item.id} is used twice`,
        path: at("id"),
      });
    if (codes.has(item.code))
      problems.push({
        message: `${name}: code is used twice`,
        path: at("code"),
      });
    byId.set(item.id, item);
    codes.add(item.code);
    if (!types.has(item.type))
      problems.push({
        message: `${name}: type "${item.type}" is not declared in framework.itemTypes`,
        path: at("type"),
      });
    if (!documents.has(item.source.document))
      problems.push({
        message: `${name}: source document "${item.source.document}" is not declared in framework.sources`,
        path: at("source"),
      });
  });

  file.items.forEach((item, index) => {
    const name = `item ${item.code}`;
    if (item.parentId !== null && !byId.has(item.parentId))
      problems.push({
        message: `${name}: parent ${item.parentId} does not exist`,
        path: ["items", index, "parentId"],
      });
    item.related.forEach((relation, r) => {
      if (relation.frameworkId === undefined && !byId.has(relation.itemId))
        problems.push({
          message: `${name}: related item ${relation.itemId} does not exist`,
          path: ["items", index, "related", r],
        });
    });
    // Walk up the parents; a walk longer than the item count means a cycle.
    let cursor: FrameworkItem | undefined = item;
    for (let steps = 0; cursor && cursor.parentId !== null; steps++) {
      if (steps > file.items.length) {
        problems.push({
          message: `${name}: its parents form a cycle`,
          path: ["items", index, "parentId"],
        });
        break;
      }
      cursor = byId.get(cursor.parentId);
    }
  });
  return problems;
}

/** One readable line per problem, naming the file and the item, for tests and the loader's log. */
export function describeFrameworkErrors(
  fileName: string,
  error: z.ZodError,
  raw: unknown,
): string[] {
  return error.issues.map((issue) => {
    const [first, index] = issue.path;
    let where = issue.path.join(".");
    if (first === "items" && typeof index === "number") {
      const code = codeAt(raw, index);
      where = `item ${code ?? `#${index + 1}`} (${issue.path.join(".")})`;
    }
    return `${fileName}: ${where || "file"}: ${issue.message}`;
  });
}

function codeAt(raw: unknown, index: number): string | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const items = (raw as { items?: unknown }).items;
  if (!Array.isArray(items)) return undefined;
  const item: unknown = items[index];
  if (typeof item !== "object" || item === null) return undefined;
  const code = (item as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** Parses an untrusted framework file; throws an Error whose message lists every problem. */
export function parseFrameworkFile(
  fileName: string,
  raw: unknown,
): FrameworkFile {
  const result = frameworkFileSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(
      describeFrameworkErrors(fileName, result.error, raw).join("\n"),
    );
  }
  return result.data;
}
