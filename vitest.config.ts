import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // server/ files start with `import "server-only"`, which throws outside a React server build: tests take
  // its empty module, as Next does for server code.
  resolve: { alias: { "@": path.resolve(__dirname), "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js") } },
  test: {
    include: ["{lib,server,db,app,components,bench,tools}/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
