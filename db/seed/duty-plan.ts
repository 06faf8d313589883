// Turns the org of one year into planned responsibility lists built from the template library: a unit list
// per unit, a post list per post, a leader list per leader (template items plus one oversight item per unit
// supervised). Pure planning, shared by the demo seed and the bench; the caller writes the rows.
import { and, asc, eq, gte, isNull, lte, or } from "drizzle-orm";
import type { Tx } from "../client";
import type { ItemInput, ListOwner } from "../queries/duty-writes";
import { committeeMembers, committees, postHoldings, posts, supervisions, units } from "../schema";
import {
  DUTY_TEMPLATES,
  GROUP_DOMAINS,
  UNIT_DOMAINS,
  cite,
  oversightItem,
  type TemplateItem,
  type TemplateKey,
  type UnitGroup,
} from "./duty-templates";
import { LEADER_POST_KINDS } from "@/lib/org/post-kinds";

type UnitKind = (typeof units.$inferSelect)["kind"];
type PostKind = (typeof posts.$inferSelect)["kind"];
export type OrgUnit = { id: number; code: string; name: string; kind: UnitKind; group: UnitGroup | null };
export type OrgPost = { id: number; unitId: number; name: string; kind: PostKind };
export type OrgYear = {
  year: number;
  /** Active units and posts in display order. */
  units: OrgUnit[];
  posts: OrgPost[];
  /** Post id → people holding it at some time in the year (primary, concurrent or acting). */
  holders: Map<number, number[]>;
  supervisions: { leaderId: number; unitId: number; kind: "primary" | "assist" }[];
  /** The committee's 常务副主任 that year: the deputy in charge of work safety. */
  safetyDeputies: Set<number>;
};

export type PlannedItem = ItemInput & { ref: string; itemKey: string; sortOrder: number };
/** `tag`: "unit:CODE", "post:CODE|post name" or "leader:personId" — how the seed finds a list again;
 * `template` (null for an oversight-only leader list), `unit` and `postName`: what its items were filled from. */
export type PlannedList = {
  owner: ListOwner;
  tag: string;
  items: PlannedItem[];
  template: TemplateKey | null;
  unit: OrgUnit;
  postName: string | null;
};

const LEADER_KINDS = new Set<PostKind>(LEADER_POST_KINDS);

export async function loadOrgYear(tx: Tx, year: number): Promise<OrgYear> {
  const unitRows = await tx
    .select({ id: units.id, code: units.code, name: units.name, kind: units.kind, group: units.group })
    .from(units)
    .where(eq(units.isActive, true))
    .orderBy(asc(units.sortOrder), asc(units.id));
  const order = new Map(unitRows.map((u, i) => [u.id, i]));
  const postRows = (
    await tx
      .select({ id: posts.id, unitId: posts.unitId, name: posts.name, kind: posts.kind, sortOrder: posts.sortOrder })
      .from(posts)
      .where(eq(posts.isActive, true))
  )
    .filter((p) => order.has(p.unitId))
    .sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)! || a.sortOrder - b.sortOrder || a.id - b.id);
  const holdingRows = await tx
    .select({ postId: postHoldings.postId, personId: postHoldings.personId })
    .from(postHoldings)
    .where(
      and(
        lte(postHoldings.startDate, `${year}-12-31`),
        or(isNull(postHoldings.endDate), gte(postHoldings.endDate, `${year}-01-01`)),
      ),
    )
    .orderBy(asc(postHoldings.id));
  const holders = new Map<number, number[]>();
  for (const h of holdingRows) holders.set(h.postId, [...(holders.get(h.postId) ?? []), h.personId]);
  const supervisionRows = (
    await tx
      .select({ leaderId: supervisions.leaderId, unitId: supervisions.unitId, kind: supervisions.kind })
      .from(supervisions)
      .where(eq(supervisions.year, year))
  )
    .filter((s) => order.has(s.unitId))
    .sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)! || a.leaderId - b.leaderId);
  const evc = await tx
    .select({ personId: committeeMembers.personId })
    .from(committeeMembers)
    .innerJoin(committees, eq(committees.id, committeeMembers.committeeId))
    .where(and(eq(committees.year, year), eq(committeeMembers.role, "executive_vice_chair")));
  return {
    year,
    units: unitRows,
    posts: postRows.map(({ sortOrder: _, ...p }) => p),
    holders,
    supervisions: supervisionRows,
    safetyDeputies: new Set(evc.map((r) => r.personId)),
  };
}

/** The group whose items a unit's lists use (the domain may override the org's group). */
function effectiveGroup(u: OrgUnit): UnitGroup {
  return UNIT_DOMAINS[u.code]?.as ?? u.group ?? "general";
}

export function templateKeyFor(post: OrgPost, unit: OrgUnit, isSafetyDeputy: boolean): TemplateKey {
  switch (post.kind) {
    case "director":
    case "party_secretary":
    case "chief_engineer":
      return post.kind;
    case "deputy_director":
      return isSafetyDeputy || post.name.includes("安全生产") ? "deputy_safety" : "deputy_other";
    case "head": {
      if (unit.kind === "branch") return "head_branch";
      const g = effectiveGroup(unit);
      return g === "technical" ? "head_technical" : g === "general" ? "head_general" : "head_regulatory";
    }
    default:
      return "staff";
  }
}

