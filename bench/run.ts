// `npm run bench`: the page benchmarks on the large organisation made by `npm run bench:seed`.
import { execFileSync } from "node:child_process";

for (const script of [
  "bench/coverage.ts",
  "bench/my-duties.ts",
  "bench/assessment-results.ts",
  "bench/report-data.ts",
  "bench/report-files.ts",
]) {
  // The benches call server/ use-cases, which import "server-only": its react-server build is the empty module.
  execFileSync("npx", ["tsx", "--conditions=react-server", script, ...process.argv.slice(2)], { stdio: "inherit" });
}
