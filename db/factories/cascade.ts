// Small organisations for the signing cascade's integration tests (层层签订): units, posts, people, holdings,
// 分管 and published lists, written straight to the tables in the caller's audited transaction. Each call
// makes unique codes and staff numbers, so one test database can hold several organisations.
import type { AuditedTx } from "../audited";
import { people, postHoldings, posts, supervisions, units } from "../schema";
import { createLists, publishList, type ListOwner } from "../queries/duty-writes";

type UnitKind = (typeof units.$inferInsert)["kind"];
type PostKind = (typeof posts.$inferInsert)["kind"];
type HoldingType = NonNullable<(typeof postHoldings.$inferInsert)["type"]>;

let serial = 0;
const next = () => `${process.pid}-${++serial}`;

export async function makeUnit(tx: AuditedTx, u: { name: string; kind: UnitKind; parentId?: number | null; sortOrder?: number; isActive?: boolean }) {
  const [row] = await tx
    .insert(units)
    .values({ code: `F-${next()}`, name: u.name, kind: u.kind, parentId: u.parentId ?? null, sortOrder: u.sortOrder ?? 0, isActive: u.isActive ?? true })
    .returning({ id: units.id });
  return row.id;
}

export async function makePost(tx: AuditedTx, p: { unitId: number; name: string; kind: PostKind; sortOrder?: number; isActive?: boolean }) {
  const [row] = await tx
    .insert(posts)
    .values({ unitId: p.unitId, name: p.name, kind: p.kind, sortOrder: p.sortOrder ?? 0, isActive: p.isActive ?? true })
    .returning({ id: posts.id });
  return row.id;
}

export async function makePerson(tx: AuditedTx, p: { name: string; isActive?: boolean }) {
  const [row] = await tx.insert(people).values({ staffNo: `F${next()}`, name: p.name, isActive: p.isActive ?? true }).returning({ id: people.id });
  return row.id;
}

/** `personId` holds `postId` from `startDate` (open-ended unless `endDate`), as primary unless `type` says. */
export async function makeHolding(
  tx: AuditedTx,
  h: { personId: number; postId: number; startDate: string; endDate?: string | null; type?: HoldingType },
) {
  await tx.insert(postHoldings).values({ personId: h.personId, postId: h.postId, type: h.type ?? "primary", startDate: h.startDate, endDate: h.endDate ?? null });
}

/** A person holding a new post: the post and the holding in one call. Returns both ids. */
export async function makeHolder(
  tx: AuditedTx,
  h: { unitId: number; post: string; kind: PostKind; person: string; startDate: string; sortOrder?: number; isActive?: boolean },
) {
  const postId = await makePost(tx, { unitId: h.unitId, name: h.post, kind: h.kind, sortOrder: h.sortOrder });
  const personId = await makePerson(tx, { name: h.person, isActive: h.isActive });
  await makeHolding(tx, { personId, postId, startDate: h.startDate });
  return { postId, personId };
}

export async function makeSupervision(tx: AuditedTx, s: { year: number; leaderId: number; unitId: number; kind?: "primary" | "assist" }) {
  await tx.insert(supervisions).values({ year: s.year, leaderId: s.leaderId, unitId: s.unitId, kind: s.kind ?? "primary" });
}

/** A list for each owner, published once (no items) at `at`. Returns the list ids in order. */
export async function makePublishedLists(tx: AuditedTx, owners: ListOwner[], at: Date) {
  const lists = await createLists(tx, owners);
  for (const l of lists) await publishList(tx, l.id, null, null, at);
  return lists.map((l) => l.id);
}
