// `npm run bench:seed -- --people 5000 --units 300 [--items N]`: a province-scale organisation for benchmarks,
// with published 2026 duty lists for every unit, post and leader (about N list items, default 20 per person,
// and as many published version items), in one audited transaction. PostgreSQL when DATABASE_URL is set, else PGlite in PGLITE_DIR (default
// .data/bench-pglite, never the app's own folder). Refuses a database that already has units.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { count, sql } from "drizzle-orm";
import { env } from "@/lib/env";
import { openDatabase } from "@/db/client";
import { withAudit, type AuditedTx } from "@/db/audited";
import {
  committeeMembers,
  committees,
  dutyTemplates,
  listVersions,
  people,
  postHoldings,
  posts,
  responsibilityLists,
  supervisions,
  units,
} from "@/db/schema";
import { fictionalName, prng } from "@/db/seed/demo";
import { DUTY_TEMPLATES, type TemplateKey } from "@/db/seed/duty-templates";
import { loadOrgYear, ownerKey, planYear, templateItems, type PlannedList } from "@/db/seed/duty-plan";
import { canonicalListContent, contentHash } from "@/lib/duties/content";
import { SYSTEM_ACTOR } from "@/db/scripts/seed";

const YEAR = 2026;
const CHUNK = 1000;
/** Rows per bulk insert of list items (one JSON parameter each). */
const ITEM_BATCH = 10000;

type UnitKind = (typeof units.$inferInsert)["kind"];
type UnitGroup = NonNullable<(typeof units.$inferInsert)["group"]>;
type PostKind = (typeof posts.$inferInsert)["kind"];
type Role = (typeof committeeMembers.$inferInsert)["role"];
type PlannedUnit = { code: string; parent: string | null; depth: number; name: string; kind: UnitKind };
type PlannedUnitFull = PlannedUnit & { group: UnitGroup | null; headTitle: string };
type PlannedPost = { unitCode: string; name: string; kind: PostKind; sortOrder: number };

const words = (s: string) => s.split(" ");
const GENERAL = new Set(words("办公室 人事处 财务处 法规处 机关党委 综合规划处 科技和信息化处 新闻宣传处 政策法规科"));
const ROOT_SECTIONS = words(
  "办公室 人事处 财务处 法规处 机关党委 综合规划处 质量发展局 产品质量安全监督管理处 特种设备安全监察处 计量处 " +
    "标准化处 认证认可监督管理处 食品生产安全监督管理处 执法稽查局 科技和信息化处 新闻宣传处",
);
const ROOT_AFFILIATED = words(
  "特种设备检验研究院 产品质量监督检验研究院 计量测试研究院 标准化研究院 纤维检验局 食品检验研究院 信息中心 执法总队",
);
const CITY_SECTIONS = words("办公室 质量监督科 特种设备安全监察科 计量科 标准化科 食品生产监管科 稽查科 政策法规科");
const CITY_AFFILIATED = words("特种设备检验所 质量技术监督检验所 计量检定所");
const CITIES = words(
  "东湖 西山 南岭 北川 临江 清河 云台 青石 白沙 金城 安平 宁远 长乐 永丰 泰和 新安 丰城 玉泉 龙泉 凤阳",
);
const COUNTIES = words("城关 河西 桥东 新区");
const STAFF_POSTS = words("综合管理岗 监管业务岗 安全管理员 技术岗");
const OFFICE_UNIT = "特种设备安全监察处";

/** The head's title follows the unit's name: 院长, 所长, 总队长, 主任, 局长, 股长, else 处长/科长. */
function headTitle(name: string, depth: number): string {
  const suffixes: [string, string][] = [
    ["研究院", "院长"],
    ["所", "所长"],
    ["总队", "总队长"],
    ["中心", "主任"],
    ["办公室", "主任"],
    ["局", "局长"],
    ["股", "股长"],
    ["科", "科长"],
  ];
  return suffixes.find(([s]) => name.endsWith(s))?.[1] ?? (depth === 1 ? "处长" : "科长");
}

