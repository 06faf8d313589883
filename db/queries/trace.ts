// 问责倒查: for a unit and an incident date — who held each of its posts (acting marked), its head and its
// supervising leaders that year; for each of them the list in force that day, whether and when they had
// signed it, and the training they took part in over the 12 months before; and the records of those
// months linked to the unit or its duties. Two queries whatever the size of the unit (plus the pickers).
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "../client";
import { holdingInForceAs } from "./holdings";
import type { RecordKind } from "./records";

export type TraceRole = "head" | "leader" | "post";

export type TraceSubject = {
  role: TraceRole;
  /** null: a post vacant on the date. */
  personId: number | null;
  name: string | null;
  postId: number | null;
  postName: string | null;
  holdingType: "primary" | "concurrent" | "acting" | null;
  supervisionKind: "primary" | "assist" | null;
  /** The latest version of the person's list published by the end of the date (Asia/Shanghai). */
  list: { listId: number; year: number; ownerType: "unit" | "post" | "leader"; versionNo: number; publishedDate: string; contentHash: string } | null;
  /** Their latest confirm signature by the end of the date over that version or an earlier one of the list. */
  signature: { signedAt: string; versionNo: number; isCurrent: boolean } | null;
  trainings: { id: number; date: string; title: string }[];
};

export type TraceRecord = { id: number; kind: RecordKind; title: string; occurredOn: string; unitName: string; leadName: string | null; viaItem: boolean };

export type Trace = { unitId: number; date: string; since: string; year: number; subjects: TraceSubject[]; records: TraceRecord[] };

/** The first day of the 12 months that end on `date`. */
export function traceSince(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  // The same day a year back (29 February becomes the 28th), then the day after it.
  const lastOfMonth = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return new Date(Date.UTC(y - 1, m - 1, Math.min(d, lastOfMonth)) + 86_400_000).toISOString().slice(0, 10);
}

