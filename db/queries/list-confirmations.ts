// "A list confirmation" as the signing board counts it: party B of a signing relation confirms (signs) the
// list of their relation — their leader list, their unit's list as its head, their post's list — and it is
// done when a confirm signature of theirs covers the list's published content. One person's share of that,
// for "what needs me" and 我的责任, is the board's own SQL narrowed to the person (lib: one rule, one place).
import { sql } from "drizzle-orm";
import { orgDateOf } from "@/lib/clock";
import { rowsOf, type Db } from "../client";
import { holdingInForceAs } from "./holdings";
import { cascadePairs, listsAndSignatures, relationListKey, signatureState } from "./cascade";

/** current: a signature covers the published version; stale: only an older content was signed; none. */
export type ConfirmationState = "current" | "stale" | "none";

export type ListConfirmation = {
  listId: number;
  status: string;
  /** The list has a published version (the confirmation is then of that version). */
  isPublished: boolean;
  signature: ConfirmationState;
  /** When the person's current signature was made (ISO, UTC); null unless `signature` is current. */
  signedAt: string | null;
  /** What they can do now: confirm the published list, confirm it again after a change (内容已变更), or nothing. */
  action: "confirm" | "resign" | null;
};

/**
 * CTE `my_confirmations` (list_id, status, vhash, signature, signed_at, action): the lists of the year `personId`
 * must confirm — the board's relations with them as party B (org read on `d`, as the board reads it) — and,
 * outside those, a list they sign (its post's holder, its unit's head, its leader) that someone confirmed
 * before: a new holder after a handover, which the board shows in its handover section.
 */
export const myConfirmations = (year: number, d: string, personId: number) => sql`
  ${cascadePairs(year, d, personId)},
  ${listsAndSignatures(year, personId)},
  my_posts as (
    select p.id as post_id, p.unit_id, p.kind from post_holdings ph join posts p on p.id = ph.post_id
    where ph.person_id = ${personId} and ${holdingInForceAs("ph", d)}
  ),
  my_due as (
    select l.id as list_id from pairs x join lists l on l.lk = ${relationListKey("x")}
    union
    select l.id from lists l
    where (l.lk = ${`L:${personId}`} or l.lk in (select 'P:' || post_id from my_posts)
        or l.lk in (select 'U:' || unit_id from my_posts where kind = 'head'))
      and exists (select 1 from list_signatures o where o.list_id = l.id and o.role = 'confirm')
  ),
  my_states as (
    select l.id as list_id, l.status, l.vhash, ${signatureState("l", "s")} as signature, s.current_at
    from my_due m join lists l on l.id = m.list_id
    left join sig s on s.list_id = l.id and s.person_id = ${personId}
  ),
  my_confirmations as (
    select list_id, status, vhash, signature, case when signature = 'current' then current_at end as signed_at,
      -- What the person can do now: confirm a published list (first time, or again after a change).
      case when status = 'published' and vhash is not null and signature <> 'current'
        then case signature when 'stale' then 'resign' else 'confirm' end end as action
    from my_states
  )`;

/** The lists `personId` must confirm in `year`, with their state; one query. */
export async function listConfirmationsOf(db: Db, personId: number, year: number, today: string): Promise<ListConfirmation[]> {
  const result = await db.execute(sql`
    with ${myConfirmations(year, orgDateOf(year, today), personId)}
    select list_id as "listId", status, vhash is not null as "isPublished", signature,
      to_char(signed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "signedAt", action
    from my_confirmations order by list_id
  `);
  return rowsOf<ListConfirmation>(result);
}