/** Units in depth-first order, so a prefix of the list (cut at `total`) always includes every parent. */
function planUnits(total: number): PlannedUnitFull[] {
  const out: PlannedUnitFull[] = [];
  const add = (u: PlannedUnit, bare = u.name) => {
    if (out.length >= total) return;
    const group =
      u.kind === "bureau" || u.kind === "leadership"
        ? null
        : u.kind === "branch" || bare.includes("执法")
          ? "field"
          : u.kind === "affiliated"
            ? "technical"
            : GENERAL.has(bare) || bare.endsWith("综合股")
              ? "general"
              : "regulatory";
    out.push({ ...u, group, headTitle: headTitle(u.name, u.depth) });
  };
  add({ code: "P-ROOT", parent: null, depth: 0, name: "示例省市场监督管理局", kind: "bureau" });
  add({ code: "P-LEAD", parent: "P-ROOT", depth: 1, name: "局领导班子", kind: "leadership" });
  ROOT_SECTIONS.forEach((name, i) =>
    add({ code: `P-SEC-${i + 1}`, parent: "P-ROOT", depth: 1, name, kind: "section" }),
  );
  ROOT_AFFILIATED.forEach((name, i) =>
    add({ code: `P-AFF-${i + 1}`, parent: "P-ROOT", depth: 1, name, kind: "affiliated" }),
  );
  // Sub-bureaus (地市分局), each with sections, affiliated units and county branches with two 股 each.
  for (let c = 0; out.length < total; c++) {
    const city = `${CITIES[c % CITIES.length]}${c >= CITIES.length ? Math.floor(c / CITIES.length) + 1 : ""}市分局`;
    const code = `C${c + 1}`;
    add({ code, parent: "P-ROOT", depth: 1, name: city, kind: "branch" });
    CITY_SECTIONS.forEach((n, i) =>
      add({ code: `${code}-SEC-${i + 1}`, parent: code, depth: 2, name: city + n, kind: "section" }, n),
    );
    CITY_AFFILIATED.forEach((n, i) =>
      add({ code: `${code}-AFF-${i + 1}`, parent: code, depth: 2, name: city + n, kind: "affiliated" }, n),
    );
    COUNTIES.forEach((county, i) => {
      const br = `${code}-BR-${i + 1}`;
      const name = `${city.replace("市分局", "")}${county}分局`;
      add({ code: br, parent: code, depth: 2, name, kind: "branch" });
      add({ code: `${br}-1`, parent: br, depth: 3, name: `${name}综合股`, kind: "section" });
      add({ code: `${br}-2`, parent: br, depth: 3, name: `${name}监管股`, kind: "section" });
    });
  }
  return out;
}

async function inChunks<T, R>(rows: T[], fn: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(...(await fn(rows.slice(i, i + CHUNK))));
  return out;
}

