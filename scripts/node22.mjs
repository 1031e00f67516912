// Runs an npm script on Node.js 22 LTS. Node 20 reached end of life on 2026-04-30; where this
// machine's Node is older than 22, Node 22 comes from the npm registry's `node@22` package (it
// ships the binary), installed once into the user's cache and put first on PATH.
// Plain JavaScript, so it runs on the old Node too: `node scripts/node22.mjs <script> [args]`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error("usage: node scripts/node22.mjs <npm script> [args…]");
  process.exit(2);
}

const run = (command, commandArgs, env) =>
  spawnSync(command, commandArgs, { stdio: "inherit", env }).status ?? 1;

let env = process.env;
if (Number(process.versions.node.split(".")[0]) < 22) {
  const cache = process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache");
  const dir = join(cache, "blueprint-planner", "node22");
  const bin = join(dir, "node_modules", ".bin");
  if (!existsSync(join(bin, "node"))) {
    console.log(
      `Node ${process.versions.node} is too old: installing Node 22 into ${dir}`,
    );
    const installArgs = ["install", "--prefix", dir, "--no-audit", "--no-fund"];
    if (run("npm", [...installArgs, "node@22"], env) !== 0) process.exit(1);
  }
  env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ""}` };
}

process.exit(
  run("npm", ["run", script, ...(args.length ? ["--", ...args] : [])], env),
);
