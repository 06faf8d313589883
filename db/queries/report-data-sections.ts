// The larger section queries of the annual report (report-data.ts runs them): 基本情况 with the year's work
// by kind, the hazard ledger with its summary, the accidents, and the leaders' 一岗双责 table. Each is one
// statement returning one JSON document.
import { sql } from "drizzle-orm";
import type { AnnualReportData } from "@/lib/reports/types";
import { LEADER_KINDS_SQL } from "./fragments";

type Bounds = { from: string; to: string; asOf: string };

export type Basics = {
  bureauName: string | null;
  committee: AnnualReportData["committee"] | null;
  counts: AnnualReportData["counts"];
  work: { kind: string; count: number; people: number }[];
};


/** Bureau, committee, counts of lists, confirmations, units and people, and work by kind. (The pledges are
 * counted once, by level and kind, for 附表2; the text states their totals.) */
export const basicsQuery = (year: number, b: Bounds) => sql`select json_build_object(
  'bureauName', (select name from units where kind = 'bureau' order by parent_id nulls first, sort_order, id limit 1),
  'committee', (select json_build_object(
      'chair', (select pe.name from committee_members m join people pe on pe.id = m.person_id
        where m.committee_id = c.id and m.is_active and m.role = 'chair' order by m.id limit 1),
      'viceChairs', coalesce((select json_agg(pe.name order by case m.role when 'executive_vice_chair' then 0 else 1 end, m.id)
        from committee_members m join people pe on pe.id = m.person_id
        where m.committee_id = c.id and m.is_active and m.role in ('executive_vice_chair', 'vice_chair')), '[]'::json),
      'officeUnit', ou.name,
      'members', (select count(*) from committee_members m where m.committee_id = c.id and m.is_active)::int)
    from committees c join units ou on ou.id = c.office_unit_id where c.year = ${year}),
  'counts', json_build_object(
    'lists', (select count(*) from responsibility_lists where year = ${year})::int,
    'listsPublished', (select count(*) from responsibility_lists where year = ${year} and published_version_no is not null)::int,
    'confirmations', (select count(*) from list_signatures s join responsibility_lists l on l.id = s.list_id
      where l.year = ${year} and s.role = 'confirm')::int,
    'units', (select count(*) from units where is_active and kind in ('section', 'affiliated', 'branch'))::int,
    'people', (select count(distinct h.person_id) from post_holdings h join people pe on pe.id = h.person_id and pe.is_active
      where h.start_date <= ${b.to}::date and (h.end_date is null or h.end_date >= ${b.from}::date))::int),
  'work', (select json_agg(json_build_object('kind', k.kind, 'count', coalesce(w.n, 0), 'people', coalesce(w.people, 0)) order by k.o)
    from (select e::text as kind, row_number() over () as o from unnest(enum_range(null::record_kind)) e) k
    left join (
      select r.kind::text as kind, count(distinct r.id)::int as n, count(distinct rp.person_id)::int as people
      from work_records r left join record_people rp on rp.record_id = r.id
      where r.occurred_on between ${b.from}::date and ${b.to}::date group by r.kind
    ) w on w.kind = k.kind)
)`;

/** 隐患台账: hazards found in the year, and those found before it still open when it began. Overdue: not
 * closed by the deadline (closed late, or still open past it on the as-of day). */
export const hazardsQuery = (b: Bounds) => sql`with h as (
    select h.*, u.name as unit_name, u.sort_order as unit_order,
      (case when h.status = 'closed' then h.closed_on > h.deadline else h.deadline < ${b.asOf}::date end) as is_overdue
    from hazards h join units u on u.id = h.unit_id
    where h.found_on <= ${b.to}::date and (h.found_on >= ${b.from}::date or h.closed_on is null or h.closed_on >= ${b.from}::date)
  )
  select json_build_object(
    'rows', (select json_agg(json_build_object('title', h.title, 'unitName', h.unit_name, 'level', h.level,
        'isSupervised', h.is_supervised, 'foundOn', to_char(h.found_on, 'YYYY-MM-DD'), 'deadline', to_char(h.deadline, 'YYYY-MM-DD'),
        'status', h.status, 'closedOn', to_char(h.closed_on, 'YYYY-MM-DD')) order by h.found_on, h.unit_order, h.id) from h),
    'summary', (select json_build_object('total', count(*)::int, 'major', (count(*) filter (where level = 'major'))::int,
        'closed', (count(*) filter (where status = 'closed'))::int, 'supervised', (count(*) filter (where is_supervised))::int,
        'overdue', (count(*) filter (where is_overdue))::int) from h)
  )`;