export async function getTrace(db: Db, q: { unitId: number; date: string; itemKey?: string | null }): Promise<Trace> {
  const year = Number(q.date.slice(0, 4));
  const since = traceSince(q.date);
  const endOfDay = sql`((${q.date}::date + 1)::timestamp at time zone 'Asia/Shanghai')`;
  const [subjectsResult, recordsResult] = await Promise.all([
    db.execute(sql`
      with held as (
        select p.id as post_id, p.name as post_name, p.kind::text as post_kind, p.sort_order,
          ph.person_id, ph.type::text as holding_type
        from posts p
        left join post_holdings ph on ph.post_id = p.id and ${holdingInForceAs("ph", q.date)}
        where p.unit_id = ${q.unitId} and (p.is_active or ph.person_id is not null)
      ),
      subjects as (
        select 0 as rank, 'head'::text as role, h.person_id, h.post_id, h.holding_type, null::text as supervision_kind,
          'unit'::text as owner_type, h.sort_order
        from held h where h.post_kind = 'head' and h.person_id is not null
        union all
        select 1, 'leader', s.leader_id, null, null, s.kind::text, 'leader', case s.kind when 'primary' then 0 else 1 end
        from supervisions s where s.unit_id = ${q.unitId} and s.year = ${year}
        union all
        select 2, 'post', h.person_id, h.post_id, h.holding_type, null, 'post', h.sort_order from held h
      ),
      owner_lists as (
        select s.rank, s.person_id, s.post_id, l.id as list_id, l.year, s.owner_type
        from subjects s
        join responsibility_lists l on l.owner_type::text = s.owner_type and l.year <= ${year} and (
          (s.owner_type = 'post' and l.post_id = s.post_id)
          or (s.owner_type = 'unit' and l.unit_id = ${q.unitId} and l.post_id is null and l.leader_id is null)
          or (s.owner_type = 'leader' and l.leader_id = s.person_id))
        where s.person_id is not null
      ),
      in_force as (
        select distinct on (o.rank, o.person_id, o.post_id) o.rank, o.person_id, o.post_id, o.list_id, o.year, o.owner_type,
          v.version_no, v.content_hash, to_char(v.published_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as published_date
        from owner_lists o
        join list_versions v on v.list_id = o.list_id and v.published_at < ${endOfDay}
        order by o.rank, o.person_id, o.post_id, v.published_at desc, v.version_no desc
      ),
      signed as (
        select distinct on (f.rank, f.person_id, f.post_id) f.rank, f.person_id, f.post_id,
          to_char(sg.signed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as signed_at,
          sv.version_no as signed_version, sg.content_hash = f.content_hash as is_current
        from in_force f
        join list_signatures sg on sg.list_id = f.list_id and sg.signer_person_id = f.person_id and sg.role = 'confirm'
          and sg.signed_at < ${endOfDay}
        join list_versions sv on sv.list_id = f.list_id and sv.content_hash = sg.content_hash and sv.version_no <= f.version_no
        order by f.rank, f.person_id, f.post_id, sg.signed_at desc
      )
      select s.role, s.person_id, pe.name, s.post_id, po.name as post_name, s.holding_type, s.supervision_kind,
        f.list_id, f.year as list_year, f.owner_type as list_owner_type, f.version_no, f.content_hash, f.published_date,
        sg.signed_at, sg.signed_version, sg.is_current,
        (select coalesce(json_agg(json_build_object('id', r.id, 'date', r.occurred_on::text, 'title', r.title)
            order by r.occurred_on desc, r.id desc), '[]')::text
          from record_people rp join work_records r on r.id = rp.record_id
          where rp.person_id = s.person_id and r.kind = 'training'
            and r.occurred_on between ${since}::date and ${q.date}::date) as trainings
      from subjects s
      left join people pe on pe.id = s.person_id
      left join posts po on po.id = s.post_id
      left join in_force f on f.rank = s.rank and f.person_id = s.person_id and f.post_id is not distinct from s.post_id
      left join signed sg on sg.rank = s.rank and sg.person_id = s.person_id and sg.post_id is not distinct from s.post_id
      order by s.rank, s.sort_order, s.post_id, case s.holding_type when 'primary' then 0 when 'acting' then 1 else 2 end, pe.name
    `),
    db.execute(sql`
      select r.id, r.kind::text as kind, r.title, r.occurred_on::text as occurred_on, u.name as unit_name,
        (select min(pe.name) from record_people rp join people pe on pe.id = rp.person_id where rp.record_id = r.id and rp.role = 'lead') as lead_name,
        exists (select 1 from record_duty_items d join responsibility_lists l on l.id = d.list_id
          where d.record_id = r.id and l.unit_id = ${q.unitId}) as via_item
      from work_records r
      join units u on u.id = r.unit_id
      where r.occurred_on between ${since}::date and ${q.date}::date and ${
        q.itemKey
          ? sql`exists (select 1 from record_duty_items d where d.record_id = r.id and d.item_key = ${q.itemKey})`
          : sql`(r.unit_id = ${q.unitId}
              or exists (select 1 from record_units ru where ru.record_id = r.id and ru.unit_id = ${q.unitId})
              or exists (select 1 from record_duty_items d join responsibility_lists l on l.id = d.list_id
                where d.record_id = r.id and l.unit_id = ${q.unitId}))`
      }
      order by r.occurred_on desc, r.id desc
      limit 500
    `),
  ]);
  const subjects = rowsOf<Record<string, unknown>>(subjectsResult).map(
    (r): TraceSubject => ({
      role: r.role as TraceRole,
      personId: r.person_id == null ? null : Number(r.person_id),
      name: (r.name as string | null) ?? null,
      postId: r.post_id == null ? null : Number(r.post_id),
      postName: (r.post_name as string | null) ?? null,
      holdingType: (r.holding_type as TraceSubject["holdingType"]) ?? null,
      supervisionKind: (r.supervision_kind as TraceSubject["supervisionKind"]) ?? null,
      list:
        r.list_id == null
          ? null
          : {
              listId: Number(r.list_id),
              year: Number(r.list_year),
              ownerType: r.list_owner_type as "unit" | "post" | "leader",
              versionNo: Number(r.version_no),
              publishedDate: String(r.published_date),
              contentHash: String(r.content_hash),
            },
      signature:
        r.signed_at == null
          ? null
          : { signedAt: String(r.signed_at), versionNo: Number(r.signed_version), isCurrent: r.is_current === true || r.is_current === "t" },
      trainings: r.person_id == null ? [] : JSON.parse(String(r.trainings)),
    }),
  );
  const records = rowsOf<Record<string, unknown>>(recordsResult).map(
    (r): TraceRecord => ({
      id: Number(r.id),
      kind: r.kind as RecordKind,
      title: String(r.title),
      occurredOn: String(r.occurred_on),
      unitName: String(r.unit_name),
      leadName: (r.lead_name as string | null) ?? null,
      viaItem: r.via_item === true || r.via_item === "t",
    }),
  );
  return { unitId: q.unitId, date: q.date, since, year, subjects, records };
}

export type AccidentChoice = { id: number; title: string; date: string; unitId: number; unitName: string };

/** Accidents to start a trace from (newest first): picking one fills the date and the unit. */
export async function listAccidentChoices(db: Db, limit = 200): Promise<AccidentChoice[]> {
  const result = await db.execute(sql`
    select a.id, a.title, to_char(a.occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as date, a.unit_id, u.name as unit_name
    from accidents a join units u on u.id = a.unit_id
    order by a.occurred_at desc, a.id desc
    limit ${limit}
  `);
  return rowsOf<{ id: number; title: string; date: string; unit_id: number; unit_name: string }>(result).map((r) => ({
    id: Number(r.id),
    title: r.title,
    date: r.date,
    unitId: Number(r.unit_id),
    unitName: r.unit_name,
  }));
}
