import { COLUMNS, numbersIn, stringsIn, type LessonColumns } from "./columns";
import type { LessonSummary } from "./types";

// Making and changing lesson columns (see COLUMNS in ./columns), column by column as the table
// declares them: packing summaries, joining the index's parts, picking and replacing lessons.

/** Builds columns lesson by lesson; codes are given out as values first appear. */
class Builder {
  private codes = new Map<string, number>([["", 0]]);
  private values = [""];
  private size = 0;
  private data = new Map<string, (string | number)[]>();

  constructor() {
    for (const col of COLUMNS) {
      this.data.set(col.name, []);
      if (col.kind === "run") this.data.set(col.start, [0]);
    }
  }

  private code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }

  add(s: LessonSummary) {
    this.size++;
    for (const col of COLUMNS) {
      const to = this.data.get(col.name)!;
      switch (col.kind) {
        case "string":
        case "number":
        case "bits":
          to.push(col.pack(s));
          break;
        case "coded":
          to.push(this.code(col.pack(s)));
          break;
        case "run":
          for (const v of col.pack(s)) to.push(this.code(v));
          this.data.get(col.start)!.push(to.length);
      }
    }
  }

  build(): LessonColumns {
    const out: Record<string, unknown> = {
      size: this.size,
      values: this.values,
    };
    const numbers = (name: string) => this.data.get(name) as number[];
    for (const col of COLUMNS) {
      switch (col.kind) {
        case "string":
          out[col.name] = this.data.get(col.name);
          break;
        case "number":
        case "bits":
          out[col.name] = col.array.from(numbers(col.name));
          break;
        case "coded":
          out[col.name] = Uint32Array.from(numbers(col.name));
          break;
        case "run":
          out[col.name] = Uint32Array.from(numbers(col.name));
          out[col.start] = Uint32Array.from(numbers(col.start));
      }
    }
    return out as LessonColumns;
  }
}

export function packSummaries(
  summaries: readonly LessonSummary[],
): LessonColumns {
  const b = new Builder();
  for (const s of summaries) b.add(s);
  return b.build();
}

/**
 * One set of columns holding every lesson of `parts`, in order. Reading the index joins its
 * parts on every cold read (100,000 lessons), so this copies whole arrays and remaps codes in
 * tight loops, a column at a time.
 */
export function concatColumns(parts: readonly LessonColumns[]): LessonColumns {
  const codes = new Map<string, number>([["", 0]]);
  const values = [""];
  const remaps = parts.map((c) =>
    Uint32Array.from(c.values, (v) => {
      let code = codes.get(v);
      if (code === undefined) {
        code = values.length;
        codes.set(v, code);
        values.push(v);
      }
      return code;
    }),
  );
  const size = parts.reduce((n, c) => n + c.size, 0);
  const out: Record<string, unknown> = { size, values };
  for (const col of COLUMNS) {
    switch (col.kind) {
      case "string":
        out[col.name] = ([] as string[]).concat(
          ...parts.map((c) => stringsIn(c, col.name)),
        );
        break;
      case "number":
      case "bits": {
        const to = new col.array(size);
        let at = 0;
        for (const c of parts) {
          to.set(numbersIn(c, col.name), at);
          at += c.size;
        }
        out[col.name] = to;
        break;
      }
      case "coded": {
        const to = new Uint32Array(size);
        let at = 0;
        for (let p = 0; p < parts.length; p++) {
          const c = parts[p]!;
          const from = numbersIn(c, col.name);
          const remap = remaps[p]!;
          const n = c.size;
          for (let i = 0; i < n; i++) to[at + i] = remap[from[i]!]!;
          at += n;
        }
        out[col.name] = to;
        break;
      }
      case "run": {
        const length = parts.reduce(
          (n, c) => n + numbersIn(c, col.name).length,
          0,
        );
        const run = new Uint32Array(length);
        const start = new Uint32Array(size + 1);
        let at = 0;
        let runAt = 0;
        for (let p = 0; p < parts.length; p++) {
          const c = parts[p]!;
          const from = numbersIn(c, col.name);
          const fromStart = numbersIn(c, col.start);
          const remap = remaps[p]!;
          const n = c.size;
          const length = from.length;
          for (let k = 0; k < length; k++) run[runAt + k] = remap[from[k]!]!;
          for (let i = 1; i <= n; i++) start[at + i] = runAt + fromStart[i]!;
          at += n;
          runAt += length;
        }
        out[col.name] = run;
        out[col.start] = start;
      }
    }
  }
  return out as LessonColumns;
}

/**
 * The lessons at `slots`, in that order, with only the values they use (codes are given out as
 * they are met).
 */
export function pickColumns(
  c: LessonColumns,
  slots: ArrayLike<number>,
): LessonColumns {
  const n = slots.length;
  const values = [""];
  const remap = new Uint32Array(c.values.length); // 0: not met yet (code 0 stays 0)
  const to = (code: number) => {
    if (code === 0) return 0;
    let mapped = remap[code]!;
    if (!mapped) {
      mapped = remap[code] = values.length;
      values.push(c.values[code]!);
    }
    return mapped;
  };
  const out: Record<string, unknown> = { size: n, values };
  for (const col of COLUMNS) {
    switch (col.kind) {
      case "string": {
        const from = stringsIn(c, col.name);
        out[col.name] = Array.from({ length: n }, (_, k) => from[slots[k]!]!);
        break;
      }
      case "number":
      case "bits": {
        const from = numbersIn(c, col.name);
        const picked = new col.array(n);
        for (let k = 0; k < n; k++) picked[k] = from[slots[k]!]!;
        out[col.name] = picked;
        break;
      }
      case "coded": {
        const from = numbersIn(c, col.name);
        const picked = new Uint32Array(n);
        for (let k = 0; k < n; k++) picked[k] = to(from[slots[k]!]!);
        out[col.name] = picked;
        break;
      }
      case "run": {
        const from = numbersIn(c, col.name);
        const fromStart = numbersIn(c, col.start);
        const start = new Uint32Array(n + 1);
        for (let k = 0; k < n; k++) {
          const i = slots[k]!;
          start[k + 1] = start[k]! + fromStart[i + 1]! - fromStart[i]!;
        }
        const run = new Uint32Array(start[n]!);
        for (let k = 0; k < n; k++) {
          const i = slots[k]!;
          let at = start[k]!;
          for (let r = fromStart[i]!; r < fromStart[i + 1]!; r++)
            run[at++] = to(from[r]!);
        }
        out[col.name] = run;
        out[col.start] = start;
      }
    }
  }
  return out as LessonColumns;
}

/**
 * The columns with some lessons replaced: each id in `changes` leaves, and comes back with its
 * new summary unless that is null (a deleted lesson). Untouched lessons keep their order; values
 * no lesson uses any more are dropped.
 */
export function withChanges(
  c: LessonColumns | undefined,
  changes: ReadonlyMap<string, LessonSummary | null>,
): LessonColumns {
  const added = packSummaries(
    [...changes.values()].filter((s): s is LessonSummary => s !== null),
  );
  if (!c) return added;
  const kept: number[] = [];
  for (let i = 0; i < c.size; i++)
    if (!changes.has(c.lessonId[i]!)) kept.push(i);
  return concatColumns([pickColumns(c, kept), added]);
}
