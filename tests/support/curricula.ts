import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const CURRICULA_DIR = join(import.meta.dirname, "../../curricula");

/** Every file shipped in curricula/, parsed as plain JSON (not yet validated). */
export function readCurriculaFiles(): { file: string; raw: unknown }[] {
  return readdirSync(CURRICULA_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({
      file,
      raw: JSON.parse(
        readFileSync(join(CURRICULA_DIR, file), "utf8"),
      ) as unknown,
    }));
}
