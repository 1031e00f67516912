import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

const ROOT = join(import.meta.dirname, "../../..");
const PORT = Number(process.env.E2E_PORT ?? 4317);

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves the built app with `vite preview` (as a teacher's browser would get it) for the journeys. */
export default async function setup(project: TestProject) {
  if (!existsSync(join(ROOT, "dist/index.html"))) {
    throw new Error(
      "No build to test: run `npm run build` first (npm test does).",
    );
  }
  const server: ChildProcess = spawn(
    process.execPath,
    [
      join(ROOT, "node_modules/vite/bin/vite.js"),
      "preview",
      "--port",
      String(PORT),
      "--strictPort",
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  server.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  server.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const baseURL = `http://localhost:${PORT}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(baseURL)).ok) break;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null || Date.now() > deadline) {
      server.kill();
      throw new Error(`vite preview did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  project.provide("baseURL", baseURL);
  return () => {
    server.kill();
  };
}
