// 年度切换: the state of each year (one query), the shell's reminder (one query), and the writes the
// rollover adds to the ones it reuses (createYearFromPrevious, copyScheme, generatePledges). Every write
// is safe to rerun: it creates only what is not there yet, by existence checks and unique keys.
import { and, eq, sql } from "drizzle-orm";
import { rowsOf, type Db } from "../client";
import type { AuditedTx } from "../audited";
import { committeeMembers, settings, type CommitteeMember } from "../schema";
import { DEADLINE_SETTING, yearDeadlineSetting } from "@/lib/signing/deadline";
import type { YearState } from "@/lib/years/rollover";
import { now as clockNow } from "@/lib/clock";

const intArray = (ids: number[]) => sql`${`{${ids.filter(Number.isInteger).join(",")}}`}::int[]`;

type YearRow = {
  year: number;
  has_committee: boolean;
  members: number;
  supervisions: number;
  lists: number;
  published_lists: number;
  scheme_status: YearState["schemeStatus"];
  indicators: number;
  targets: number;
  l1: number;
  l2: number;
  l3: number;
  deadline: string | null;
  general_deadline: string | null;
};

/** What each of `years` has, newest first: one query, whatever the number of years or the bureau's size. */
export async function listYearStates(db: Db, years: number[]): Promise<YearState[]> {
  const rows = rowsOf<YearRow>(
    await db.execute(sql`
      select y.year, c.id is not null as has_committee,
        (select count(*) from committee_members m where m.committee_id = c.id and m.is_active)::int as members,
        (select count(*) from supervisions s where s.year = y.year)::int as supervisions,
        l.lists, l.published_lists, sc.status::text as scheme_status,
        (select count(*) from indicators i where i.scheme_id = sc.id)::int as indicators,
        (select count(*) from indicator_values v join indicators i on i.id = v.indicator_id where i.scheme_id = sc.id)::int as targets,
        p.l1, p.l2, p.l3,
        (select value from settings where key = ${`${DEADLINE_SETTING}:`}::text || y.year::text) as deadline,
        (select value from settings where key = ${DEADLINE_SETTING}) as general_deadline
      from (select distinct unnest(${intArray(years)}) as year) y
      left join committees c on c.year = y.year
      left join assessment_schemes sc on sc.year = y.year
      cross join lateral (
        select count(*)::int as lists, (count(*) filter (where published_version_no is not null))::int as published_lists
        from responsibility_lists where year = y.year
      ) l
      cross join lateral (
        select (count(*) filter (where level = 1))::int as l1, (count(*) filter (where level = 2))::int as l2,
          (count(*) filter (where level = 3))::int as l3
        from pledges where year = y.year and status <> 'superseded'
      ) p
      order by y.year desc`),
  );
  return rows.map((r) => ({
    year: Number(r.year),
    hasCommittee: Boolean(r.has_committee),
    members: Number(r.members),
    supervisions: Number(r.supervisions),
    lists: Number(r.lists),
    publishedLists: Number(r.published_lists),
    schemeStatus: r.scheme_status ?? null,
    indicators: Number(r.indicators),
    targets: Number(r.targets),
    pledges: { 1: Number(r.l1), 2: Number(r.l2), 3: Number(r.l3) },
    deadline: r.deadline ?? null,
    generalDeadline: r.general_deadline ?? null,
  }));
}

/** Which of last, this and next year have a committee (the shell's reminder): one indexed query. */
export async function getCommitteeYears(db: Db, calendarYear: number) {
  const [row] = rowsOf<{ previous: boolean | null; current: boolean | null; next: boolean | null }>(
    await db.execute(sql`
      select bool_or(year = ${calendarYear - 1}) as previous, bool_or(year = ${calendarYear}) as current,
        bool_or(year = ${calendarYear + 1}) as next
      from committees where year between ${calendarYear - 1} and ${calendarYear + 1}`),
  );
  return { previous: !!row?.previous, current: !!row?.current, next: !!row?.next };
}

/** One rollover step of a year at a time: two office users running the same step queue up here. */
export async function lockRolloverYear(tx: AuditedTx, year: number) {
  await tx.execute(sql`select pg_advisory_xact_lock(72700010, ${year})`);
}