/** Fills the placeholders of a template text for one owner. */
export function fill(s: string, unit: OrgUnit, postName: string | null): string {
  const g = effectiveGroup(unit);
  const domain = UNIT_DOMAINS[unit.code] ?? GROUP_DOMAINS[g];
  const field = postName?.match(/分管([^）)]+)[）)]/)?.[1] ?? "";
  return s
    .replaceAll("【本单位】", unit.name)
    .replaceAll("【本岗位】", postName ?? unit.name)
    .replaceAll("【分管领域】", field)
    .replaceAll("【业务领域】", domain.field)
    .replaceAll("【监管依据】", domain.basis)
    .replaceAll("【现场依据】", domain.onSite ?? GROUP_DOMAINS[g].onSite!);
}

/** The items of one template for an owner, with stable keys and pairing by the template's refs. */
export function templateItems(
  key: TemplateKey,
  unit: OrgUnit,
  postName: string | null,
  keyOf: (ref: string) => string,
): PlannedItem[] {
  const t = DUTY_TEMPLATES[key];
  const g = effectiveGroup(unit);
  const chosen = t.items.filter((i: TemplateItem) => !i.appliesTo || i.appliesTo.includes(g));
  // One keyOf call per ref, so a caller may hand out fresh random keys.
  const keys = new Map(chosen.map((i) => [i.ref, keyOf(i.ref)]));
  return chosen.map((i, n) => {
    if (i.pairedRef && !keys.has(i.pairedRef))
      throw new Error(`template ${key}: ${i.ref} pairs with absent ${i.pairedRef}`);
    const f = (s: string) => fill(s, unit, postName);
    return {
      ref: i.ref,
      itemKey: keys.get(i.ref)!,
      pairedKey: i.pairedRef ? keys.get(i.pairedRef)! : null,
      supervisedUnitId: null,
      text: f(i.text),
      category: i.category,
      kind: i.kind,
      responsibilityType: t.responsibilityType,
      legalBasis: cite(f(i.legalBasis)),
      scope: f(i.scope),
      standard: f(i.standard),
      cadence: i.cadence,
      evidenceRequired: f(i.evidenceRequired),
      sortOrder: n + 1,
    };
  });
}

/**
 * Plans every list of one year. `keyOf(stable)` returns the item key for a stable name ("post:12|biz"), so a
 * caller that passes the same function for two years keeps a duty's key across years.
 */
export function planYear(org: OrgYear, keyOf: (stable: string) => string): PlannedList[] {
  const { year } = org;
  const unitById = new Map(org.units.map((u) => [u.id, u]));
  const lists: PlannedList[] = [];

  for (const u of org.units) {
    if (u.kind === "bureau" || u.kind === "leadership") continue;
    const items = templateItems("unit", u, null, (ref) => keyOf(`unit:${u.id}|${ref}`));
    lists.push({
      owner: owner(year, "unit", u.id),
      tag: `unit:${u.code}`,
      items,
      template: "unit",
      unit: u,
      postName: null,
    });
  }

  const isSafety = (p: OrgPost) => (org.holders.get(p.id) ?? []).some((id) => org.safetyDeputies.has(id));
  for (const p of org.posts) {
    const u = unitById.get(p.unitId)!;
    const key = templateKeyFor(p, u, isSafety(p));
    const items = templateItems(key, u, p.name, (ref) => keyOf(`post:${p.id}|${ref}`));
    lists.push({
      owner: owner(year, "post", u.id, p.id),
      tag: `post:${u.code}|${p.name}`,
      items,
      template: key,
      unit: u,
      postName: p.name,
    });
  }

  // Leaders: holders of leadership posts (their template plus oversight), then anyone else with 分管 that
  // year (oversight items only: their own duties are on their post's list).
  const leaderPost = new Map<number, OrgPost>();
  for (const p of org.posts) {
    if (!LEADER_KINDS.has(p.kind)) continue;
    for (const id of org.holders.get(p.id) ?? []) if (!leaderPost.has(id)) leaderPost.set(id, p);
  }
  const supervisors = [...new Set(org.supervisions.map((s) => s.leaderId))];
  const leaderIds = [...leaderPost.keys(), ...supervisors.filter((id) => !leaderPost.has(id))];
  const homeUnit = new Map<number, number>();
  for (const p of org.posts)
    for (const id of org.holders.get(p.id) ?? []) if (!homeUnit.has(id)) homeUnit.set(id, p.unitId);
  for (const personId of leaderIds) {
    const p = leaderPost.get(personId);
    const u = unitById.get(p?.unitId ?? homeUnit.get(personId)!);
    if (!u) continue;
    const k = (ref: string) => keyOf(`leader:${personId}|${ref}`);
    const template = p ? templateKeyFor(p, u, org.safetyDeputies.has(personId)) : null;
    const items = template ? templateItems(template, u, p!.name, k) : [];
    for (const s of org.supervisions.filter((x) => x.leaderId === personId)) {
      const ref = `oversee:${s.unitId}`;
      items.push({
        ref,
        itemKey: k(ref),
        pairedKey: null,
        supervisedUnitId: s.unitId,
        ...oversightItem(unitById.get(s.unitId)!.name, s.kind),
        sortOrder: items.length + 1,
      });
    }
    const postName = p?.name ?? null;
    lists.push({
      owner: owner(year, "leader", u.id, null, personId),
      tag: `leader:${personId}`,
      items,
      template,
      unit: u,
      postName,
    });
  }
  return lists;
}

function owner(
  year: number,
  ownerType: ListOwner["ownerType"],
  unitId: number,
  postId: number | null = null,
  leaderId: number | null = null,
): ListOwner {
  return { year, ownerType, unitId, postId, leaderId };
}

export const ownerKey = (o: ListOwner) => `${o.year}|${o.ownerType}|${o.unitId}|${o.postId}|${o.leaderId}`;
