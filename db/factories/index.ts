// Test factories (integration tests only): each test makes just the data it asserts on, with defaults for
// the rest, instead of loading the demo bureau. Years and dates come from the application's clock
// (lib/clock.ts), which tests pin; never a literal year.
import { withAudit, type AuditedTx } from "../audited";
import type { Db } from "../client";
import { SYSTEM } from "../test-utils";

export * from "./org";
export * from "./duties";
export * from "./records";
export * from "./assessment";
export * from "./bureau";

/** Runs factories in one audited transaction (the only way to write) and returns what `fn` returns. */
export function build<T>(db: Db, fn: (tx: AuditedTx) => Promise<T>): Promise<T> {
  return withAudit(db, SYSTEM, async (tx) => ({ value: await fn(tx), audit: { action: "test.factory" } }));
}
