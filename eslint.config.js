// @ts-check
import { readdirSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import i18next from "eslint-plugin-i18next";
import importX from "eslint-plugin-import-x";
import globals from "globals";

const features = readdirSync("src/features", { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

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
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Every visible string goes through i18n (English and Traditional Chinese).
      "i18next/no-literal-string": ["error", { mode: "jsx-text-only" }],
      // The layout in docs/architecture.md: domain is pure; features do not import each other.
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./src/domain",
              from: [
                "./src/app",
                "./src/features",
                "./src/db",
                "./src/i18n",
                "./src/components",
                "./src/lib",
              ],
              message:
                "src/domain is pure TypeScript: no app, React, storage or i18n code.",
            },
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: "./src/features",
              except: [`./${feature}`],
              message:
                "Features do not import each other; compose them in src/app.",
            })),
            {
              target: [
                "./src/features/*/components",
                "./src/app",
                "./src/components",
              ],
              from: "./src/db",
              message:
                "Components read and write through their feature's queries.ts / mutations.ts.",
            },
          ],
        },
      ],
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