/**
 * Copies year `from`'s committee (name with the year replaced, office unit) to `to` unless `to` has one,
 * then `from`'s active members with active people into it — only while it has no members, so members the
 * office changed afterwards are never re-added. Null when `from` has no committee.
 */
export async function copyCommittee(tx: AuditedTx, from: number, to: number) {
  const source = rowsOf<{ id: number }>(await tx.execute(sql`select id from committees where year = ${from}`));
  if (!source.length) return null;
  const created = rowsOf<{ id: number }>(
    await tx.execute(sql`
      insert into committees (year, name, office_unit_id)
      select ${to}, replace(name, ${String(from)}, ${String(to)}), office_unit_id from committees where year = ${from}
      on conflict (year) do nothing
      returning id`),
  );
  const members = rowsOf<{ id: number }>(
    await tx.execute(sql`
      insert into committee_members (committee_id, person_id, role)
      select n.id, m.person_id, m.role
      from committees n
      join committee_members m on m.committee_id = ${source[0].id} and m.is_active
      join people p on p.id = m.person_id and p.is_active
      where n.year = ${to} and not exists (select 1 from committee_members x where x.committee_id = n.id)
      on conflict do nothing
      returning id`),
  ).length;
  return { isCreated: created.length > 0, members };
}

/**
 * Copies year `from`'s 分管 (leader, unit, primary/assist) to `to` for every unit that has none in `to`
 * yet, with active leaders and units: a unit the office has already set up for `to` keeps its own.
 */
export async function copySupervisions(tx: AuditedTx, from: number, to: number): Promise<number> {
  return rowsOf(
    await tx.execute(sql`
      insert into supervisions (year, leader_id, unit_id, kind)
      select ${to}, s.leader_id, s.unit_id, s.kind
      from supervisions s
      join people p on p.id = s.leader_id and p.is_active
      join units u on u.id = s.unit_id and u.is_active
      where s.year = ${from}
        and not exists (select 1 from supervisions n where n.year = ${to} and n.unit_id = s.unit_id)
      on conflict (year, leader_id, unit_id) do nothing
      returning id`),
  ).length;
}

/** The bureau's pledge targets `year` used (the text of its first 责任书: a staff 承诺书 carries its post's and
 * unit's own), to carry them into the next year. */
export async function getPledgeTargetsOf(db: Db, year: number): Promise<string | null> {
  const [row] = rowsOf<{ targets: string | null }>(
    await db.execute(sql`select targets from pledges where year = ${year} and level < 3 and targets is not null order by id limit 1`),
  );
  return row?.targets ?? null;
}

/** Published lists of a year (pledges are made from them). */
export async function countPublishedLists(db: Db, year: number): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from responsibility_lists where year = ${year} and published_version_no is not null`,
    ),
  );
  return Number(row?.n ?? 0);
}

/** Sets the year's own signing deadline (MM-DD); returns the value it replaces (null when none). */
export async function setYearSigningDeadline(tx: AuditedTx, year: number, monthDay: string) {
  const key = yearDeadlineSetting(year);
  const [before] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).for("update");
  const at = clockNow();
  await tx
    .insert(settings)
    .values({ key, value: monthDay, createdAt: at, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value: monthDay, updatedAt: at } });
  return { before: before?.value ?? null };
}

/** A seat given to another person, only while it still holds `fromPersonId`. Undefined when stale. */
export async function updateCommitteeMemberPerson(tx: AuditedTx, id: number, fromPersonId: number, toPersonId: number) {
  const [row] = await tx
    .update(committeeMembers)
    .set({ personId: toPersonId, updatedAt: clockNow() })
    .where(and(eq(committeeMembers.id, id), eq(committeeMembers.personId, fromPersonId)))
    .returning();
  return row;
}

/** A member's seat (主任, 成员, …) changed, only while it is still `fromRole`. Undefined when stale. */
export async function updateCommitteeMemberRole(
  tx: AuditedTx,
  id: number,
  fromRole: CommitteeMember["role"],
  role: CommitteeMember["role"],
) {
  const [row] = await tx
    .update(committeeMembers)
    .set({ role, updatedAt: clockNow() })
    .where(and(eq(committeeMembers.id, id), eq(committeeMembers.role, fromRole)))
    .returning();
  return row;
}