async function seedLarge(tx: AuditedTx, nPeople: number, nUnits: number) {
  const plan = planUnits(nUnits);
  const sortOrder = new Map(plan.map((u, i) => [u.code, i]));
  const unitId = new Map<string, number>();
  for (let depth = 0; depth <= 3; depth++) {
    const rows = await inChunks(
      plan.filter((u) => u.depth === depth),
      (chunk) =>
        tx
          .insert(units)
          .values(
            chunk.map(({ code, name, kind, group, parent }) => ({
              code,
              name,
              kind,
              group,
              parentId: parent ? unitId.get(parent)! : null,
              sortOrder: sortOrder.get(code)!,
            })),
          )
          .returning({ id: units.id, code: units.code }),
    );
    for (const r of rows) unitId.set(r.code, r.id);
  }

  // Posts: the leadership team, then head, deputy and staff posts in every other unit.
  const leaderPosts: PlannedPost[] = (
    [
      ["党组书记", "party_secretary"],
      ["局长", "director"],
      ...words("一 二 三 四 五 六").map((n) => [`副局长（${n}）`, "deputy_director"]),
      ["总工程师", "chief_engineer"],
    ] as [string, PostKind][]
  ).map(([name, kind], i) => ({ unitCode: "P-LEAD", name, kind, sortOrder: i + 1 }));
  const orgUnits = plan.filter((u) => u.depth > 0 && u.kind !== "leadership");
  const headPosts = orgUnits.map((u): PlannedPost => ({
    unitCode: u.code,
    name: u.headTitle,
    kind: "head",
    sortOrder: 1,
  }));
  const deputyPosts = orgUnits.map((u): PlannedPost => ({
    unitCode: u.code,
    name: `副${u.headTitle}`,
    kind: "deputy_head",
    sortOrder: 2,
  }));
  const staffPosts = orgUnits.flatMap((u) =>
    STAFF_POSTS.map((name, i): PlannedPost => ({ unitCode: u.code, name, kind: "staff", sortOrder: 3 + i })),
  );
  const postRows = await inChunks([...leaderPosts, ...headPosts, ...deputyPosts, ...staffPosts], (chunk) =>
    tx
      .insert(posts)
      .values(
        chunk.map((p) => ({ unitId: unitId.get(p.unitCode)!, name: p.name, kind: p.kind, sortOrder: p.sortOrder })),
      )
      .returning({ id: posts.id, unitId: posts.unitId, name: posts.name }),
  );
  const postId = new Map(postRows.map((r) => [`${r.unitId}|${r.name}`, r.id]));

  // People fill the leaders, then the heads, then the deputies, then staff posts round-robin.
  const seats = [...leaderPosts, ...headPosts, ...deputyPosts].slice(0, nPeople);
  for (let i = 0; seats.length < nPeople; i++) seats.push(staffPosts[i % staffPosts.length]);
  const rand = prng(4200);
  const staffNo = (i: number) => `B${String(i + 1).padStart(6, "0")}`;
  const personRows = await inChunks(
    seats.map((_, i) => ({ staffNo: staffNo(i), name: fictionalName(rand), phone: null })),
    (chunk) => tx.insert(people).values(chunk).returning({ id: people.id, staffNo: people.staffNo }),
  );
  const personByNo = new Map(personRows.map((r) => [r.staffNo, r.id]));
  const personAt = (i: number) => personByNo.get(staffNo(i))!;
  const holdings = seats.map((p, i) => ({
    personId: personAt(i),
    postId: postId.get(`${unitId.get(p.unitCode)}|${p.name}`)!,
    type: "primary" as const,
    startDate: `${2005 + rand(20)}-${String(1 + rand(12)).padStart(2, "0")}-01`,
  }));
  await inChunks(holdings, (chunk) => tx.insert(postHoldings).values(chunk).returning({ id: postHoldings.id }));

  // 分管: top-level units by the bureau's leaders in turn; deeper units by the head of their parent unit.
  const headOf = new Map<string, number>();
  seats.forEach((p, i) => p.kind === "head" && headOf.set(p.unitCode, personAt(i)));
  const leaders = leaderPosts.slice(0, seats.length).map((_, i) => personAt(i));
  let turn = 0;
  const supervisionRows = orgUnits.map((u) => ({
    year: YEAR,
    leaderId: (u.depth > 1 && headOf.get(u.parent!)) || leaders[turn++ % leaders.length],
    unitId: unitId.get(u.code)!,
    kind: "primary" as const,
  }));
  await inChunks(supervisionRows, (chunk) => tx.insert(supervisions).values(chunk).returning({ id: supervisions.id }));

  // 安委会: 局长 chair, first deputy executive vice chair, other leaders vice chairs, heads of top-level units
  // members, the head of the office unit office director.
  const officeCode = plan.find((u) => u.name === OFFICE_UNIT)?.code ?? orgUnits[0].code;
  const [committee] = await tx
    .insert(committees)
    .values({ year: YEAR, name: "示例省市场监督管理局安全生产委员会", officeUnitId: unitId.get(officeCode)! })
    .returning({ id: committees.id });
  const members = new Map<number, Role>();
  const leaderRoles: Role[] = ["vice_chair", "chair", "executive_vice_chair"];
  leaders.forEach((id, i) => members.set(id, leaderRoles[i] ?? "vice_chair"));
  for (const u of orgUnits) {
    const id = headOf.get(u.code);
    if (u.depth === 1 && id && !members.has(id)) members.set(id, u.code === officeCode ? "office_director" : "member");
  }
  const memberRows = [...members].map(([personId, role]) => ({ committeeId: committee.id, personId, role }));
  await inChunks(memberRows, (chunk) =>
    tx.insert(committeeMembers).values(chunk).returning({ id: committeeMembers.id }),
  );

  return {
    units: plan.length,
    posts: postRows.length,
    people: personRows.length,
    holdings: holdings.length,
    supervisions: supervisionRows.length,
    committees: 1,
    committeeMembers: memberRows.length,
  };
}

/** Keeps every business item paired: drops business items whose safety items were cut off. */
function dropUnpaired<T extends { kind: string; itemKey: string; pairedKey?: string | null }>(items: T[]): T[] {
  const paired = new Set(items.map((i) => i.pairedKey).filter(Boolean));
  return items.filter((i) => i.kind !== "business" || paired.has(i.itemKey));
}

/**
 * Duty lists for YEAR built from the demo template library (db/seed/duty-plan.ts), padded to about `target`
 * items in all with rounds of each list's own template ("（细化事项n）"), published in bulk: lists are inserted
 * already published (version 1), list_versions carry the real SHA-256 of canonicalListContent computed here,
 * and list_version_items are copied from list_items with one INSERT … SELECT. A few deliberate gaps.
 */
