import {
  parseFrameworkFile,
  type FrameworkFile,
} from "../../src/domain/framework/schema";
import type { FrameworkItemRecord } from "../../src/domain/framework/types";
import { readCurriculaFiles } from "./curricula";

/** A shipped framework file, validated, as a fresh copy a test may change. */
export function shippedFramework(id: string): FrameworkFile {
  const found = readCurriculaFiles().find((f) => f.file === `${id}.json`);
  if (!found) throw new Error(`curricula/${id}.json is missing`);
  return parseFrameworkFile(found.file, structuredClone(found.raw));
}

/** The items of a shipped framework as the database stores them. */
export function shippedItems(id: string): FrameworkItemRecord[] {
  return shippedFramework(id).items.map((item, position) => ({
    ...item,
    frameworkId: id,
    position,
  }));
}

export const BLUEPRINT = "hk-edb-digital-education-blueprint";
export const AI_LITERACY = "hk-edb-ai-literacy-framework";
