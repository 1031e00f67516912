import type { KeyStage, Level } from "../levels";
import {
  LESSON_FLAGS,
  LESSON_STATUSES,
  type LessonFlag,
  type LessonStatus,
  type LessonSummary,
} from "./types";

// The lesson index's columns, declared once (COLUMNS): packing, joining, picking and reading
// (./packColumns) all follow this table, and a test ties its layout to DERIVED_VERSION.

const AI_ASSISTED = 1;
const THINKING = 2;
const flagBit = (i: number) => 4 << i;

/** A date as the number the columns hold: YYYYMMDD, or 0 for none. */
export const dateNumber = (date: string | null) =>
  date ? Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10)) : 0;
const fromDate = (n: number) => {
  if (!n) return null;
  const s = String(n).padStart(8, "0");
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
};

/** A lesson's yes/no facts as the bits the columns hold: AI-assisted, thinking evidence, flags. */
function bitsOf(s: LessonSummary): number {
  let bits =
    (s.aiAssisted ? AI_ASSISTED : 0) | (s.hasThinkingEvidence ? THINKING : 0);
  LESSON_FLAGS.forEach((f, i) => {
    if (s.flags[f]) bits |= flagBit(i);
  });
  return bits;
}

function fromBits(bits: number): Partial<LessonSummary> {
  return {
    aiAssisted: (bits & AI_ASSISTED) !== 0,
    hasThinkingEvidence: (bits & THINKING) !== 0,
    flags: Object.fromEntries(
      LESSON_FLAGS.map((f, i) => [f, (bits & flagBit(i)) !== 0]),
    ) as LessonSummary["flags"],
  };
}

/** A yes/no fact the `bits` column holds. */
export type LessonFact = "aiAssisted" | "thinking" | LessonFlag;

/** Which bit of the `bits` column each fact is. */
export const FACT_BITS = {
  aiAssisted: AI_ASSISTED,
  thinking: THINKING,
  ...Object.fromEntries(LESSON_FLAGS.map((f, i) => [f, flagBit(i)])),
} as Readonly<Record<LessonFact, number>>;

/** Each status's number in the `status` column (further along is larger). */
export const STATUS_RANK = Object.fromEntries(
  LESSON_STATUSES.map((s, i) => [s, i]),
) as Readonly<Record<LessonStatus, number>>;

type NumberArray = Int32ArrayConstructor | Uint8ArrayConstructor;

/**
 * The kinds of column: a string per lesson; a number per lesson in a typed array; a code per
 * lesson into `values` (code 0 is ""); the bits of a lesson's yes/no facts; a run of codes per
 * lesson (lesson i's are run[start[i] … start[i + 1])).
 */
export type ColumnSpec =
  | {
      name: string;
      kind: "string";
      pack: (s: LessonSummary) => string;
      unpack: (v: string) => Partial<LessonSummary>;
    }
  | {
      name: string;
      kind: "number";
      array: NumberArray;
      pack: (s: LessonSummary) => number;
      unpack: (n: number) => Partial<LessonSummary>;
    }
  | {
      name: string;
      kind: "coded";
      pack: (s: LessonSummary) => string;
      unpack: (v: string) => Partial<LessonSummary>;
    }
  | {
      name: string;
      kind: "bits";
      array: Uint8ArrayConstructor;
      pack: (s: LessonSummary) => number;
      unpack: (n: number) => Partial<LessonSummary>;
    }
  | {
      name: string;
      kind: "run";
      start: string;
      pack: (s: LessonSummary) => readonly string[];
      unpack: (v: string[]) => Partial<LessonSummary>;
    };

