import { randomUUID } from "node:crypto";
import { z } from "zod";
import {
  decoyHash,
  hashPassphrase,
  PASSPHRASE_MIN_LENGTH,
  passphraseMatches,
} from "./passphrase";
import type { SchoolStore } from "./store";

// The school server's accounts: schools, and the people of each (teachers and heads), in the
// same database as the documents. Names are matched as a person types them, ignoring case,
// width and spaces around; each school's names are unique that way.

export type Role = "teacher" | "head";

export interface Person {
  id: string;
  school: string;
  name: string;
  role: Role;
  /** Rises on every passphrase reset and revocation: tokens of an older generation stop working. */
  generation: number;
  revoked: boolean;
}

/** A school's code: letters, digits and hyphens (an EDB school number fits). */
export const schoolCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/);
export const personName = z.string().trim().min(1).max(80);
export const passphrase = z.string().min(PASSPHRASE_MIN_LENGTH).max(200);

export const nameKey = (name: string) =>
  name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();

const SCHEMA = [
  "CREATE TABLE IF NOT EXISTS schools (code TEXT PRIMARY KEY, name TEXT NOT NULL)",
  `CREATE TABLE IF NOT EXISTS people (
     id TEXT PRIMARY KEY, school TEXT NOT NULL REFERENCES schools (code), name TEXT NOT NULL,
     name_key TEXT NOT NULL, role TEXT NOT NULL, hash TEXT NOT NULL,
     generation INTEGER NOT NULL DEFAULT 0, revoked INTEGER NOT NULL DEFAULT 0,
     UNIQUE (school, name_key))`,
  "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
];

const personRow = z
  .object({
    id: z.string(),
    school: z.string(),
    name: z.string(),
    role: z.enum(["teacher", "head"]),
    generation: z.coerce.number(),
    revoked: z.coerce.number(),
  })
  .transform((row): Person => ({ ...row, revoked: row.revoked !== 0 }));

const PERSON_COLUMNS = "id, school, name, role, generation, revoked";

/** Why an admin command could not be carried out, in words for the person running it. */
export class AccountError extends Error {}

export async function openAccounts(store: SchoolStore) {
  for (const statement of SCHEMA) await store.sql(statement);
  let decoy: Promise<string> | undefined;

  const findByName = async (school: string, name: string) => {
    const rows = await store.sql(
      `SELECT ${PERSON_COLUMNS}, hash FROM people WHERE school = ? AND name_key = ?`,
      [school, nameKey(name)],
    );
    const row = rows[0];
    return row
      ? { person: personRow.parse(row), hash: String(row.hash) }
      : null;
  };

  const school = async (code: string) => {
    const rows = await store.sql(
      "SELECT code, name FROM schools WHERE code = ?",
      [code],
    );
    const row = rows[0];
    return row ? { code: String(row.code), name: String(row.name) } : null;
  };

  const requirePerson = async (code: string, name: string) => {
    const found = await findByName(schoolCode.parse(code), name);
    if (!found) throw new AccountError(`No one called "${name}" at ${code}.`);
    return found.person;
  };

  return {
    school,

    async createSchool(code: string, name: string) {
      const parsed = schoolCode.safeParse(code);
      if (!parsed.success)
        throw new AccountError(
          "A school code is 2–40 letters, digits or hyphens, starting with a letter or digit.",
        );
      if (await school(parsed.data))
        throw new AccountError(`There is already a school ${parsed.data}.`);
      await store.sql("INSERT INTO schools (code, name) VALUES (?, ?)", [
        parsed.data,
        personName.parse(name),
      ]);
      return parsed.data;
    },

    async addPerson(input: {
      school: string;
      name: string;
      role: Role;
      passphrase: string;
    }): Promise<Person> {
      const code = schoolCode.parse(input.school);
      if (!(await school(code))) throw new AccountError(`No school ${code}.`);
      if (!passphrase.safeParse(input.passphrase).success)
        throw new AccountError(
          `A passphrase has at least ${PASSPHRASE_MIN_LENGTH} characters.`,
        );
      const name = personName.parse(input.name);
      if (await findByName(code, name))
        throw new AccountError(`${code} already has someone called "${name}".`);
      const id = randomUUID();
      await store.sql(
        "INSERT INTO people (id, school, name, name_key, role, hash) VALUES (?, ?, ?, ?, ?, ?)",
        [
          id,
          code,
          name,
          nameKey(name),
          input.role,
          await hashPassphrase(input.passphrase),
        ],
      );
      return {
        id,
        school: code,
        name,
        role: input.role,
        generation: 0,
        revoked: false,
      };
    },

    /** A new passphrase; the person's devices must sign in again. Also lifts a revocation. */
    async resetPassphrase(code: string, name: string, newPassphrase: string) {
      const person = await requirePerson(code, name);
      if (!passphrase.safeParse(newPassphrase).success)
        throw new AccountError(
          `A passphrase has at least ${PASSPHRASE_MIN_LENGTH} characters.`,
        );
      await store.sql(
        "UPDATE people SET hash = ?, generation = generation + 1, revoked = 0 WHERE id = ?",
        [await hashPassphrase(newPassphrase), person.id],
      );
      return person;
    },

    /** Ends every session of the person now and refuses them until a passphrase reset. */
    async revoke(code: string, name: string) {
      const person = await requirePerson(code, name);
      await store.sql(
        "UPDATE people SET revoked = 1, generation = generation + 1 WHERE id = ?",
        [person.id],
      );
      return person;
    },

    async people(code: string): Promise<Person[]> {
      const rows = await store.sql(
        `SELECT ${PERSON_COLUMNS} FROM people WHERE school = ? ORDER BY name_key`,
        [code.trim().toLowerCase()],
      );
      return rows.map((row) => personRow.parse(row));
    },

    async byIds(ids: readonly string[]): Promise<Person[]> {
      if (ids.length === 0) return [];
      const rows = await store.sql(
        `SELECT ${PERSON_COLUMNS} FROM people WHERE id IN (${ids.map(() => "?").join(", ")})`,
        ids,
      );
      return rows.map((row) => personRow.parse(row));
    },

    /**
     * The person these words sign in, or null. Every refusal (no such school, no such name, a
     * wrong passphrase, revoked) costs one scrypt, so timing does not tell them apart.
     */
    async verify(
      code: string,
      name: string,
      given: string,
    ): Promise<Person | null> {
      const found = await findByName(code, name);
      if (!found) {
        await passphraseMatches(given, await (decoy ??= decoyHash()));
        return null;
      }
      const matches = await passphraseMatches(given, found.hash);
      return matches && !found.person.revoked ? found.person : null;
    },

    /** A value kept in the database, made once by `make` if absent (the first process wins). */
    async setting(key: string, make: () => string): Promise<string> {
      await store.sql(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
        [key, make()],
      );
      const rows = await store.sql("SELECT value FROM settings WHERE key = ?", [
        key,
      ]);
      return String(rows[0]?.value);
    },
  };
}

export type Accounts = Awaited<ReturnType<typeof openAccounts>>;
