import {
  array,
  boolean,
  discriminatedUnion,
  enum as enumOf,
  iso,
  literal,
  number,
  strictObject,
  string,
  tuple,
  union,
} from "zod";
import type { Zod } from "../records";

/** The zod parts the records' schemas are built from (see src/domain/records.ts). */
export const zodParts: Zod = {
  array,
  boolean,
  discriminatedUnion,
  enum: enumOf,
  iso: { date: iso.date },
  literal,
  number,
  strictObject,
  string,
  tuple,
  union,
};
