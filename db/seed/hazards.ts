// Demo hazards with their workflow history (one 挂牌督办 closed with its plan, one major overdue this year),
// last year's late-reported lift accident (level and flags computed by the same rules as the form) and the
// accountability case that followed. Runs inside the demo seed's audited transaction, before the
// assessment seed; returns the accident's id so last year's veto can point at it.
import { and, eq, inArray } from "drizzle-orm";
import { accidentLevel, reportFlags, reportHops } from "@/lib/records/accident-level";
import { nextHazardStatus, type HazardStatus } from "@/lib/records/hazard-workflow";
import type { AuditedTx } from "../audited";
import {
  accidents,
  accountabilityCases,
  hazardEvents,
  hazards,
  people,
  postHoldings,
  posts,
  units,
  users,
} from "../schema";
import { holdingInForce } from "../queries/holdings";
import { proposeForOverdueHazards } from "@/server/hazards/propose-overdue";
import { demoCalendar, type DemoCalendar } from "./demo-calendar";
import { demoAccident, demoCase, demoHazards } from "./hazards-data";

export { DEMO_ACCIDENT_TITLE } from "./hazards-data";

const at = (day: string, time = "10:00") => new Date(`${day}T${time}:00+08:00`);

/** The head (acting included) of each unit on a date: person id by unit code. */
async function headsOn(tx: AuditedTx, date: string) {
  const rows = await tx
    .select({ code: units.code, personId: postHoldings.personId, type: postHoldings.type })
    .from(postHoldings)
    .innerJoin(posts, eq(posts.id, postHoldings.postId))
    .innerJoin(units, eq(units.id, posts.unitId))
    .where(and(eq(posts.kind, "head"), holdingInForce(date)));
  const heads = new Map<string, number>();
  for (const r of rows.sort((a, b) => (a.type === "primary" ? -1 : 1) - (b.type === "primary" ? -1 : 1)))
    if (!heads.has(r.code)) heads.set(r.code, r.personId);
  return heads;
}

