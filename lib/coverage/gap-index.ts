// Indexes over the coverage input and the rules for who closes a gap and where: shared by the gap rules.
import type {
  Closer,
  CoverageHolding,
  CoverageInput,
  CoverageItem,
  CoverageList,
  CoverageSupervision,
  ListStatus,
} from "./types";
import { unitTreeOrder } from "./units";

const HOLDING_PREFERENCE = { primary: 0, acting: 1, concurrent: 2 } as const;
const byHoldingType = (a: CoverageHolding, b: CoverageHolding) =>
  HOLDING_PREFERENCE[a.type] - HOLDING_PREFERENCE[b.type];

// Published once is published: a list being edited after publication keeps its published version.
export const isPublished = (l: CoverageList | undefined): boolean => l !== undefined && l.publishedVersionNo !== null;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes over the input, built once: every rule below is a lookup, so the whole run is linear. */
export function indexInput(input: CoverageInput) {
  const units = new Map(input.units.map((u) => [u.id, u]));
  const rank = new Map(unitTreeOrder(input.units).map((e, i) => [e.unit.id, i]));
  const posts = new Map(input.posts.filter((p) => units.has(p.unitId)).map((p) => [p.id, p]));
  const headPosts = new Map<number, number[]>();
  for (const p of posts.values()) if (p.kind === "head") push(headPosts, p.unitId, p.id);
  const holdersByPost = new Map<number, CoverageHolding[]>();
  const holdingsByPerson = new Map<number, CoverageHolding[]>();
  for (const h of input.holdings) {
    if (!posts.has(h.postId)) continue;
    push(holdersByPost, h.postId, h);
    push(holdingsByPerson, h.personId, h);
  }
  for (const list of holdersByPost.values()) list.sort(byHoldingType);
  for (const list of holdingsByPerson.values()) list.sort(byHoldingType);
  const unitList = new Map<number, CoverageList>();
  const postList = new Map<number, CoverageList>();
  const leaderList = new Map<number, CoverageList>();
  // One list per owner per year (unique in the schema); if data ever holds two, the published one wins.
  const keep = (map: Map<number, CoverageList>, key: number | null, l: CoverageList) => {
    if (key === null) return;
    if (!isPublished(map.get(key))) map.set(key, l);
  };
  for (const l of input.lists) {
    if (l.ownerType === "unit") keep(unitList, l.unitId, l);
    else if (l.ownerType === "post") keep(postList, l.postId, l);
    else keep(leaderList, l.leaderId, l);
  }
  const itemsByList = new Map<number, CoverageItem[]>();
  for (const i of input.items) push(itemsByList, i.listId, i);
  const primarySupervisor = new Map<number, CoverageSupervision>();
  for (const s of input.supervisions)
    if (s.kind === "primary" && !primarySupervisor.has(s.unitId)) primarySupervisor.set(s.unitId, s);
  const personNames = new Map<number, string>();
  for (const h of input.holdings) personNames.set(h.personId, h.personName);
  for (const s of input.supervisions) personNames.set(s.leaderId, s.leaderName);
  for (const l of input.lists) if (l.leaderId !== null && l.leaderName) personNames.set(l.leaderId, l.leaderName);
  return {
    units,
    rank,
    posts,
    headPosts,
    holdersByPost,
    holdingsByPerson,
    unitList,
    postList,
    leaderList,
    itemsByList,
    primarySupervisor,
    personNames,
  };
}

export type Index = ReturnType<typeof indexInput>;

export const OFFICE: Closer = { role: "office", personId: null, personName: null };

function headOf(ix: Index, unitId: number): Closer {
  for (const postId of ix.headPosts.get(unitId) ?? []) {
    const h = ix.holdersByPost.get(postId)?.[0];
    if (h) return { role: "unit_head", personId: h.personId, personName: h.personName };
  }
  return { role: "unit_head", personId: null, personName: null };
}

/** Who moves a unit's or post's list on: the head drafts and confirms, the 分管 leader reviews, the
 * committee office approves and publishes. The leadership team's lists are the office's to draft. */
export function listCloser(ix: Index, unitId: number, status: ListStatus | null, heads: Map<number, Closer>): Closer {
  const kind = ix.units.get(unitId)?.kind;
  if (kind === "leadership" || kind === "bureau" || kind === undefined) return OFFICE;
  if (status === "submitted") {
    const s = ix.primarySupervisor.get(unitId);
    return s ? { role: "leader", personId: s.leaderId, personName: s.leaderName } : OFFICE;
  }
  if (status === "confirmed" || status === "approved" || status === "archived") return OFFICE;
  let head = heads.get(unitId);
  if (!head) heads.set(unitId, (head = headOf(ix, unitId)));
  return head;
}

export function listHref(year: number, list: CoverageList | undefined, fallback: string): string {
  return list ? `/duties/${list.id}` : `${fallback}&year=${year}`;
}

export function ownerName(ix: Index, l: CoverageList): string {
  if (l.ownerType === "post") return ix.posts.get(l.postId ?? -1)?.name ?? `#${l.postId}`;
  if (l.ownerType === "leader") return ix.personNames.get(l.leaderId ?? -1) ?? `#${l.leaderId}`;
  return ix.units.get(l.unitId)?.name ?? `#${l.unitId}`;
}
