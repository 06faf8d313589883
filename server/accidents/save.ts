// Saving an accident (new or edited, version-checked): the level and the 迟报/漏报 flags are computed here,
// never taken from the form; any reporting flag proposes the reporting veto for the responsible unit's
// assessment of the accident's year (once per accident, never into a final year), in the caller's audited
// transaction.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import { createAccident, getAccident, updateAccident } from "@/db/queries/accidents";
import type { AuditRecord } from "@/db/queries/audit";
import { listHazardUnits } from "@/db/queries/hazards";
import { proposeAccidentVeto } from "@/db/queries/proposals";
import { now as clockNow, shanghaiYear } from "@/lib/clock";
import { accidentLevel, flagKeys, hasAnyFlag, reportFlags, reportHops } from "@/lib/records/accident-level";
import { vetoBasis } from "@/lib/records/accident-veto-basis";
import { ActionError } from "@/server/action";

export type AccidentInput = {
  accidentId: number | null;
  version: number | null;
  title: string;
  description: string | null;
  occurredAt: Date;
  domain: "internal" | "supervised";
  unitId: number;
  deaths: number;
  seriousInjuries: number;
  directLoss: number;
  reportedUnit: Date | null;
  reportedBureau: Date | null;
  isFalse: boolean;
  falseReason: string | null;
  isConcealed: boolean;
  concealedReason: string | null;
};

/** A minute of leeway for a clock slightly ahead of the server's. */
const FUTURE_GRACE_MS = 60_000;

export async function saveAccident(tx: AuditedTx, input: AccidentInput, userId: number) {
  const now = clockNow();
  const late = (d: Date) => d.getTime() > now.getTime() + FUTURE_GRACE_MS;
  if (late(input.occurredAt)) throw new ActionError("accidents.errors.inFuture", "occurredAt");
  for (const [field, at] of [
    ["reportedUnit", input.reportedUnit],
    ["reportedBureau", input.reportedBureau],
  ] as const) {
    if (at && at < input.occurredAt) throw new ActionError("accidents.errors.reportBeforeAccident", field);
    if (at && late(at)) throw new ActionError("accidents.errors.inFuture", field);
  }
  if (!(await listHazardUnits(tx, "all")).some((u) => u.id === input.unitId))
    throw new ActionError("validation.choice", "unitId");
  const before = input.accidentId ? await getAccident(tx, input.accidentId) : undefined;
  if (input.accidentId && !before) throw new ActionError("errors.notFound");
  // A finding needs its reason when it is set, not again on every later save of the same finding.
  if (input.isFalse && !input.falseReason && !before?.accident.isFalse)
    throw new ActionError("accidents.errors.reasonRequired", "falseReason");
  if (input.isConcealed && !input.concealedReason && !before?.accident.isConcealed)
    throw new ActionError("accidents.errors.reasonRequired", "concealedReason");

  const hops = reportHops(
    input.occurredAt,
    { unit_to_bureau: input.reportedUnit, bureau_to_superior: input.reportedBureau },
    now,
  );
  const figures = { deaths: input.deaths, seriousInjuries: input.seriousInjuries, directLoss: input.directLoss };
  const flags = reportFlags(hops, { isFalse: input.isFalse, isConcealed: input.isConcealed });
  const values = {
    title: input.title,
    description: input.description ?? "",
    occurredAt: input.occurredAt,
    domain: input.domain,
    unitId: input.unitId,
    ...figures,
    level: accidentLevel(figures),
    reports: hops.map((h) => ({
      hop: h.hop,
      dueAt: h.dueAt.toISOString(),
      reportedAt: h.reportedAt?.toISOString() ?? null,
    })),
    ...flags,
  };
  const row = before
    ? await updateAccident(tx, before.accident.id, input.version ?? 0, values)
    : await createAccident(tx, values, userId);
  if (!row) throw new ActionError("errors.conflict");

  const year = shanghaiYear(input.occurredAt);
  const veto = hasAnyFlag(flags)
    ? await proposeAccidentVeto(tx, {
        accidentId: row.id,
        unitId: row.unitId,
        year,
        basis: vetoBasis(row.title, row.occurredAt, hops, flags, {
          false: input.falseReason,
          concealed: input.concealedReason,
        }),
        userId,
      })
    : null;
  const summary = { level: values.level, flags: flagKeys(flags), veto: veto?.outcome ?? null, year };
  const audit: AuditRecord = {
    action: before ? "accident.update" : "accident.create",
    objectType: "accident",
    objectId: row.id,
    before: before
      ? {
          version: before.accident.version,
          level: before.accident.level,
          isLate: before.accident.isLate,
          isOmitted: before.accident.isOmitted,
          isFalse: before.accident.isFalse,
          isConcealed: before.accident.isConcealed,
        }
      : undefined,
    after: {
      ...summary,
      title: row.title,
      unitId: row.unitId,
      falseReason: input.falseReason,
      concealedReason: input.concealedReason,
    },
  };
  return { value: { id: row.id, ...summary }, audit };
}
