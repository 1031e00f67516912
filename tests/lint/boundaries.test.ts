import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The layout rules are only real while the linter reports a breach. These probes are small files
// written where a breach would be, linted with the project's own config, then removed.
const ROOT = join(import.meta.dirname, "../..");
const TAG = `__lint_probe_${process.pid}__`;

interface Probe {
  file: string;
  imports: string;
  rule:
    | "import-x/no-restricted-paths"
    | "import-x/no-cycle"
    | "no-restricted-imports"
    | null;
  why: string;
}

const PROBES: Probe[] = [
  {
    why: "src/domain importing src/db",
    file: `src/domain/${TAG}.ts`,
    imports: `import { DATABASE_NAME } from "../db/schema";\nexport const x = DATABASE_NAME;`,
    rule: "import-x/no-restricted-paths",
  },
  {
    why: "src/domain importing the services",
    file: `src/domain/${TAG}s.ts`,
    imports: `import { createServices } from "../services/services";\nexport const x = createServices;`,
    rule: "import-x/no-restricted-paths",
  },
  {
    why: "a feature importing another feature's mutations",
    file: `src/features/lessons/${TAG}.ts`,
    imports: `import { useCoverageWrites } from "../coverage/mutations";\nexport const x = useCoverageWrites;`,
    rule: "import-x/no-restricted-paths",
  },
  {
    why: "a component importing src/db",
    file: `src/features/lessons/components/${TAG}.ts`,
    imports: `import { DATABASE_NAME } from "../../../db/schema";\nexport const x = DATABASE_NAME;`,
    rule: "import-x/no-restricted-paths",
  },
  {
    why: "src/app importing src/db",
    file: `src/app/${TAG}.ts`,
    imports: `import { DATABASE_NAME } from "../db/schema";\nexport const x = DATABASE_NAME;`,
    rule: "import-x/no-restricted-paths",
  },
  {
    why: "src/lib importing src/db",
    file: `src/lib/${TAG}.ts`,
    imports: `import { DATABASE_NAME } from "../db/schema";\nexport const x = DATABASE_NAME;`,
    rule: "import-x/no-restricted-paths",
  },
  {
    why: "src/lib importing a feature",
    file: `src/lib/${TAG}f.ts`,
    imports: `import { useLessonWrites } from "../features/lessons/mutations";\nexport const x = useLessonWrites;`,
    rule: "import-x/no-restricted-paths",
  },
  {
    why: "src/components importing src/db",
    file: `src/components/${TAG}.ts`,
    imports: `import { DATABASE_NAME } from "../db/schema";\nexport const x = DATABASE_NAME;`,
    rule: "import-x/no-restricted-paths",
  },
  {
    why: "src/components importing a feature",
    file: `src/components/${TAG}f.ts`,
    imports: `import { useLessonWrites } from "../features/lessons/mutations";\nexport const x = useLessonWrites;`,
    rule: "import-x/no-restricted-paths",
  },
  {
    why: "src/db importing a feature",
    file: `src/db/${TAG}.ts`,
    imports: `import { useLessonWrites } from "../features/lessons/mutations";\nexport const x = useLessonWrites;`,
    rule: "import-x/no-restricted-paths",
  },
  {
    why: "src/domain importing React",
    file: `src/domain/${TAG}r.ts`,
    imports: `import { useState } from "react";\nexport const x = useState;`,
    rule: "no-restricted-imports",
  },
  {
    why: "a migration importing live code",
    file: `src/db/migrations/${TAG}.ts`,
    imports: `import { booksOf } from "../receiptBooks";\nexport const x = booksOf;`,
    rule: "no-restricted-imports",
  },
  {
    why: "two modules importing each other",
    file: `src/lib/${TAG}a.ts`,
    imports: `import { b } from "./${TAG}b";\nexport const a = () => b;`,
    rule: "import-x/no-cycle",
  },
  {
    why: "(allowed) a feature's queries reading the services",
    file: `src/features/lessons/${TAG}ok.ts`,
    imports: `import { useServices } from "../../services/ServicesProvider";\nexport const x = useServices;`,
    rule: null,
  },
  {
    why: "(allowed) a component using its own feature's writes",
    file: `src/features/lessons/components/${TAG}ok.ts`,
    imports: `import { useLessonWrites } from "../mutations";\nexport const x = useLessonWrites;`,
    rule: null,
  },
];

const EXTRA_FILES = [
  {
    file: `src/lib/${TAG}b.ts`,
    text: `import { a } from "./${TAG}a";\nexport const b = () => a;\n`,
  },
];

const written = [
  ...PROBES.map((p) => ({ file: p.file, text: `${p.imports}\n` })),
  ...EXTRA_FILES,
];

beforeAll(() => {
  for (const { file, text } of written) {
    mkdirSync(dirname(join(ROOT, file)), { recursive: true });
    writeFileSync(join(ROOT, file), text);
  }
});
afterAll(() => {
  for (const { file } of written) rmSync(join(ROOT, file), { force: true });
});

describe("the layout rules fail the lint", () => {
  const eslint = new ESLint({
    cwd: ROOT,
    ruleFilter: ({ ruleId }) =>
      ruleId.startsWith("import-x/") || ruleId === "no-restricted-imports",
  });

  it.each(PROBES)(
    "$why",
    async ({ file, rule }) => {
      const [result] = await eslint.lintFiles([join(ROOT, file)]);
      const reported = (result?.messages ?? []).map((m) => m.ruleId);
      if (rule) expect(reported).toContain(rule);
      else expect(reported).toEqual([]);
    },
    120_000,
  );
});
