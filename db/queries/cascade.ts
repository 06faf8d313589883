// The signing cascade (层层签订) in SQL, once: who must sign with whom in a year as the org stands on a date
// (lib/signing/cascade.ts says the rule), the year's pledges matched to those relations, and party B's
// confirmation of the list of their relation. The pledge generator, the signing board, the dashboard and
// "what needs me" all build on these CTEs, so they cannot disagree on who is expected to sign.
import { sql } from "drizzle-orm";
import { DIRECTOR_POST_KIND, HEAD_POST_KIND, MEMBER_POST_KINDS } from "@/lib/signing/cascade";
import { holdingInForceAs } from "./holdings";
import { holdingRankAs, LEADER_KINDS_SQL, sqlList } from "./fragments";

const MEMBER_KINDS_SQL = sqlList(MEMBER_POST_KINDS);
const DIRECTOR_KIND_SQL = sqlList([DIRECTOR_POST_KIND]);
const HEAD_KIND_SQL = sqlList([HEAD_POST_KIND]);

/** Holdings in force on `d` of active people on active posts of active units. For one person as party B
 * (`forB`), only the holdings their relations can involve: their own, every leader post, and the posts of
 * their units. */
const held = (d: string, forB?: number) => sql`
  held as (
    select ph.person_id, p.id as post_id, p.name as post_name, p.kind, p.sort_order as post_order,
      u.id as unit_id, u.name as unit_name, u.sort_order as unit_order, ${holdingRankAs("ph")} as type_rank
    from post_holdings ph
    join posts p on p.id = ph.post_id and p.is_active
    join units u on u.id = p.unit_id and u.is_active
    join people pe on pe.id = ph.person_id and pe.is_active
    where ${holdingInForceAs("ph", d)}${
      forB === undefined
        ? sql``
        : sql` and (ph.person_id = ${forB} or p.kind in ${LEADER_KINDS_SQL} or p.unit_id in (
          select p2.unit_id from post_holdings z join posts p2 on p2.id = z.post_id
          where z.person_id = ${forB} and ${holdingInForceAs("z", d)}))`
    }
  )`;

/** The key of a relation, from its columns: one per pair of people and unit, per post at level 3. */
const relationKey = (c: { level: string; a: string; b: string; unit: string; post: string }) =>
  sql.raw(`concat_ws(':', ${c.level}, ${c.a}, ${c.b}, ${c.unit}, case when ${c.level} = 3 then ${c.post} end)`);

/**
 * CTEs `held`, `lead` (each leader's leading post), `director`, `heads`, `principal` (each unit's head
 * that signs its 承诺书: the primary holder before an acting or concurrent one), `sup` (the year's 主管
 * 分管 of active leaders) and `pairs`: the relations the org on `d` asks for, one row per key `k`, with
 * (level, a_id, a_post, a_unit, b_id, b_post, unit_id, unit_name, post_id, unit_order, post_order). Level 0
 * is the 局长's own list (no party A, no pledge). `forB` keeps the relations where that person is party B:
 * the same rule, narrowed for one person.
 */
export const cascadePairs = (year: number, d: string, forB?: number) => {
  const isB = (col: string) => (forB === undefined ? sql`` : sql` and ${sql.raw(col)} = ${forB}`);
  return sql`
    ${held(d, forB)},
    lead as (
      select distinct on (person_id) * from held where kind in ${LEADER_KINDS_SQL} order by person_id, type_rank, post_order
    ),
    director as (select * from lead where kind in ${DIRECTOR_KIND_SQL} order by type_rank, person_id limit 1),
    heads as (select * from held where kind in ${HEAD_KIND_SQL}),
    principal as (select distinct on (unit_id) * from heads order by unit_id, type_rank, person_id),
    sup as (
      select s.leader_id, s.unit_id from supervisions s join people pe on pe.id = s.leader_id and pe.is_active
      where s.year = ${year} and s.kind = 'primary'
    ),
    pairs0 as (
      select 0 as level, null::int as a_id, null::text as a_post, null::text as a_unit, dr.person_id as b_id,
        dr.post_name as b_post, dr.unit_id, dr.unit_name, null::int as post_id, dr.unit_order, dr.post_order
      from director dr where true${isB("dr.person_id")}
      union all
      select 1, a.person_id, a.post_name, a.unit_name, b.person_id, b.post_name, b.unit_id, b.unit_name, null,
        b.unit_order, b.post_order
      from director a join lead b on b.person_id <> a.person_id${isB("b.person_id")}
      union all
      select 2, s.leader_id, coalesce(a.post_name, ''), coalesce(a.unit_name, ''), h.person_id, h.post_name,
        h.unit_id, h.unit_name, null, h.unit_order, h.post_order
      from sup s join heads h on h.unit_id = s.unit_id and h.person_id <> s.leader_id${isB("h.person_id")}
      left join lead a on a.person_id = s.leader_id
      union all
      select 3, a.person_id, a.post_name, a.unit_name, b.person_id, b.post_name, b.unit_id, b.unit_name, b.post_id,
        b.unit_order, b.post_order
      from principal a
      join held b on b.unit_id = a.unit_id and b.kind in ${MEMBER_KINDS_SQL} and b.person_id <> a.person_id${isB("b.person_id")}
    ),
    pairs as (
      select distinct on (k) * from (
        select *, ${relationKey({ level: "level", a: "a_id", b: "b_id", unit: "unit_id", post: "post_id" })} as k from pairs0
      ) x order by k, post_order
    )`;
};

