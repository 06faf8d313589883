// Test factories (integration tests only) for the evidence of a year: work records with their people,
// units and duty items; hazards; accidents. Inserted directly, with the defaults a ledger needs.
import type { AuditedTx } from "../audited";
import { accidents, hazards, recordDutyItems, recordPeople, recordUnits, workRecords } from "../schema";
import { today } from "@/lib/clock";
import { given, seq } from "./org";

type RecordKind = (typeof workRecords.$inferInsert)["kind"];

/** A work record led by `leadId` (with `participantIds`), concerning `unitIds`, fulfilling `dutyItems`. */
export async function makeRecord(
  tx: AuditedTx,
  o: {
    unitId: number;
    leadId: number;
    kind?: RecordKind;
    title?: string;
    occurredOn?: string;
    participantIds?: number[];
    unitIds?: number[];
    dutyItems?: { listId: number; itemKey: string }[];
  },
) {
  const [record] = await tx
    .insert(workRecords)
    .values({
      kind: o.kind ?? "meeting",
      title: o.title ?? `记录${seq()}`,
      occurredOn: o.occurredOn ?? today(),
      unitId: o.unitId,
    })
    .returning();
  const participants = [...new Set(o.participantIds ?? [])].filter((p) => p !== o.leadId);
  await tx.insert(recordPeople).values([
    { recordId: record.id, personId: o.leadId, role: "lead" as const },
    ...participants.map((personId) => ({ recordId: record.id, personId, role: "participant" as const })),
  ]);
  if (o.unitIds?.length) await tx.insert(recordUnits).values(o.unitIds.map((unitId) => ({ recordId: record.id, unitId })));
  if (o.dutyItems?.length) await tx.insert(recordDutyItems).values(o.dutyItems.map((d) => ({ recordId: record.id, ...d })));
  return record;
}

/** A general hazard of a unit, found today and due the same day unless told otherwise. */
export async function makeHazard(tx: AuditedTx, o: Partial<typeof hazards.$inferInsert> & { unitId: number }) {
  const found = o.foundOn ?? today();
  const [row] = await tx
    .insert(hazards)
    .values({ title: `隐患${seq()}`, level: "general", foundOn: found, deadline: found, ...given(o) })
    .returning();
  return row;
}

/** An accident of a unit at `occurredAt`: general level, supervised domain, unless told otherwise. */
export async function makeAccident(tx: AuditedTx, o: Partial<typeof accidents.$inferInsert> & { unitId: number; occurredAt: Date }) {
  const [row] = await tx
    .insert(accidents)
    .values({ title: `事故${seq()}`, domain: "supervised", level: "general", ...given(o) })
    .returning();
  return row;
}
