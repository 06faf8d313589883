// `npm run bench`: the page benchmarks on the large organisation made by `npm run bench:seed`.
import { execFileSync } from "node:child_process";

for (const script of [
  "bench/coverage.ts",
  "bench/my-duties.ts",
  "bench/assessment-results.ts",
  "bench/report-data.ts",
  "bench/report-files.ts",
]) {
  execFileSync("npx", ["tsx", script, ...process.argv.slice(2)], { stdio: "inherit" });
}
