// 年度切换, the pledges step: once the prepared year has published lists, its pledges are generated (the
// use-case server/pledges/generate.ts) with the targets the year already uses, else last year's — one
// wording for the whole cascade. In the caller's audited transaction; rerunning creates nothing twice.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import { countPublishedLists, getPledgeTargetsOf } from "@/db/queries/rollover";
import { ActionError } from "@/server/action";
import { generatePledges } from "@/server/pledges/generate";
import { beginRolloverStep, stepAudit, type StepDone } from "./step";

export async function rolloverPledges(tx: AuditedTx, year: number, now: Date) {
  const from = await beginRolloverStep(tx, year);
  if ((await countPublishedLists(tx, year)) === 0) throw new ActionError("rollover.errors.waitingForLists");
  const targets = (await getPledgeTargetsOf(tx, year)) ?? (await getPledgeTargetsOf(tx, from));
  const r = await generatePledges(tx, year, now, targets);
  const created = r.created[1] + r.created[2] + r.created[3];
  const skipped = r.skipped[1] + r.skipped[2] + r.skipped[3];
  const value: StepDone = {
    message: "rollover.done.pledges",
    values: { created, l1: r.created[1], l2: r.created[2], l3: r.created[3], existing: r.existing, skipped },
  };
  return {
    value,
    audit: stepAudit("rollover.pledges", year, { created: r.created, skipped: r.skipped, existing: r.existing }),
  };
}
