// Synthetic evidence of a year for the report benchmark: the large organisation has no work records,
// hazards or accidents of its own. Per assessed unit: 24 work records (each kind in turn; meetings and
// inspections led by the unit's 主管 leader when it has one, the rest by a holder of the unit's posts,
// with two participants), 3 hazards (one major, supervised, with its plan; two closed) and an accident
// for one unit in fifty. Five bulk statements whatever the size, in one audited transaction.
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "@/db/client";
import { withAudit } from "@/db/audited";
import { SYSTEM_ACTOR } from "@/db/scripts/seed";

const PLAN = JSON.stringify({ measures: "限期整改", funds: "10万元", deadline: "三个月", responsible: "单位负责人", emergencyPlan: "专项预案" });

/** Seeds the year unless it already has work records; returns the number of records added. */
export async function ensureReportRecords(db: Db, year: number): Promise<number> {
  const from = `${year}-01-01`;
  const existing = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from work_records where occurred_on >= ${from}::date and occurred_on < ${from}::date + interval '1 year'`),
  )[0];
  if (Number(existing?.n ?? 0) > 0) return 0;
  return withAudit(db, SYSTEM_ACTOR, async (tx) => {
    // Each assessed unit with a person holding one of its posts and its 主管 leader of the year.
    const units = sql`select u.id, u.sort_order,
        (select h.person_id from post_holdings h join posts p on p.id = h.post_id where p.unit_id = u.id order by p.sort_order, h.id limit 1) as holder,
        (select h.person_id from post_holdings h join posts p on p.id = h.post_id where p.unit_id = u.id order by p.sort_order desc, h.id desc limit 1) as other,
        (select s.leader_id from supervisions s where s.unit_id = u.id and s.year = ${year} and s.kind = 'primary' limit 1) as leader
      from units u where u.is_active and u.kind in ('section', 'affiliated', 'branch')`;
    const inserted = rowsOf<{ n: number }>(
      await tx.execute(sql`with u as (${units}),
        r as (
          insert into work_records (kind, title, occurred_on, unit_id, summary)
          select (enum_range(null::record_kind))[1 + (i % 6)], '安全生产工作记录' || i, ${from}::date + ((u.id * 7 + i * 15) % 360), u.id, 'bench'
          from u cross join generate_series(1, 24) i where u.holder is not null
          returning id, kind, unit_id
        ),
        lead as (
          insert into record_people (record_id, person_id, role)
          select r.id, case when r.kind in ('meeting', 'inspection') and u.leader is not null then u.leader else u.holder end, 'lead'
          from r join u on u.id = r.unit_id
          returning record_id
        ),
        part as (
          insert into record_people (record_id, person_id, role)
          select r.id, p.person_id, 'participant' from r join u on u.id = r.unit_id
          cross join lateral (select distinct x as person_id from unnest(array[u.holder, u.other]) x
            where x is not null and x <> case when r.kind in ('meeting', 'inspection') and u.leader is not null then u.leader else u.holder end) p
          returning record_id
        )
        select (select count(*) from r)::int as n`),
    )[0];
    await tx.execute(sql`with u as (${units})
      insert into hazards (title, unit_id, level, found_on, deadline, status, is_supervised, supervising_leader_id, plan, closed_on, owner_person_id)
      select '隐患' || u.id || '-' || k, u.id, case when k = 1 then 'major'::hazard_level else 'general'::hazard_level end,
        ${from}::date + (u.id * 11 + k * 40) % 300, ${from}::date + (u.id * 11 + k * 40) % 300 + 30,
        case when k < 3 then 'closed'::hazard_status else 'rectifying'::hazard_status end,
        k = 1 and u.leader is not null, case when k = 1 then u.leader end,
        case when k = 1 and u.leader is not null then ${PLAN}::jsonb end,
        case when k < 3 then ${from}::date + (u.id * 11 + k * 40) % 300 + 20 + (u.id % 20) end, u.holder
      from u cross join generate_series(1, 3) k`);
    await tx.execute(sql`with u as (${units})
      insert into accidents (title, occurred_at, domain, unit_id, deaths, serious_injuries, direct_loss, level, is_late)
      select '事故' || u.id, (${from}::date + (u.id % 300))::timestamptz + interval '10 hours', 'supervised', u.id, 0, 1, 12.5, 'general', u.id % 100 = 0
      from u where u.id % 50 = 0`);
    const n = Number(inserted?.n ?? 0);
    return { value: n, audit: { action: "bench.seed.records", objectType: "records_year", objectId: year, after: { records: n } } };
  });
}
