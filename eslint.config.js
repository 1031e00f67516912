// @ts-check
import { readdirSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import i18next from "eslint-plugin-i18next";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import globals from "globals";

const features = readdirSync("src/features", { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const DOMAIN_MESSAGE =
  "src/domain is pure TypeScript: no app, React, storage, services or i18n code.";
const STORAGE_MESSAGE =
  "Only src/db, src/services and features' queries.ts / mutations.ts touch the database.";

/** Who may import whom (see docs/architecture.md). Paths are resolved files. */
const LAYOUT_ZONES = [
  {
    target: "./src/domain",
    from: [
      "./src/app",
      "./src/features",
      "./src/db",
      "./src/services",
      "./src/i18n",
      "./src/components",
      "./src/lib",
    ],
    message: DOMAIN_MESSAGE,
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: "./src/features",
    except: [`./${feature}`],
    message: "Features do not import each other; compose them in src/app.",
  })),
  {
    target: ["./src/features/*/components/**", "./src/app"],
    from: "./src/db",
    message: STORAGE_MESSAGE,
  },
  {
    target: ["./src/lib", "./src/components"],
    from: ["./src/db", "./src/services", "./src/features", "./src/app"],
    message:
      "src/lib and src/components are shared pieces: no storage, services, features or app code.",
  },
  {
    target: ["./src/db", "./src/services"],
    from: ["./src/features", "./src/app", "./src/components"],
    message: "Storage and services know nothing of screens.",
  },
];

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dev-dist",
      "coverage",
      "node_modules",
      "public",
      "test-results",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      // Leaving fields out of a copy by destructuring them away is the idiom, not a mistake.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { ignoreRestSiblings: true },
      ],
    },
  },
  { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: {
      "react-hooks": reactHooks,
      "jsx-a11y": jsxA11y,
      i18next,
      "import-x": importX,
    },
    settings: {
      // Without these, import-x parses only .js files: no-cycle would follow no TypeScript import.
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [
        createTypeScriptImportResolver({
          project: "./tsconfig.test.json",
          alwaysTryTypes: true,
        }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Every visible string goes through i18n (English and Traditional Chinese).
      "i18next/no-literal-string": ["error", { mode: "jsx-text-only" }],
      // The layout in docs/architecture.md, checked on resolved files (the TypeScript resolver
      // below): without it the zones match nothing. tests/lint/boundaries.test.ts proves each.
      "import-x/no-restricted-paths": ["error", { zones: LAYOUT_ZONES }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "react",
            "react-*",
            "@mui/*",
            "dexie",
            "dexie-*",
            "i18next",
            "react-i18next",
          ],
        },
      ],
    },
  },
  {
    // A shipped migration is frozen: it keeps its own copies of the records it moves.
    files: ["src/db/migrations/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!\\./[^/]+$)",
              message:
                "A migration imports no live code (copy the record types it needs): it must not change when the app does.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/**/*.test.{ts,tsx}", "tests/**/*.{ts,tsx}"],
    rules: {
      "i18next/no-literal-string": "off",
      "import-x/no-restricted-paths": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);