/** The lesson index's columns. Changing this table changes what is stored: raise DERIVED_VERSION. */
export const COLUMNS = [
  {
    name: "lessonId",
    kind: "string",
    pack: (s) => s.lessonId,
    unpack: (lessonId) => ({ lessonId }),
  },
  {
    name: "title",
    kind: "string",
    pack: (s) => s.title,
    unpack: (title) => ({ title }),
  },
  {
    name: "updatedAt",
    kind: "string",
    pack: (s) => s.updatedAt,
    unpack: (updatedAt) => ({ updatedAt }),
  },
  {
    name: "date",
    kind: "number",
    array: Int32Array,
    pack: (s) => dateNumber(s.date),
    unpack: (n) => ({ date: fromDate(n) }),
  },
  {
    name: "period",
    kind: "number",
    array: Uint8Array,
    pack: (s) => s.period ?? 0,
    unpack: (n) => ({ period: n || null }),
  },
  {
    name: "term",
    kind: "number",
    array: Uint8Array,
    pack: (s) => s.term ?? 0,
    unpack: (n) => ({ term: n || null }),
  },
  {
    name: "status",
    kind: "number",
    array: Uint8Array,
    pack: (s) => LESSON_STATUSES.indexOf(s.status),
    unpack: (n) => ({ status: LESSON_STATUSES[n]! }),
  },
  {
    name: "schoolYear",
    kind: "coded",
    pack: (s) => s.schoolYear,
    unpack: (schoolYear) => ({ schoolYear }),
  },
  {
    name: "level",
    kind: "coded",
    pack: (s) => s.level ?? "",
    unpack: (v) => ({ level: (v || null) as Level | null }),
  },
  {
    name: "keyStage",
    kind: "coded",
    pack: (s) => s.keyStage ?? "",
    unpack: (v) => ({ keyStage: (v || null) as KeyStage | null }),
  },
  {
    name: "subject",
    kind: "coded",
    pack: (s) => s.subject,
    unpack: (subject) => ({ subject }),
  },
  {
    name: "className",
    kind: "coded",
    pack: (s) => s.className,
    unpack: (className) => ({ className }),
  },
  {
    name: "author",
    kind: "coded",
    pack: (s) => s.author,
    unpack: (author) => ({ author }),
  },
  {
    name: "bits",
    kind: "bits",
    array: Uint8Array,
    pack: bitsOf,
    unpack: fromBits,
  },
  {
    name: "items",
    kind: "run",
    start: "itemStart",
    pack: (s) => s.itemIds,
    unpack: (itemIds) => ({ itemIds }),
  },
  {
    name: "tools",
    kind: "run",
    start: "toolStart",
    pack: (s) => s.aiTools,
    unpack: (aiTools) => ({ aiTools }),
  },
] as const satisfies readonly ColumnSpec[];

type Column = (typeof COLUMNS)[number];
type Storage<C> = C extends { kind: "string" }
  ? string[]
  : C extends { array: infer A extends NumberArray }
    ? InstanceType<A>
    : Uint32Array;

/**
 * Lesson summaries packed as columns (COLUMNS): one entry per lesson in each array, strings that
 * repeat (years, classes, subjects, teachers, items, tools) as codes into one list of values. A
 * school's year (100,000 lessons) is a few megabytes in a handful of records, read in a few
 * milliseconds, where 100,000 summary records take over a second; counting runs over typed
 * arrays instead of objects. Only the lesson index module (./columns, ./packColumns,
 * ./lessonIndex) reads these arrays; everything else asks a LessonIndex.
 */
export type LessonColumns = {
  size: number;
  /** The strings the codes stand for; values[0] is "". */
  values: string[];
} & { [C in Column as C["name"]]: Storage<C> } & {
  [C in Extract<Column, { kind: "run" }> as C["start"]]: Uint32Array;
};

/** The columns a filter, a menu or a heat map can split lessons by (all coded). */
export type CodedColumn = Extract<Column, { kind: "coded" }>["name"];

/**
 * The layout the table stores, as text: each column's name and kind (and array type), and what
 * the numbers of `status` and `bits` mean. A test compares it with the layout recorded for the
 * current DERIVED_VERSION, so a change to the table cannot ship without a rebuild.
 */
export function columnLayout(): string {
  const columns = COLUMNS.map((c) => {
    if (c.kind === "run") return `${c.name}:run(${c.start})`;
    if (c.kind === "number" || c.kind === "bits")
      return `${c.name}:${c.kind}(${c.array.name})`;
    return `${c.name}:${c.kind}`;
  });
  const bits = ["aiAssisted", "thinking", ...LESSON_FLAGS];
  return [
    columns.join(","),
    `status=${LESSON_STATUSES.join("|")}`,
    `bits=${bits.join("|")}`,
  ].join(";");
}

type NumberColumn = Int32Array | Uint8Array | Uint32Array;

/** One column by its name from the table, for code that walks the table (this module only). */
export const numbersIn = (c: LessonColumns, name: string) =>
  (c as unknown as Record<string, NumberColumn>)[name]!;
export const stringsIn = (c: LessonColumns, name: string) =>
  (c as unknown as Record<string, string[]>)[name]!;

/** Lesson i of the columns as the summary it was packed from. */
export function summaryAt(c: LessonColumns, i: number): LessonSummary {
  const s: Partial<LessonSummary> = {};
  const value = (code: number) => c.values[code] ?? "";
  for (const col of COLUMNS) {
    switch (col.kind) {
      case "string":
        Object.assign(s, col.unpack(stringsIn(c, col.name)[i]!));
        break;
      case "number":
      case "bits":
        Object.assign(s, col.unpack(numbersIn(c, col.name)[i]!));
        break;
      case "coded":
        Object.assign(s, col.unpack(value(numbersIn(c, col.name)[i]!)));
        break;
      case "run": {
        const start = numbersIn(c, col.start);
        const run = numbersIn(c, col.name).subarray(start[i], start[i + 1]);
        Object.assign(s, col.unpack(Array.from(run, value)));
      }
    }
  }
  return s as LessonSummary;
}
