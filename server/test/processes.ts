import { spawn, spawnSync } from "node:child_process";
import { resolve } from "node:path";

// The school server and its admin CLI as a school runs them: separate Node processes, started
// with the package's own commands' entry points and configured by environment variables.

const ROOT = resolve(import.meta.dirname, "../..");
const NODE_ARGS = ["--disable-warning=ExperimentalWarning", "--import", "tsx"];

export function admin(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [...NODE_ARGS, "server/src/cli.ts", ...args],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: "utf8",
    },
  );
  return { status: result.status, out: result.stdout, err: result.stderr };
}

export interface ServerProcess {
  /** The server process's id (for reading its memory). */
  pid: number;
  url: string;
  httpUrl: string;
  stop(): Promise<void>;
}

/** Starts `server/src/main.ts` and resolves once it says where it listens. */
export async function serverProcess(
  env: Record<string, string>,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...NODE_ARGS, "server/src/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((done, fail) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /listening on (ws:\/\/\S+)/.exec(output);
      if (found) done(found[1]!);
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) =>
      fail(new Error(`server exited (${code}): ${output}`)),
    );
  });
  child.removeAllListeners("exit");
  return {
    pid: child.pid!,
    url,
    httpUrl: url.replace(/^ws/, "http"),
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}
