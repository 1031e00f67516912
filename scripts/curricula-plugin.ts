import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { parseFrameworkFile } from "../src/domain/framework/schema.ts";

const VIRTUAL_ID = "virtual:curricula";
const RESOLVED_ID = "\0" + VIRTUAL_ID;

/**
 * Provides `virtual:curricula`: the id and version of every file in `curricula/`, known at build
 * time, and a loader for each. The app can then tell at start-up, without reading any framework
 * file, whether the device already holds the current versions.
 *
 * Every file is validated here with the same zod schema the tests use, so a malformed framework
 * file fails the build (naming the file and the item) and never ships. That is why the app itself
 * does not carry the validator on first load. In the browser the files are plain JSON assets
 * (fetched, and precached by the service worker); under Vitest they are imported directly.
 */
export function curriculaPlugin(dir: string): Plugin {
  let inTests = false;
  return {
    name: "blueprint-planner-curricula",
    configResolved(config) {
      inTests = config.mode === "test";
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort();
      const imports: string[] = [];
      const entries = files.map((file, index) => {
        const path = join(dir, file);
        this.addWatchFile(path);
        const { framework } = parseFrameworkFile(
          `curricula/${file}`,
          JSON.parse(readFileSync(path, "utf8")),
        );
        const spec = JSON.stringify(`/curricula/${file}`);
        let load: string;
        if (inTests) {
          load = `() => import(${spec}).then((m) => m.default)`;
        } else {
          imports.push(
            `import url${index} from ${JSON.stringify(`/curricula/${file}?url`)};`,
          );
          load = `() => fetchJson(url${index})`;
        }
        return `{ file: ${JSON.stringify(file)}, id: ${JSON.stringify(framework.id)}, version: ${JSON.stringify(framework.version)}, load: ${load} }`;
      });
      return [
        ...imports,
        `async function fetchJson(url) {`,
        `  const response = await fetch(url);`,
        `  if (!response.ok) throw new Error("Could not load " + url + ": " + response.status);`,
        `  return response.json();`,
        `}`,
        `export const curricula = [\n${entries.join(",\n")}\n];`,
      ].join("\n");
    },
  };
}
