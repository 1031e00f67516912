import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

// A throwaway PostgreSQL cluster for the tests: Debian's PostgreSQL 15, run as the postgres
// user (it refuses root), on a free port on 127.0.0.1 only, stopped and removed afterwards.

const BIN = "/usr/lib/postgresql/15/bin";

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

export interface ThrowawayPostgres {
  url: string;
  stop(): void;
}

const asPostgres = (command: string, args: string[]) => {
  const root = process.getuid?.() === 0;
  const result = spawnSync(
    root ? "runuser" : command,
    root ? ["-u", "postgres", "--", command, ...args] : args,
    { encoding: "utf8" },
  );
  if (result.status !== 0)
    throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
};

export async function startPostgres(): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(join(tmpdir(), "school-pg-"));
  chmodSync(dir, 0o777);
  if (process.getuid?.() === 0)
    execFileSync("chown", ["postgres:postgres", dir]);
  const data = join(dir, "data");
  const port = await freePort();
  asPostgres(join(BIN, "initdb"), [
    "-D",
    data,
    "-U",
    "postgres",
    "--auth=trust",
    "-E",
    "UTF8",
  ]);
  asPostgres(join(BIN, "pg_ctl"), [
    "-D",
    data,
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
    // The server's output to a file: left on a pipe, it would hold this call open.
    "-l",
    join(dir, "log"),
    "-w",
    "-t",
    "120",
    "start",
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      asPostgres(join(BIN, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
