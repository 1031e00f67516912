import { parseArgs } from "node:util";
import { AccountError, openAccounts, type Accounts } from "./accounts";
import { openStore, readEnvironment } from "./config";
import { newPassphrase } from "./passphrase";

// `npm run school-admin -- <command>`: the school's accounts, on the same database as the
// server (the same environment variables). A new passphrase is made here and shown once.

const USAGE = `Usage: npm run school-admin -- <command>
  create-school <code> <name>         a school (code: letters, digits, hyphens)
  add-teacher <code> <name>           a teacher, with a new passphrase
  add-head <code> <name>              a head or coordinator, with a new passphrase
  reset-passphrase <code> <name>      a new passphrase; their devices sign in again
  revoke <code> <name>                ends their sessions now; a reset lets them back
  list <code>                         the school's people
Names with spaces go in quotes: add-teacher sppc "Chan Tai Man".`;

type Command = (accounts: Accounts, args: string[]) => Promise<string>;

const need = (args: string[], count: number) => {
  if (args.length !== count) throw new AccountError(USAGE);
  return args;
};

const addPerson =
  (role: "teacher" | "head"): Command =>
  async (accounts, args) => {
    const [school, name] = need(args, 2);
    const passphrase = newPassphrase();
    const person = await accounts.addPerson({
      school: school!,
      name: name!,
      role,
      passphrase,
    });
    return `Added ${person.name} (${role}) to ${person.school}.\nPassphrase: ${passphrase}\nGive it to them in person; it is not shown again.`;
  };

const COMMANDS: Record<string, Command> = {
  async "create-school"(accounts, args) {
    const [code, name] = need(args, 2);
    return `Created school ${await accounts.createSchool(code!, name!)}.`;
  },
  "add-teacher": addPerson("teacher"),
  "add-head": addPerson("head"),
  async "reset-passphrase"(accounts, args) {
    const [school, name] = need(args, 2);
    const passphrase = newPassphrase();
    const person = await accounts.resetPassphrase(school!, name!, passphrase);
    return `New passphrase for ${person.name}: ${passphrase}\nTheir devices sign in again with it.`;
  },
  async revoke(accounts, args) {
    const [school, name] = need(args, 2);
    const person = await accounts.revoke(school!, name!);
    return `${person.name} is signed out everywhere and cannot sign in until a passphrase reset.`;
  },
  async list(accounts, args) {
    const [school] = need(args, 1);
    const people = await accounts.people(school!);
    if (people.length === 0) return `No one at ${school} yet.`;
    return people
      .map((p) => `${p.name}\t${p.role}${p.revoked ? "\trevoked" : ""}`)
      .join("\n");
  },
};

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true, strict: true });
  const [name, ...args] = positionals;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.log(USAGE);
    process.exit(name ? 1 : 0);
  }
  const { store } = await openStore(readEnvironment(process.env));
  try {
    console.log(await command(await openAccounts(store), args));
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  // An admin's mistake is told plainly; anything else with its detail.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
