import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dumpDatabase } from "../../tests/support/dump";
import { known } from "../../tests/support/backup";
import { testResources } from "../../tests/support/i18n";
import { db } from "../../tests/support/services";
import {
  CORPUS,
  fileOf,
  manifestOf,
  NEVER_SHOWN,
  type HostileCase,
} from "../../tests/fixtures/hostile/corpus";
import { fileProblemText } from "../components/useFileProblemText";
import { readBackup } from "../domain/backup/backup";
import type { EnvelopeResult, KnownItems } from "../domain/backup/envelope";
import { readShareFile } from "../domain/share/read";
import { createI18n } from "../i18n";
import { senderOf } from "../domain/share/share";
import { EXCERPT_LENGTH } from "../domain/backup/problems";
import { printableText } from "../domain/printableText";
import { fileText } from "../lib/fileText";
import { restoreBackup } from "./backup";
import { ensureCurricula } from "./curricula";
import { applyShareImport, planShareImport } from "./share";

// The hostile-file corpus of issue 13 (tests/fixtures/hostile): each file through the real
// reader, its refusal in both languages as the screens word it, and each file the app accepts
// restored or imported, to see what it does to the database.

const DIR = join(import.meta.dirname, "../../tests/fixtures/hostile");
const onDisk = CORPUS.filter((c) => !c.atTestTime);

/** The file's bytes as the app gets them: from disk, or made now if too big to keep. */
async function textOf(c: HostileCase): Promise<string> {
  const bytes = c.atTestTime
    ? await c.bytes()
    : readFileSync(join(DIR, fileOf(c)));
  return fileText(new Blob([bytes]));
}

function read(c: HostileCase, text: string, items: KnownItems) {
  return (c.kind === "share" ? readShareFile : readBackup)(
    text,
    items,
  ) as Promise<EnvelopeResult<{ lessons: unknown[] }>>;
}

/** A device with the official frameworks and a teacher's work (a version 2 backup restored). */
async function seededDevice() {
  await ensureCurricula(db());
  const seed = await readBackup(
    readFileSync(join(DIR, "../backup/v2.json"), "utf8"),
    await known(),
  );
  if (!seed.ok) throw new Error(seed.problem.code);
  await restoreBackup(db(), seed.file, "replace");
}

const languages = ["en", "zh-HK"] as const;
const translators = languages.map((language) =>
  createI18n({ language, resources: testResources }).getFixedT(language),
);

describe("the committed corpus", () => {
  it("is what the generator writes (npx tsx tests/fixtures/hostile/make.ts)", async () => {
    for (const c of onDisk)
      expect(
        Buffer.from(await c.bytes()).equals(readFileSync(join(DIR, fileOf(c)))),
        fileOf(c),
      ).toBe(true);
    const kept = ["share", "backup"].flatMap((kind) =>
      readdirSync(join(DIR, kind)).map((f) => `${kind}/${f}`),
    );
    expect(kept.sort()).toEqual(onDisk.map(fileOf).sort());
    expect(
      JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8")),
    ).toEqual(JSON.parse(JSON.stringify(manifestOf(CORPUS))));
  });

  it("stays small enough to keep", () => {
    const bytes = onDisk.reduce(
      (sum, c) => sum + readFileSync(join(DIR, fileOf(c))).length,
      0,
    );
    expect(bytes).toBeLessThan(3 * 1024 * 1024);
  });
});

describe("every hostile file through its reader", () => {
  for (const c of CORPUS) {
    const check = c.gap ? it.fails : it;
    // A gap (see the case): the reader accepts what it should refuse, until that check is built.
    check(`${c.name}: ${c.attacks}`, async () => {
      await ensureCurricula(db());
      const result = await read(c, await textOf(c), await known());
      if (c.gap) {
        expect(result.ok).toBe(false);
        return;
      }
      if (c.expected.outcome === "accepted") {
        if (!result.ok) throw new Error(`refused: ${result.problem.code}`);
        expect(result.file.data.lessons).toHaveLength(c.expected.lessons);
        return;
      }
      if (result.ok) throw new Error("accepted");
      // The file's own words, if any, go only to the quoted preview: short, one printable line.
      const { excerpt, ...problem } = result.problem as { excerpt?: string };
      expect(problem).toEqual(c.expected.problem);
      if (excerpt !== undefined) {
        expect([...excerpt].length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
        expect(excerpt).toBe(printableText(excerpt).replace(/\s+/g, " "));
      }
      for (const t of translators) {
        const message = fileProblemText(
          t,
          c.kind === "share"
            ? "coverage:import.problem"
            : "files:backup.problem",
          result.problem,
        );
        // A sentence of the app's, whole: no key left untranslated, no gap left unfilled.
        expect(message).not.toMatch(/problem\.|filePlace\.|\{\{/);
        for (const s of NEVER_SHOWN) expect(message).not.toContain(s);
      }
      expect(Object.prototype).not.toHaveProperty("polluted");
    });
  }
});

describe("what the accepted files do", () => {
  const accepted = CORPUS.flatMap((c) =>
    c.expected.outcome === "accepted" ? [{ ...c, expected: c.expected }] : [],
  );

  for (const c of accepted.filter((c) => c.kind === "backup")) {
    const does =
      c.expected.restore === "nothing"
        ? "changes nothing"
        : "adds the school's framework, and nothing else";
    it(`${c.name}: restoring it (Merge) ${does}`, async () => {
      await seededDevice();
      const before = await dumpDatabase(db());
      const result = await readBackup(await textOf(c), await known());
      if (!result.ok) throw new Error(result.problem.code);
      await restoreBackup(db(), result.file, "merge");
      const after = await dumpDatabase(db());
      if (c.expected.restore === "nothing") {
        expect(after).toEqual(before);
        return;
      }
      // The school's own framework is added; nothing else changes.
      const added = result.file.data.frameworks.map((f) => f.framework.id);
      expect(after.frameworks!.map((f) => (f as { id: string }).id)).toEqual(
        [
          ...before.frameworks!.map((f) => (f as { id: string }).id),
          ...added,
        ].sort(),
      );
      expect(
        after.frameworkItems!.filter(
          (i) => !added.includes((i as { frameworkId: string }).frameworkId),
        ),
      ).toEqual(before.frameworkItems);
      expect({ ...after, frameworks: [], frameworkItems: [] }).toEqual({
        ...before,
        frameworks: [],
        frameworkItems: [],
      });
    });
  }

  for (const c of accepted.filter((c) => c.kind === "share")) {
    it(`${c.name}: importing it adds its lessons and pollutes nothing`, async () => {
      await seededDevice();
      const result = await readShareFile(await textOf(c), await known());
      if (!result.ok) throw new Error(result.problem.code);
      const { teacher, lessons } = result.file.data;
      const steps = await planShareImport(
        db(),
        lessons.map((lesson) => ({
          lesson,
          sender: senderOf(result.file.data),
        })),
      );
      const counts = await applyShareImport(db(), steps, {
        resolutions: new Map(),
        allowed: new Set(),
      });
      expect(counts.added).toBe(c.expected.lessons);
      expect(await db().receipts.get(teacher)).toMatchObject({ from: teacher });
      expect(Object.prototype).not.toHaveProperty("polluted");
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain(
        "lessonId",
      );
    });
  }
});
