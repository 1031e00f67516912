import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { openAccounts } from "./accounts";
import { openStore, readEnvironment, serverOptions } from "./config";
import { newPassphrase } from "./passphrase";
import { runServerProcess } from "./process";
import { startSchoolServer } from "./server";

// `npm start`'s school server: the embedded default (an SQLite file in DATA_DIR, on 127.0.0.1
// only), with a demonstration school so a newcomer can sign in at once: two teachers and a head,
// whose passphrases are made on the first start, kept in DATA_DIR and shown at every start.
// A school's real server is `npm run school-server`, which makes no accounts of its own.

const DEMO_SCHOOL = "demo";
const PEOPLE = [
  { name: "Teacher A", role: "teacher" },
  { name: "Teacher B", role: "teacher" },
  { name: "Head", role: "head" },
] as const;

const saved = z.array(
  z.object({ name: z.string(), role: z.string(), passphrase: z.string() }),
);

async function main() {
  const config = readEnvironment(process.env);
  if (config.DATABASE_URL)
    throw new Error(
      "npm start runs the embedded demonstration server; use npm run school-server with DATABASE_URL",
    );
  const { store, where } = await openStore(config);
  const file = join(resolve(config.DATA_DIR), "demo-accounts.json");
  const accounts = await openAccounts(store);
  let people = existsSync(file)
    ? saved.parse(JSON.parse(readFileSync(file, "utf8")))
    : null;
  if (!(await accounts.school(DEMO_SCHOOL))) {
    await accounts.createSchool(DEMO_SCHOOL, "Demonstration School 示範學校");
    people = null;
  }
  if (!people) {
    people = [];
    const there = new Set(
      (await accounts.people(DEMO_SCHOOL)).map((p) => p.name),
    );
    for (const p of PEOPLE) {
      const passphrase = newPassphrase();
      if (there.has(p.name))
        await accounts.resetPassphrase(DEMO_SCHOOL, p.name, passphrase);
      else await accounts.addPerson({ school: DEMO_SCHOOL, ...p, passphrase });
      people.push({ ...p, passphrase });
    }
    writeFileSync(file, JSON.stringify(people, null, 2), { mode: 0o600 });
  }
  const server = await startSchoolServer(serverOptions(config, store));
  console.log(
    [
      `School server (demonstration) at ${server.httpUrl} (data: ${where})`,
      `Sign in from Settings → School server: address ${server.httpUrl}, school code "${DEMO_SCHOOL}"`,
      ...people.map((p) => `  ${p.name} (${p.role}): ${p.passphrase}`),
    ].join("\n"),
  );
  return { server, store };
}

runServerProcess(main);
