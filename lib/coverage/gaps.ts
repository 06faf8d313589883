// The gap list of a year (DESIGN §4 rule 1): every unit, post, person and leader has a published list,
// every business item has its safety item, every 分管 unit is covered by its leader's list, every unit
// has a supervising leader, and every item names its scope and standard (安全生产法 art. 22).
import { indexInput, isPublished, listCloser, listHref, OFFICE, ownerName, type Index } from "./gap-index";
import {
  GAP_KINDS,
  LEADER_POST_KINDS,
  UNIT_LEVEL_KINDS,
  type Closer,
  type CoverageInput,
  type CoverageList,
  type Gap,
  type GapKind,
} from "./types";

/** How many item keys a gap carries for display. */
export const SAMPLE_KEYS = 5;

type GapCore = Pick<Gap, "kind" | "unitId" | "subject" | "subjectType" | "closer" | "href"> & { list?: CoverageList };
type GapExtra = Partial<
  Pick<
    Gap,
    | "ownerType"
    | "supervisionKind"
    | "hasPublishedList"
    | "itemCount"
    | "itemKeys"
    | "missingScope"
    | "missingStandard"
    | "postNames"
  >
>;
const NO_EXTRA: GapExtra = {};

/** Every gap has the same shape (absent fields undefined): thousands are made, and object spread in this
 * loop was the slowest part of the whole computation. */
function makeGap(ix: Index, c: GapCore, x: GapExtra = NO_EXTRA): Gap {
  return {
    kind: c.kind,
    unitId: c.unitId,
    unitName: ix.units.get(c.unitId)?.name ?? `#${c.unitId}`,
    subject: c.subject,
    subjectType: c.subjectType,
    ownerType: x.ownerType,
    listId: c.list?.id ?? null,
    listStatus: c.list?.status ?? null,
    supervisionKind: x.supervisionKind,
    hasPublishedList: x.hasPublishedList,
    itemCount: x.itemCount,
    itemKeys: x.itemKeys,
    missingScope: x.missingScope,
    missingStandard: x.missingStandard,
    postNames: x.postNames,
    closer: c.closer,
    href: c.href,
  };
}