/**
 * `cascadePairs` and the year's pledges (not superseded) matched to them: CTEs `pl` (the latest pledge per
 * relation key) and `edges` (level, a_id, b_id, b_post, unit_id, post_id, unit_order, post_order,
 * is_expected, pledge_id, pledge_status): every relation the org asks for, and every pledge whose relation
 * the org no longer has (`is_expected` false).
 */
export const cascadeEdges = (year: number, d: string) => sql`
  ${cascadePairs(year, d)},
  pl as (
    select distinct on (k) * from (
      select p.id, p.level, p.party_a_id, p.party_b_id, p.unit_id, p.status::text as status, l.post_id,
        ${relationKey({ level: "p.level", a: "p.party_a_id", b: "p.party_b_id", unit: "p.unit_id", post: "l.post_id" })} as k
      from pledges p left join responsibility_lists l on l.id = p.list_id
      where p.year = ${year} and p.status <> 'superseded'
    ) y order by k, id desc
  ),
  edges as (
    select coalesce(x.level, pl.level) as level, coalesce(x.a_id, pl.party_a_id) as a_id,
      coalesce(x.b_id, pl.party_b_id) as b_id, x.b_post, coalesce(x.unit_id, pl.unit_id) as unit_id,
      coalesce(x.post_id, pl.post_id) as post_id, x.unit_order, x.post_order, x.k is not null as is_expected,
      pl.id as pledge_id, pl.status as pledge_status
    from pairs x full join pl on pl.k = x.k
  )`;

/** The key (in `lists.lk`) of the list party B of a relation confirms: their leader list (levels 0–1), the
 * unit's list (2), their post's list (3). */
export const relationListKey = (e: string) =>
  sql.raw(`case when ${e}.level <= 1 then 'L:' || ${e}.b_id when ${e}.level = 2 then 'U:' || ${e}.unit_id else 'P:' || ${e}.post_id end`);

/** The year's lists with their latest published hash, and each signer's confirm signatures summed up:
 * current when one covers the published version (before the first publication: once confirmed), with the
 * time of the latest such signature. `signer` keeps one signer's signatures only. */
export const listsAndSignatures = (year: number, signer?: number) => sql`
  lists as (
    select distinct on (lk) * from (
      select l.id, l.unit_id, l.status::text as status, v.content_hash as vhash,
        case l.owner_type when 'leader' then 'L:' || l.leader_id when 'unit' then 'U:' || l.unit_id else 'P:' || l.post_id end as lk
      from responsibility_lists l
      left join list_versions v on v.list_id = l.id and v.version_no = l.published_version_no
      where l.year = ${year} and (l.owner_type <> 'unit' or (l.post_id is null and l.leader_id is null))
    ) x order by lk, id
  ),
  sig as (
    select s.list_id, s.signer_person_id as person_id, bool_or(s.content_hash = l.vhash) as has_current,
      max(s.signed_at) filter (where l.vhash is null or s.content_hash = l.vhash) as current_at
    from list_signatures s join lists l on l.id = s.list_id
    where s.role = 'confirm' and s.signer_person_id is not null${signer === undefined ? sql`` : sql` and s.signer_person_id = ${signer}`}
    group by s.list_id, s.signer_person_id
  )`;

/** Party B's signature on their list: 'current', 'stale' (signed an older content) or 'none'. */
export const signatureState = (l: string, s: string) =>
  sql.raw(`case when ${s}.list_id is null then 'none'
    when ${l}.vhash is null then case when ${l}.status in ('confirmed', 'approved') then 'current' else 'none' end
    when ${s}.has_current then 'current' else 'stale' end`);