/** Accidents of the year (Asia/Shanghai dates), with their reporting flags. */
export const accidentsQuery = (b: Bounds) => sql`with a as (
    select a.*, u.name as unit_name from accidents a join units u on u.id = a.unit_id
    where (a.occurred_at at time zone 'Asia/Shanghai')::date between ${b.from}::date and ${b.to}::date
  )
  select json_build_object(
    'rows', (select json_agg(json_build_object('title', a.title,
        'occurredAt', to_char(a.occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'), 'unitName', a.unit_name,
        'level', a.level, 'deaths', a.deaths, 'seriousInjuries', a.serious_injuries, 'directLoss', a.direct_loss::float8,
        'flags', array_remove(array[case when a.is_late then 'late' end, case when a.is_omitted then 'omitted' end,
          case when a.is_false then 'false' end, case when a.is_concealed then 'concealed' end], null))
      order by a.occurred_at, a.id) from a),
    'late', (select count(*) filter (where is_late) from a)::int
  )`;

/** 一岗双责 table: every person who held a leader post during the year or supervised units in it, with the
 * units supervised (协管 marked), meetings chaired and inspections led (lead in work records), hazards
 * they supervised that were closed in the year, and trainings taken part in. */
export const leadersQuery = (year: number, b: Bounds, assistMark: string) => sql`with
  lead as (
    select distinct on (h.person_id) h.person_id, p.name as post, p.sort_order as post_order, u.sort_order as unit_order
    from post_holdings h join posts p on p.id = h.post_id join units u on u.id = p.unit_id
    where p.kind in ${LEADER_KINDS_SQL} and h.start_date <= ${b.to}::date and (h.end_date is null or h.end_date >= ${b.from}::date)
    order by h.person_id, case h.type when 'primary' then 0 when 'acting' then 1 else 2 end, h.start_date desc
  ),
  leaders as (select person_id from lead union select leader_id from supervisions where year = ${year}),
  rec as (
    select rp.person_id,
      count(*) filter (where r.kind = 'meeting' and rp.role = 'lead') as meetings,
      count(*) filter (where r.kind = 'inspection' and rp.role = 'lead') as inspections,
      count(*) filter (where r.kind = 'training') as trainings
    from record_people rp join work_records r on r.id = rp.record_id
    where r.occurred_on between ${b.from}::date and ${b.to}::date and rp.person_id in (select person_id from leaders)
    group by rp.person_id
  ),
  hz as (
    select supervising_leader_id as person_id, count(*) as n from hazards
    where status = 'closed' and closed_on between ${b.from}::date and ${b.to}::date and supervising_leader_id is not null
    group by supervising_leader_id
  ),
  sup as (
    select s.leader_id as person_id,
      json_agg(u.name || case when s.kind = 'assist' then ${assistMark} else '' end order by s.kind, u.sort_order, u.id) as names
    from supervisions s join units u on u.id = s.unit_id where s.year = ${year} group by s.leader_id
  )
  select json_agg(json_build_object('personId', l.person_id, 'name', pe.name, 'post', coalesce(lead.post, ''),
      'unitsSupervised', coalesce(sup.names, '[]'::json), 'meetingsChaired', coalesce(rec.meetings, 0)::int,
      'inspectionsLed', coalesce(rec.inspections, 0)::int, 'hazardsClosed', coalesce(hz.n, 0)::int,
      'trainings', coalesce(rec.trainings, 0)::int)
    order by lead.unit_order nulls last, lead.post_order nulls last, pe.id)
  from leaders l join people pe on pe.id = l.person_id
  left join lead on lead.person_id = l.person_id
  left join rec on rec.person_id = l.person_id
  left join hz on hz.person_id = l.person_id
  left join sup on sup.person_id = l.person_id`;