async function seedBenchDuties(tx: AuditedTx, target: number) {
  const templateRows = (Object.keys(DUTY_TEMPLATES) as TemplateKey[]).flatMap((templateKey) =>
    DUTY_TEMPLATES[templateKey].items.map(({ appliesTo: _, pairedRef, ...i }, n) => ({
      templateKey,
      ...i,
      pairedRef: pairedRef ?? null,
      responsibilityType: DUTY_TEMPLATES[templateKey].responsibilityType,
      sortOrder: n + 1,
    })),
  );
  await tx.insert(dutyTemplates).values(templateRows);

  const org = await loadOrgYear(tx, YEAR);
  const plans = planYear(org, () => randomUUID());
  const fixed = plans.filter((p) => !p.template).reduce((n, p) => n + p.items.length, 0);
  const padded = plans.filter((p) => p.template);
  const perList = Math.max(1, Math.round((target - fixed) / Math.max(1, padded.length)));
  for (const p of padded) {
    const base = p.items.length; // never cut the list's own items (a leader's oversight items among them)
    for (let round = 2; p.items.length < perList; round++) {
      const more = templateItems(p.template!, p.unit, p.postName, () => randomUUID());
      for (const i of more) p.items.push({ ...i, ref: `${i.ref}#${round}`, text: `${i.text}（细化事项${round}）` });
    }
    p.items = dropUnpaired(p.items.slice(0, Math.max(base, perList)));
    p.items.forEach((i, n) => (i.sortOrder = n + 1));
  }

  // Gaps: a few posts without a list, unit lists left in draft, business items without their safety item,
  // items without scope and standard, and one leader list missing an oversight item.
  const gaps = { postsWithoutList: 0, draftUnitLists: 0, unpairedBusiness: 0, incompleteItems: 0, missingOversight: 0 };
  const kept: PlannedList[] = [];
  const draft = new Set<PlannedList>();
  let postNo = 0;
  let unitNo = 0;
  plans.forEach((p, n) => {
    if (p.owner.ownerType === "post" && p.template === "staff" && ++postNo % 500 === 0)
      return void gaps.postsWithoutList++;
    if (p.owner.ownerType === "unit" && ++unitNo % 100 === 0) {
      draft.add(p);
      gaps.draftUnitLists++;
    }
    if (n % 700 === 350) {
      const biz = p.items.find((i) => i.kind === "business");
      if (biz) {
        p.items = p.items.filter((i) => i.pairedKey !== biz.itemKey);
        gaps.unpairedBusiness++;
      }
    }
    if (n % 900 === 450 && p.items.length) {
      p.items[0] = { ...p.items[0], scope: null, standard: null };
      gaps.incompleteItems++;
    }
    kept.push(p);
  });
  const leader = kept.find(
    (p) => p.owner.ownerType === "leader" && p.items.filter((i) => i.supervisedUnitId).length > 1,
  );
  if (leader) {
    const last = leader.items.findLast((i) => i.supervisedUnitId)!;
    leader.items = leader.items.filter((i) => i !== last);
    gaps.missingOversight++;
  }
  for (const p of kept) p.items.forEach((i, n) => (i.sortOrder = n + 1));

  const publishedAt = new Date(`${YEAR}-03-10T02:00:00Z`);
  const listRows = await inChunks(kept, (chunk) =>
    tx
      .insert(responsibilityLists)
      .values(
        chunk.map((p) =>
          draft.has(p)
            ? p.owner
            : { ...p.owner, status: "published" as const, publishedVersionNo: 1, version: 2, updatedAt: publishedAt },
        ),
      )
      .returning(),
  );
  const listByOwner = new Map(listRows.map((l) => [ownerKey(l), l]));
  const itemRows = kept.flatMap((p) =>
    p.items.map(({ ref: _, ...i }) => ({ ...i, listId: listByOwner.get(ownerKey(p.owner))!.id })),
  );
  // Bound parameters are slow in bulk on PGlite (15 per row): send each batch as one JSON document.
  for (let i = 0; i < itemRows.length; i += ITEM_BATCH) {
    const batch = itemRows.slice(i, i + ITEM_BATCH).map((r) => ({
      list_id: r.listId,
      item_key: r.itemKey,
      paired_key: r.pairedKey ?? null,
      supervised_unit_id: r.supervisedUnitId ?? null,
      text: r.text,
      category: r.category,
      kind: r.kind,
      responsibility_type: r.responsibilityType,
      legal_basis: r.legalBasis ?? null,
      scope: r.scope ?? null,
      standard: r.standard ?? null,
      cadence: r.cadence ?? "yearly",
      evidence_required: r.evidenceRequired ?? null,
      sort_order: r.sortOrder,
    }));
    await tx.execute(sql`
      insert into list_items (list_id, item_key, paired_key, supervised_unit_id, text, category, kind,
        responsibility_type, legal_basis, scope, standard, cadence, evidence_required, sort_order)
      select * from json_to_recordset(${JSON.stringify(batch)}::json) as x(list_id int, item_key text,
        paired_key text, supervised_unit_id int, text text, category duty_category, kind duty_kind,
        responsibility_type responsibility_type, legal_basis text, scope text, standard text, cadence cadence,
        evidence_required text, sort_order int)`);
  }
  const versionRows = kept
    .filter((p) => !draft.has(p))
    .map((p) => {
      const list = listByOwner.get(ownerKey(p.owner))!;
      const content = p.items.map((i) => ({
        itemKey: i.itemKey,
        text: i.text,
        category: i.category,
        kind: i.kind,
        responsibilityType: i.responsibilityType,
        legalBasis: i.legalBasis ?? null,
        scope: i.scope ?? null,
        standard: i.standard ?? null,
        cadence: i.cadence ?? "yearly",
        evidenceRequired: i.evidenceRequired ?? null,
        pairedKey: i.pairedKey ?? null,
        supervisedUnitId: i.supervisedUnitId ?? null,
        sortOrder: i.sortOrder,
      }));
      const hash = contentHash(canonicalListContent(list, content));
      return {
        listId: list.id,
        versionNo: 1,
        contentHash: hash,
        itemCount: p.items.length,
        publishedAt,
        publishedBy: null,
      };
    });
  await inChunks(versionRows, async (chunk) => {
    await tx.insert(listVersions).values(chunk);
    return [];
  });
  // Every version is version 1 of a list in this (previously empty) database: copy its list's items.
  await tx.execute(sql`
    insert into list_version_items (version_id, item_key, paired_key, supervised_unit_id, text, category, kind,
      responsibility_type, legal_basis, scope, standard, cadence, evidence_required, sort_order)
    select v.id, i.item_key, i.paired_key, i.supervised_unit_id, i.text, i.category, i.kind,
      i.responsibility_type, i.legal_basis, i.scope, i.standard, i.cadence, i.evidence_required, i.sort_order
    from list_items i join list_versions v on v.list_id = i.list_id`);
  const versionItems = versionRows.reduce((n, v) => n + v.itemCount, 0);
  return {
    dutyTemplates: templateRows.length,
    responsibilityLists: listRows.length,
    listItems: itemRows.length,
    listVersions: versionRows.length,
    listVersionItems: versionItems,
    ...Object.fromEntries(Object.entries(gaps).map(([k, v]) => [`gap:${k}`, v])),
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      people: { type: "string", default: "5000" },
      units: { type: "string", default: "300" },
      items: { type: "string" },
    },
  });
  const nPeople = Number(values.people);
  const nUnits = Number(values.units);
  const nItems = values.items === undefined ? 20 * nPeople : Number(values.items);
  if (
    !Number.isInteger(nPeople) ||
    nPeople < 1 ||
    !Number.isInteger(nUnits) ||
    nUnits < 3 ||
    !Number.isInteger(nItems) ||
    nItems < 0
  ) {
    throw new Error("usage: npm run bench:seed -- --people N (≥ 1) --units N (≥ 3) [--items N (≥ 0)]");
  }
  const e = env();
  // PGLITE_DIR when given; otherwise a bench folder beside (never inside) the app's own database.
  const dir = e.pgliteDir === path.join(e.dataDir, "pglite") ? path.join(e.dataDir, "bench-pglite") : e.pgliteDir;
  const where = e.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `PGlite at ${dir}`;
  const started = performance.now();
  const handle = await openDatabase({ url: e.databaseUrl, dir: e.databaseUrl ? undefined : dir });
  try {
    const opened = performance.now();
    const [row] = await handle.db.select({ n: count() }).from(units);
    if (row.n > 0) {
      console.error(
        `Refusing: ${where} already has ${row.n} units. Point PGLITE_DIR or DATABASE_URL at an empty database.`,
      );
      process.exitCode = 1;
      return;
    }
    let orgDone = 0;
    let dutiesDone = 0;
    const counts = await withAudit(handle.db, SYSTEM_ACTOR, async (tx) => {
      const org = await seedLarge(tx, nPeople, nUnits);
      orgDone = performance.now();
      const c = { ...org, ...(await seedBenchDuties(tx, nItems)) };
      dutiesDone = performance.now();
      return { value: c, audit: { action: "seed.bench", objectType: "database", after: c } };
    });
    const done = performance.now();
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`Seeded ${where}:`);
    console.table(counts);
    console.log(
      `open+migrate ${s(opened - started)}, org ${s(orgDone - opened)}, duties ${s(dutiesDone - orgDone)}, ` +
        `commit ${s(done - dutiesDone)}, total ${s(done - started)}`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
