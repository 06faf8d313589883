// postinstall: fixes a postgres.js 3.4.9 bug that turns a database restart into a crash and a hang
// (porsager/postgres#1154, #1208; fix as in PR #1209, not yet released). A small write is flushed on a
// setImmediate; when the connection closes first, the teardown cancels the immediate but leaves its id set,
// so (1) a later immediate can write to the null socket — an uncaught TypeError — and (2) the reused
// connection never schedules a flush again: its startup message sits in the buffer, every query on it waits
// for connect_timeout and fails, long after the database is back. Idempotent; exits quietly when the
// installed version is not the one patched (check upstream before removing this).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const MARK = "/* dualduty: nextWrite guard */";
const root = path.join(process.cwd(), "node_modules", "postgres");
const pkg = path.join(root, "package.json");
if (!existsSync(pkg)) process.exit(0);
const version = JSON.parse(readFileSync(pkg, "utf8")).version;
if (version !== "3.4.9") {
  console.warn(`[patch-postgres] postgres ${version} is not 3.4.9: not patched (see db/scripts/patch-postgres.mjs)`);
  process.exit(0);
}

const REPLACEMENTS = [
  [
    "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)",
    `  function nextWrite(fn) {\n    ${MARK}\n    if (!socket) {\n      chunk = nextWriteTimer = null\n      error(Errors.connection('CONNECTION_CLOSED', options))\n      return false\n    }\n    const x = socket.write(chunk, fn)`,
  ],
  // Both teardown paths: cancel the pending flush and forget it, with the bytes meant for the dead socket.
  ["    clearImmediate(nextWriteTimer)\n    if (socket) {", "    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    if (socket) {"],
  ["    clearImmediate(nextWriteTimer)\n    socket.removeListener('data', data)", "    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    socket.removeListener('data', data)"],
];

for (const dir of ["src", "cjs/src", "cf/src"]) {
  const file = path.join(root, dir, "connection.js");
  if (!existsSync(file)) continue;
  let text = readFileSync(file, "utf8");
  if (text.includes(MARK)) continue;
  for (const [from, to] of REPLACEMENTS) {
    if (!text.includes(from)) {
      console.warn(`[patch-postgres] ${dir}/connection.js does not look like 3.4.9's: not patched`);
      process.exit(0);
    }
    text = text.replace(from, to);
  }
  writeFileSync(file, text);
  console.log(`[patch-postgres] patched postgres ${version} ${dir}/connection.js`);
}