/** Every gap of the year, most severe kind first, then in unit order. */
export function computeGaps(input: CoverageInput): Gap[] {
  const ix = indexInput(input);
  const heads = new Map<number, Closer>();
  const year = input.year;
  const gaps: Gap[] = [];

  for (const u of input.units) {
    if (!UNIT_LEVEL_KINDS.includes(u.kind)) continue;
    if (!ix.primarySupervisor.has(u.id)) {
      const href = `/admin/org/units/${u.id}`;
      gaps.push(
        makeGap(ix, {
          kind: "unit_without_leader",
          unitId: u.id,
          subject: u.name,
          subjectType: "unit",
          closer: OFFICE,
          href,
        }),
      );
    }
    const list = ix.unitList.get(u.id);
    if (!isPublished(list)) {
      gaps.push(
        makeGap(ix, {
          kind: "unit_without_published_list",
          unitId: u.id,
          list,
          subject: u.name,
          subjectType: "unit",
          closer: listCloser(ix, u.id, list?.status ?? null, heads),
          href: listHref(year, list, `/duties?unit=${u.id}`),
        }),
      );
    }
  }

  // 分管: a leader's published lists (their leader list, and the lists of posts they hold — a branch head
  // may supervise the branch's sections) must each name the unit in an oversight item.
  const covered = new Map<number, { units: Set<number>; hasPublished: boolean }>();
  const coverageOf = (leaderId: number) => {
    let c = covered.get(leaderId);
    if (c) return c;
    const lists = [
      ix.leaderList.get(leaderId),
      ...(ix.holdingsByPerson.get(leaderId) ?? []).map((h) => ix.postList.get(h.postId)),
    ];
    const published = lists.filter((l): l is CoverageList => isPublished(l));
    const units = new Set<number>();
    for (const l of published)
      for (const i of ix.itemsByList.get(l.id) ?? []) if (i.supervisedUnitId !== null) units.add(i.supervisedUnitId);
    c = { units, hasPublished: published.length > 0 };
    covered.set(leaderId, c);
    return c;
  };
  for (const s of input.supervisions) {
    if (!ix.units.has(s.unitId)) continue;
    const c = coverageOf(s.leaderId);
    if (c.units.has(s.unitId)) continue;
    const own = ix.leaderList.get(s.leaderId);
    const held = (ix.holdingsByPerson.get(s.leaderId) ?? [])
      .map((h) => ix.postList.get(h.postId))
      .filter((l) => l !== undefined);
    const list = own ?? held.find(isPublished) ?? held[0];
    gaps.push(
      makeGap(
        ix,
        {
          kind: "leader_missing_oversight",
          unitId: s.unitId,
          list,
          subject: s.leaderName,
          subjectType: "leader",
          closer: { role: "leader", personId: s.leaderId, personName: s.leaderName },
          href: listHref(year, list, `/duties?type=leader&leader=${s.leaderId}`),
        },
        { supervisionKind: s.kind, hasPublishedList: c.hasPublished },
      ),
    );
  }

  const posts = [...ix.posts.values()].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  for (const p of posts) {
    const list = ix.postList.get(p.id);
    if (isPublished(list)) continue;
    // A leadership post is covered by its holder's leader list.
    if (
      LEADER_POST_KINDS.includes(p.kind) &&
      (ix.holdersByPost.get(p.id) ?? []).some((h) => isPublished(ix.leaderList.get(h.personId)))
    )
      continue;
    gaps.push(
      makeGap(ix, {
        kind: "post_without_list",
        unitId: p.unitId,
        list,
        subject: p.name,
        subjectType: "post",
        closer: listCloser(ix, p.unitId, list?.status ?? null, heads),
        href: listHref(year, list, `/duties?unit=${p.unitId}`),
      }),
    );
  }

  for (const [personId, holdings] of ix.holdingsByPerson) {
    if (isPublished(ix.leaderList.get(personId))) continue;
    if (holdings.some((h) => isPublished(ix.postList.get(h.postId)))) continue;
    const main = ix.posts.get(holdings[0].postId)!;
    const list =
      holdings.map((h) => ix.postList.get(h.postId)).find((l) => l !== undefined) ?? ix.leaderList.get(personId);
    gaps.push(
      makeGap(
        ix,
        {
          kind: "person_without_list",
          unitId: main.unitId,
          list,
          subject: holdings[0].personName,
          subjectType: "person",
          closer: listCloser(ix, main.unitId, list?.status ?? null, heads),
          href: listHref(year, list, `/duties?unit=${main.unitId}`),
        },
        { postNames: holdings.map((h) => ix.posts.get(h.postId)!.name) },
      ),
    );
  }

  for (const l of input.lists) {
    if (!isPublished(l)) continue;
    const items = ix.itemsByList.get(l.id) ?? [];
    // 管业务必须管安全: a business item is paired when a safety item of the same version names its key.
    const paired = new Set<string>();
    for (const i of items) if (i.kind === "safety" && i.pairedKey !== null) paired.add(i.pairedKey);
    const unpaired: string[] = [];
    const incomplete: string[] = [];
    let missingScope = 0;
    let missingStandard = 0;
    for (const i of items) {
      if (i.kind === "business" && !paired.has(i.itemKey)) unpaired.push(i.itemKey);
      if (!i.hasScope) missingScope++;
      if (!i.hasStandard) missingStandard++;
      if (!i.hasScope || !i.hasStandard) incomplete.push(i.itemKey);
    }
    const listGap = (kind: GapKind, keys: string[], missingScope?: number, missingStandard?: number) =>
      makeGap(
        ix,
        {
          kind,
          unitId: l.unitId,
          list: l,
          subject: ownerName(ix, l),
          subjectType: "list",
          closer: listCloser(ix, l.unitId, l.status, heads),
          href: `/duties/${l.id}`,
        },
        {
          ownerType: l.ownerType,
          itemCount: keys.length,
          itemKeys: keys.slice(0, SAMPLE_KEYS),
          missingScope,
          missingStandard,
        },
      );
    // A leader's list holds policy and oversight duties, not business duties that need a safety twin.
    if (unpaired.length && l.ownerType !== "leader") gaps.push(listGap("business_without_safety", unpaired));
    if (incomplete.length)
      gaps.push(listGap("item_missing_scope_or_standard", incomplete, missingScope, missingStandard));
  }

  const severity = new Map(GAP_KINDS.map((k, i) => [k, i]));
  const rankOf = (id: number) => ix.rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  // Stable sort: within a kind and unit, gaps keep the order they were found in (post order, list order).
  return gaps.sort((a, b) => severity.get(a.kind)! - severity.get(b.kind)! || rankOf(a.unitId) - rankOf(b.unitId));
}

/** Headline figures: gaps per kind (an item-level gap is one per list; `items` counts the items). */
export function countGaps(gaps: Gap[]): Record<GapKind, { gaps: number; items: number }> {
  const counts = Object.fromEntries(GAP_KINDS.map((k) => [k, { gaps: 0, items: 0 }])) as Record<
    GapKind,
    { gaps: number; items: number }
  >;
  for (const g of gaps) {
    counts[g.kind].gaps++;
    counts[g.kind].items += g.itemCount ?? 1;
  }
  return counts;
}
