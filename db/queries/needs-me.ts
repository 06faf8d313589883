// "What needs me" (需要我处理): the lists and pledges of a year waiting for the viewer's own action. Two
// queries at most (none for a viewer who can act on nothing), whatever the size of the bureau.
import { sql } from "drizzle-orm";
import type { Role } from "@/lib/authz";
import { orgDateOf } from "@/lib/clock";
import { rowsOf, type Db } from "../client";
import { holdingInForceAs } from "./holdings";
import { myConfirmations } from "./list-confirmations";

export type NeedsMeViewer = {
  userId: number;
  personId: number | null;
  roles: readonly Role[];
  headedUnitIds: number[];
  supervisedUnitIds: number[];
  /** Units the viewer is safety liaison for: they edit and submit the unit's lists too. */
  liaisonUnitIds?: number[];
};

/** submit a draft · review (分管) · sign a reviewed list · confirm a published list the signing board
 * counts on the viewer (待确认), or again after it changed (内容已变更) · approve · publish. */
export type NeedsMeListAction = "submit" | "review" | "sign" | "confirm" | "resign" | "approve" | "publish";

export type NeedsMeList = {
  listId: number;
  action: NeedsMeListAction;
  ownerType: "unit" | "post" | "leader";
  status: string;
  unitName: string;
  postName: string | null;
  leaderName: string | null;
};

export type NeedsMePledge = {
  pledgeId: number;
  title: string;
  level: number;
  status: string;
  /** The viewer's side: B signs (签署), A countersigns (会签). */
  party: "a" | "b";
  otherName: string;
};

export type NeedsMe = { lists: NeedsMeList[]; pledges: NeedsMePledge[]; total: number };

const ACTION_ORDER = sql.raw(
  `case action when 'sign' then 0 when 'confirm' then 0 when 'resign' then 1 when 'review' then 2 when 'submit' then 3 when 'approve' then 4 else 5 end`,
);

const intArray = (ids: number[]) => sql`${`{${ids.filter(Number.isInteger).join(",")}}`}::int[]`;

export async function getNeedsMe(db: Db, viewer: NeedsMeViewer, year: number, today: string): Promise<NeedsMe> {
  const isOffice = viewer.roles.includes("committee_office");
  const editUnits = [...viewer.headedUnitIds, ...(viewer.liaisonUnitIds ?? [])];
  const pid = viewer.personId;
  const mayAct = isOffice || pid != null || editUnits.length > 0 || viewer.supervisedUnitIds.length > 0;
  if (!mayAct) return { lists: [], pledges: [], total: 0 };

  // The published lists to confirm are the board's (list-confirmations.ts), read on the year's org date.
  const confirmations = pid == null ? null : myConfirmations(year, orgDateOf(year, today), pid);
  const listsQuery = db.execute(sql`
    with ${confirmations ? sql`${confirmations},` : sql``}
    signer_posts as (
      select p.id as post_id, p.unit_id, p.kind from post_holdings ph join posts p on p.id = ph.post_id
      where ph.person_id = ${pid ?? 0}
        and ${holdingInForceAs("ph", today)}
    ),
    l as (
      select l.*,
        (l.owner_type = 'leader' and l.leader_id = ${pid ?? 0})
          or (l.owner_type = 'post' and l.post_id in (select post_id from signer_posts))
          or (l.owner_type = 'unit' and l.unit_id in (select unit_id from signer_posts where kind = 'head')) as is_signer
      from responsibility_lists l
      where l.year = ${year}
    ),
    waiting as (
      select id, 'submit' as action from l
      where status = 'draft' and (${isOffice}::boolean or unit_id = any(${intArray(editUnits)}))
      union all
      select id, 'review' from l where status = 'submitted' and unit_id = any(${intArray(viewer.supervisedUnitIds)})
      union all
      select id, 'sign' from l where status = 'reviewed' and is_signer
      ${confirmations ? sql`union all select list_id, action from my_confirmations where action is not null` : sql``}
      union all
      select id, case status when 'confirmed' then 'approve' else 'publish' end from l
      where ${isOffice}::boolean and status in ('confirmed', 'approved')
    )
    select l.id as "listId", t.action, l.owner_type::text as "ownerType", l.status::text as status,
      u.name as "unitName", po.name as "postName", pe.name as "leaderName"
    from waiting t
    join l on l.id = t.id
    join units u on u.id = l.unit_id
    left join posts po on po.id = l.post_id
    left join people pe on pe.id = l.leader_id
    order by ${ACTION_ORDER}, u.sort_order, l.unit_id, po.sort_order, l.id
  `);
  const pledgesQuery =
    pid == null
      ? Promise.resolve(null)
      : db.execute(sql`
          select p.id as "pledgeId", p.title, p.level, p.status::text as status,
            case when p.party_b_id = ${pid} then 'b' else 'a' end as party,
            case when p.party_b_id = ${pid} then pa.name else pb.name end as "otherName"
          from pledges p
          join people pa on pa.id = p.party_a_id
          join people pb on pb.id = p.party_b_id
          where p.year = ${year} and (
            (p.party_b_id = ${pid} and p.status in ('pending', 'signed_a'))
            or (p.party_a_id = ${pid} and p.status in ('pending', 'signed_b'))
          )
          order by p.level, p.unit_id, p.id
        `);
  const [listResult, pledgeResult] = await Promise.all([listsQuery, pledgesQuery]);
  const lists = rowsOf<NeedsMeList>(listResult);
  const pledges = pledgeResult ? rowsOf<NeedsMePledge>(pledgeResult) : [];
  return { lists, pledges, total: lists.length + pledges.length };
}
