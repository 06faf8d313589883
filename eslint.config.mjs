import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(["node_modules/**", ".next*/**", ".data*/**", "db/migrations/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    plugins: { drizzle },
    rules: {
      // An UPDATE or DELETE without WHERE would touch every row.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Layers point one way: app → components → server → db → lib (CONVENTIONS.md).
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db", "@/db/*", "@/server", "@/server/*", "@/app/*", "@/components/*", "next", "next/*", "next-auth", "next-auth/*", "next-intl/server", "server-only"],
              message: "lib/ holds pure rules: no database, request shell, framework or UI import (app → components → server → db → lib).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["db/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/server", "@/server/*", "@/app/*", "@/components/*", "next", "next/*", "next-auth", "next-auth/*"],
              message: "db/ is schema and queries: it builds on lib/ only.",
            },
          ],
        },
      ],
    },
  },
  // The seeds and scripts (db/seed, db/scripts) are entry points run by tsx, not part of the db layer the app
  // imports: like bench/, they may call the server/ use-cases (the demo's overdue proposals are the
  // use-case's). tools/architecture.test.ts checks no layer imports them.
  {
    files: ["db/seed/**/*.ts", "db/scripts/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "@/components/*", "next", "next/*", "next-auth", "next-auth/*"],
              message: "seeds and scripts build on server/, db/ and lib/, never on the app.",
            },
          ],
        },
      ],
    },
  },
  // A test stands outside the layers: a db/ integration test may set its data up through a server/ use-case
  // (generating pledges, say), never through the app or the framework.
  {
    files: ["db/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "@/components/*", "next", "next/*", "next-auth", "next-auth/*"],
              message: "db/ tests exercise queries (and the use-cases that set their data up), not the app.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["server/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/app/*"], message: "server/ never reaches up into app/." }] }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db", "@/db/*", "@/app/*"],
              allowTypeImports: true,
              message: "components render what they are given: types from db/ at most; data comes from pages through server/.",
            },
          ],
        },
      ],
    },
  },
]);