export async function seedHazardsAndAccidents(
  tx: AuditedTx,
  cal: DemoCalendar = demoCalendar(),
): Promise<{ counts: Record<string, number>; accidentId: number }> {
  const HAZARDS = demoHazards(cal);
  const ACCIDENT = demoAccident(cal);
  const CASE = demoCase(cal);
  const unitRows = await tx.select({ id: units.id, code: units.code }).from(units);
  const unitId = new Map(unitRows.map((u) => [u.code, u.id]));
  const [office] = await tx.select({ id: users.id }).from(users).where(eq(users.username, "office"));
  if (!office) throw new Error("hazards seed: no office user");
  const leaderNames = [...new Set(HAZARDS.flatMap((h) => (h.supervised ? [h.supervised.leader] : [])))];
  const leaders = new Map(
    (await tx.select({ id: people.id, name: people.name }).from(people).where(inArray(people.name, leaderNames))).map(
      (p) => [p.name, p.id],
    ),
  );
  const [headsLast, headsNow] = await Promise.all([headsOn(tx, `${cal.last}-06-30`), headsOn(tx, cal.cutoff)]);
  const headOf = (code: string, day: string) => {
    const id = (day < `${cal.current}-01-01` ? headsLast : headsNow).get(code);
    if (!id) throw new Error(`hazards seed: no head of ${code}`);
    return id;
  };

  // Walk each hazard's steps through the workflow rules to its status and history.
  const planned = HAZARDS.map((h) => {
    let status: HazardStatus = "open";
    const events: { step: string; fromStatus: string; toStatus: string; comment: string | null; at: Date }[] = [
      { step: "create", fromStatus: "", toStatus: "open", comment: null, at: at(h.foundOn) },
    ];
    let rectifiedOn: string | null = null;
    let closedOn: string | null = null;
    if (h.supervised)
      events.push({
        step: "supervise",
        fromStatus: "open",
        toStatus: "open",
        comment: null,
        at: at(h.supervised.on, "16:00"),
      });
    for (const s of h.steps) {
      const to = nextHazardStatus(s.step, status);
      if (!to) throw new Error(`hazards seed: ${h.title}: ${s.step} from ${status}`);
      events.push({
        step: s.step,
        fromStatus: status,
        toStatus: to,
        comment: s.comment ?? null,
        at: at(s.on, "15:00"),
      });
      if (s.step === "submit") rectifiedOn = s.on;
      if (s.step === "return") rectifiedOn = null;
      if (s.step === "accept") closedOn = s.on;
      status = to;
    }
    // The supervise event happens in whatever state the hazard was then; keep the history in time order.
    events.sort((a, b) => a.at.getTime() - b.at.getTime());
    let cur = "open";
    for (const e of events)
      if (e.step === "supervise") e.fromStatus = e.toStatus = cur;
      else cur = e.toStatus;
    return { h, status, events, rectifiedOn, closedOn };
  });

  const hazardRows = await tx
    .insert(hazards)
    .values(
      planned.map(({ h, status, rectifiedOn, closedOn, events }) => ({
        title: h.title,
        description: h.description,
        unitId: unitId.get(h.unit)!,
        level: h.level,
        foundOn: h.foundOn,
        deadline: h.deadline,
        ownerPersonId: headOf(h.unit, h.foundOn),
        status,
        isSupervised: !!h.supervised,
        supervisingLeaderId: h.supervised ? leaders.get(h.supervised.leader)! : null,
        plan: h.supervised?.plan ?? null,
        rectifiedOn,
        closedOn,
        acceptedBy: closedOn ? office.id : null,
        version: events.length,
        createdBy: office.id,
        createdAt: events[0].at,
        updatedAt: events[events.length - 1].at,
      })),
    )
    .returning({ id: hazards.id });
  const eventRows = planned.flatMap(({ events }, i) =>
    events.map((e) => ({
      hazardId: hazardRows[i].id,
      step: e.step,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorUserId: office.id,
      comment: e.comment,
      createdAt: e.at,
      updatedAt: e.at,
    })),
  );
  await tx.insert(hazardEvents).values(eventRows);

  const occurredAt = ACCIDENT.occurredAt;
  const hops = reportHops(
    occurredAt,
    { unit_to_bureau: ACCIDENT.reportedUnit, bureau_to_superior: ACCIDENT.reportedBureau },
    new Date(`${cal.last}-12-31T00:00:00+08:00`),
  );
  const figures = {
    deaths: ACCIDENT.deaths,
    seriousInjuries: ACCIDENT.seriousInjuries,
    directLoss: ACCIDENT.directLoss,
  };
  const [accident] = await tx
    .insert(accidents)
    .values({
      title: ACCIDENT.title,
      description: ACCIDENT.description,
      occurredAt,
      domain: ACCIDENT.domain,
      unitId: unitId.get(ACCIDENT.unit)!,
      ...figures,
      level: accidentLevel(figures),
      reports: hops.map((h) => ({
        hop: h.hop,
        dueAt: h.dueAt.toISOString(),
        reportedAt: h.reportedAt?.toISOString() ?? null,
      })),
      ...reportFlags(hops, { isFalse: false, isConcealed: false }),
      createdBy: office.id,
      createdAt: at(cal.date("2025-08-15"), "09:00"),
      updatedAt: at(cal.date("2025-08-15"), "09:00"),
    })
    .returning({ id: accidents.id, isLate: accidents.isLate });
  if (!accident.isLate) throw new Error("hazards seed: the demo accident must be reported late");

  await tx.insert(accountabilityCases).values({
    personId: headOf(ACCIDENT.unit, cal.date("2025-08-14")),
    unitId: unitId.get(ACCIDENT.unit)!,
    triggerKind: "accident",
    accidentId: accident.id,
    ...CASE,
    createdBy: office.id,
    createdAt: at(CASE.decidedOn, "17:00"),
    updatedAt: at(CASE.decidedOn, "17:00"),
  });

  return {
    counts: { hazards: hazardRows.length, hazardEvents: eventRows.length, accidents: 1, accountabilityCases: 1 },
    accidentId: accident.id,
  };
}

/**
 * The demo's proposals for hazards overdue today, for the year in progress, by the system: the use-case
 * itself (server/hazards/propose-overdue.ts), after the assessment seed. The seed runs under tsx with the
 * react-server condition (package.json), so server/'s `import "server-only"` is the empty module there.
 */
export async function proposeDemoOverdue(tx: AuditedTx, cal: DemoCalendar = demoCalendar()): Promise<Record<string, number>> {
  const { deductions, vetoes } = await proposeForOverdueHazards(tx, cal.current, cal.today, null);
  return { deductionProposals: deductions, hazardVetoProposals: vetoes };
}
