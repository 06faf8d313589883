// Demo duty content (DESIGN §7): the template library, and lists for last year (published, then archived)
// and this year (published, with a second version of 质量监督科's unit list and five deliberate gaps for the
// coverage page). Runs inside the demo seed's audited transaction, after seedDemo. Dates are the story's
// (2025: last year, 2026: this year), moved onto the clock by demo-calendar.ts.
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { AuditedTx } from "../audited";
import { createItems, createLists, publishList, updateListToDraft } from "../queries/duty-writes";
import { dutyTemplates, listItems, responsibilityLists } from "../schema";
import { demoCalendar, type DemoCalendar } from "./demo-calendar";
import { DUTY_TEMPLATES, type TemplateKey } from "./duty-templates";
import { loadOrgYear, ownerKey, planYear, type PlannedList } from "./duty-plan";

/** Story dates (10:00 in Shanghai): each year's lists published, last year's archived, this year's
 * 质量监督科 unit list revised and published again. */
export const DUTY_DATES = {
  published: { 2025: "2025-03-15", 2026: "2026-03-10" } as Record<number, string>,
  archived: "2026-01-05",
  revised: "2026-05-20",
  secondVersion: "2026-06-01",
};
const at = (date: string) => new Date(`${date}T10:00:00+08:00`);

/** The deliberate gaps of this year (DESIGN §4 rule 1), by unit code / post name. */
export const DEMO_DUTY_GAPS = {
  /** (a) unit list created but never published. */
  draftUnit: "AFF-STDINFO",
  /** (b) a post with no list at all. */
  noListPost: { unit: "AFF-FIBER", post: "纤维检验员" },
  /** (c) a unit list whose business item has no paired safety item. */
  unpairedUnit: { unit: "SEC-METROLOGY", removedRef: "regulatory.safety" },
  /** (d) the leader (by post) whose list lacks the oversight item for one unit they supervise. */
  missingOversight: { leaderPost: "副局长（分管计量标准）", unit: "SEC-STANDARD" },
  /** (e) a unit list item with neither scope nor standard (Work Safety Law art. 22). */
  incompleteItem: { unit: "BR-EAST", ref: "hazard" },
} as const;

/** The item of 质量监督科's unit list this year whose standard changes in version 2. */
const REVISED = {
  unit: "SEC-QUALITY",
  ref: "regulatory.safety",
  standard:
    "每季度至少开展1次安全类专项检查，下半年起对电梯、燃气器具、电动自行车等涉及人身安全的重点产品每月至少开展1次专项抽查；年度监督检查计划完成率100%，发现隐患整改闭环率100%",
};

export async function seedDuties(tx: AuditedTx, cal: DemoCalendar = demoCalendar()): Promise<Record<string, number>> {
  const templateRows = (Object.keys(DUTY_TEMPLATES) as TemplateKey[]).flatMap((templateKey) => {
    const t = DUTY_TEMPLATES[templateKey];
    return t.items.map(({ appliesTo: _, pairedRef, ...i }, n) => ({
      templateKey,
      ...i,
      pairedRef: pairedRef ?? null,
      responsibilityType: t.responsibilityType,
      sortOrder: n + 1,
    }));
  });
  await tx.insert(dutyTemplates).values(templateRows);

  // One key per (owner, duty), shared by both years: this year's lists were started from last year's.
  const keys = new Map<string, string>();
  const keyOf = (stable: string) => {
    let k = keys.get(stable);
    if (!k) keys.set(stable, (k = randomUUID()));
    return k;
  };
  const plans: PlannedList[] = [];
  for (const year of [cal.last, cal.current]) {
    const org = await loadOrgYear(tx, year);
    const planned = planYear(org, keyOf);
    if (year === cal.current) applyGaps(planned, org);
    plans.push(...planned);
  }

  const lists = await createLists(
    tx,
    plans.map((p) => p.owner),
  );
  const listId = new Map(lists.map((l) => [ownerKey(l), l.id]));
  const idOf = (p: PlannedList) => listId.get(ownerKey(p.owner))!;
  const items = await createItems(
    tx,
    plans.flatMap((p) => p.items.map(({ ref: _, ...i }) => ({ ...i, listId: idOf(p) }))),
  );

  let versions = 0;
  let versionItems = 0;
  for (const p of plans) {
    if (p.owner.year === cal.current && p.tag === `unit:${DEMO_DUTY_GAPS.draftUnit}`) continue;
    const published = at(cal.date(DUTY_DATES.published[cal.story(p.owner.year)]));
    const r = await publishList(tx, idOf(p), null, null, published);
    if (!r) throw new Error(`duty seed: could not publish ${p.tag}`);
    versions++;
    versionItems += p.items.length;
  }

  // 质量监督科 this year: one standard tightened mid-year, published again as version 2.
  const quality = plans.find((p) => p.owner.year === cal.current && p.tag === `unit:${REVISED.unit}`)!;
  const revised = quality.items.find((i) => i.ref === REVISED.ref)!;
  await tx
    .update(listItems)
    .set({
      standard: REVISED.standard,
      version: sql`${listItems.version} + 1`,
      updatedAt: at(cal.date(DUTY_DATES.revised)),
    })
    .where(and(eq(listItems.listId, idOf(quality)), eq(listItems.itemKey, revised.itemKey)));
  await updateListToDraft(tx, idOf(quality));
  if (!(await publishList(tx, idOf(quality), null, null, at(cal.date(DUTY_DATES.secondVersion)))))
    throw new Error("duty seed: v2");
  versions++;
  versionItems += quality.items.length;

  // Last year is closed.
  await tx
    .update(responsibilityLists)
    .set({
      status: "archived",
      version: sql`${responsibilityLists.version} + 1`,
      updatedAt: at(cal.date(DUTY_DATES.archived)),
    })
    .where(eq(responsibilityLists.year, cal.last));

  return {
    dutyTemplates: templateRows.length,
    responsibilityLists: lists.length,
    listItems: items.length,
    listVersions: versions,
    listVersionItems: versionItems,
  };
}

function applyGaps(plans: PlannedList[], org: Awaited<ReturnType<typeof loadOrgYear>>) {
  const find = (tag: string) => {
    const i = plans.findIndex((p) => p.tag === tag);
    if (i < 0) throw new Error(`duty seed: no list ${tag}`);
    return i;
  };
  const g = DEMO_DUTY_GAPS;
  plans.splice(find(`post:${g.noListPost.unit}|${g.noListPost.post}`), 1);

  const metrology = plans[find(`unit:${g.unpairedUnit.unit}`)];
  metrology.items = metrology.items.filter((i) => i.ref !== g.unpairedUnit.removedRef);

  const leaderPost = org.posts.find((p) => p.name === g.missingOversight.leaderPost)!;
  const leaderId = org.holders.get(leaderPost.id)![0];
  const skipped = org.units.find((u) => u.code === g.missingOversight.unit)!;
  const leader = plans[find(`leader:${leaderId}`)];
  if (!leader.items.some((i) => i.supervisedUnitId === skipped.id))
    throw new Error("duty seed: gap (d) not supervised");
  leader.items = leader.items.filter((i) => i.supervisedUnitId !== skipped.id);

  const east = plans[find(`unit:${g.incompleteItem.unit}`)];
  const item = east.items.find((i) => i.ref === g.incompleteItem.ref)!;
  item.scope = null;
  item.standard = null;

  for (const p of [metrology, leader]) p.items.forEach((i, n) => (i.sortOrder = n + 1));
}
