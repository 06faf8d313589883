// The list workflow's writes (guarded status changes, events, signatures) and its reads.
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import type { AuditedTx } from "../audited";
import { listEvents, listSignatures, people, postHoldings, posts, responsibilityLists, users, type ListSignature } from "../schema";
import { holdingInForce, holdingInForceAs } from "./holdings";
import { now } from "@/lib/clock";

/** Moves a list from one of `from` to `to`; null when it was not in one of those states (someone was first). */
export async function updateListStatus(tx: AuditedTx, listId: number, from: string[], to: string) {
  const [row] = await tx
    .update(responsibilityLists)
    .set({ status: to as never, version: sql`${responsibilityLists.version} + 1`, updatedAt: now() })
    .where(and(eq(responsibilityLists.id, listId), inArray(responsibilityLists.status, from as never[])))
    .returning();
  return row ?? null;
}

export async function createListEvent(
  tx: AuditedTx,
  e: { listId: number; step: "submit" | "review" | "confirm" | "approve" | "publish" | "return"; fromStatus: string; toStatus: string; actorUserId: number; comment?: string | null },
) {
  await tx.insert(listEvents).values(e);
}

/** One signature per signer, role and content: a double submit finds the first one. */
export async function createSignature(
  tx: AuditedTx,
  s: Omit<ListSignature, "id" | "createdAt" | "updatedAt">,
): Promise<{ signature: ListSignature; isNew: boolean }> {
  const [row] = await tx.insert(listSignatures).values(s).onConflictDoNothing().returning();
  if (row) return { signature: row, isNew: true };
  const [existing] = await tx
    .select()
    .from(listSignatures)
    .where(
      and(
        eq(listSignatures.listId, s.listId),
        eq(listSignatures.role, s.role),
        eq(listSignatures.signerUserId, s.signerUserId),
        eq(listSignatures.contentHash, s.contentHash),
      ),
    );
  return { signature: existing, isNew: false };
}

/** The people who sign a list: the unit's head post holders, the post's holders, or the leader. */
export async function listSignerIds(db: Db, list: { ownerType: string; unitId: number; postId: number | null; leaderId: number | null }, today: string) {
  if (list.ownerType === "leader") return list.leaderId ? [list.leaderId] : [];
  const rows = await db
    .select({ personId: postHoldings.personId })
    .from(postHoldings)
    .innerJoin(posts, eq(posts.id, postHoldings.postId))
    .where(
      and(
        list.ownerType === "post" ? eq(posts.id, list.postId ?? 0) : and(eq(posts.unitId, list.unitId), eq(posts.kind, "head")),
        holdingInForce(today),
      ),
    );
  return [...new Set(rows.map((r) => r.personId))];
}

/** The same rule as a condition on `responsibility_lists`: the lists `personId` signs on `date` (for a
 * WHERE: the lists a person may read because they sign them). */
export function signsList(personId: number, date: string): SQL {
  const holds = (post: SQL) => sql`exists (select 1 from post_holdings ph join posts p on p.id = ph.post_id
    where ph.person_id = ${personId} and ${holdingInForceAs("ph", date)} and ${post})`;
  const l = responsibilityLists;
  return sql`((${l.ownerType} = 'leader' and ${l.leaderId} = ${personId})
    or (${l.ownerType} = 'post' and ${holds(sql`p.id = ${l.postId}`)})
    or (${l.ownerType} = 'unit' and ${holds(sql`p.unit_id = ${l.unitId} and p.kind = 'head'`)}))`;
}

export async function listSignaturesOf(db: Db, listId: number) {
  return db
    .select({
      id: listSignatures.id,
      role: listSignatures.role,
      signerName: people.name,
      signerUsername: users.username,
      signerUserId: listSignatures.signerUserId,
      signerPost: listSignatures.signerPost,
      contentHash: listSignatures.contentHash,
      content: listSignatures.content,
      method: listSignatures.method,
      signedAt: listSignatures.signedAt,
    })
    .from(listSignatures)
    .innerJoin(users, eq(users.id, listSignatures.signerUserId))
    .leftJoin(people, eq(people.id, listSignatures.signerPersonId))
    .where(eq(listSignatures.listId, listId))
    .orderBy(desc(listSignatures.signedAt), desc(listSignatures.id));
}

export async function listEventsOf(db: Db, listId: number) {
  return db
    .select({
      id: listEvents.id,
      step: listEvents.step,
      fromStatus: listEvents.fromStatus,
      toStatus: listEvents.toStatus,
      comment: listEvents.comment,
      at: listEvents.createdAt,
      actor: sql<string | null>`coalesce(${people.name}, ${users.username})`,
    })
    .from(listEvents)
    .leftJoin(users, eq(users.id, listEvents.actorUserId))
    .leftJoin(people, eq(people.id, users.personId))
    .where(eq(listEvents.listId, listId))
    .orderBy(asc(listEvents.id));
}

/** The viewer's post names today, as the signer's post recorded with a signature. */
export async function getPostNamesOf(db: Db, personId: number, today: string) {
  const rows = await db
    .select({ name: posts.name })
    .from(postHoldings)
    .innerJoin(posts, eq(posts.id, postHoldings.postId))
    .where(
      and(
        eq(postHoldings.personId, personId),
        holdingInForce(today),
      ),
    );
  return rows.map((r) => r.name).join("、");
}
