// Integration: getCoverageData on the real schema (PGlite in memory, or PostgreSQL with DATABASE_URL) —
// only the latest published version's items, only active units/posts/people, holdings in force.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "@/db/test-utils";
import { getCoverageData, getPublishedItemTexts, itemTextKey } from "@/db/queries/coverage";
import { computeCoverage } from "@/lib/coverage/coverage";

let h: Awaited<ReturnType<typeof openTestDb>>;
const ids: Record<string, number> = {};

async function insert(name: string, sql: string, params: unknown[]) {
  const [row] = await h.query<{ id: number }>(`${sql} returning id`, params);
  ids[name] = row.id;
  return row.id;
}

beforeAll(async () => {
  h = await openTestDb();
  await insert("bureau", `insert into units (code, name, kind) values ('B', '局', 'bureau')`, []);
  await insert("lead", `insert into units (code, name, kind, parent_id) values ('L', '领导班子', 'leadership', $1)`, [
    ids.bureau,
  ]);
  await insert(
    "sec",
    `insert into units (code, name, kind, parent_id, sort_order) values ('S', '科室甲', 'section', $1, 1)`,
    [ids.bureau],
  );
  await insert(
    "gone",
    `insert into units (code, name, kind, parent_id, is_active) values ('G', '已撤销', 'section', $1, false)`,
    [ids.bureau],
  );
  await insert("head", `insert into posts (unit_id, name, kind) values ($1, '科长', 'head')`, [ids.sec]);
  await insert("staff", `insert into posts (unit_id, name, kind) values ($1, '科员', 'staff')`, [ids.sec]);
  await insert("oldPost", `insert into posts (unit_id, name, kind, is_active) values ($1, '旧岗', 'staff', false)`, [
    ids.sec,
  ]);
  await insert("deputy", `insert into posts (unit_id, name, kind) values ($1, '副局长', 'deputy_director')`, [
    ids.lead,
  ]);
  await insert("pHead", `insert into people (staff_no, name) values ('1', '张科长')`, []);
  await insert("pStaff", `insert into people (staff_no, name) values ('2', '李科员')`, []);
  await insert("pLeft", `insert into people (staff_no, name) values ('3', '王离任')`, []);
  await insert("pDeputy", `insert into people (staff_no, name) values ('4', '赵副局长')`, []);
  const hold = `insert into post_holdings (person_id, post_id, type, start_date, end_date) values ($1, $2, 'primary', $3, $4)`;
  await insert("h1", hold, [ids.pHead, ids.head, "2020-01-01", null]);
  await insert("h2", hold, [ids.pStaff, ids.staff, "2020-01-01", null]);
  await insert("h3", hold, [ids.pLeft, ids.staff, "2020-01-01", "2025-06-30"]);
  await insert("h4", hold, [ids.pDeputy, ids.deputy, "2020-01-01", null]);
  const sup = `insert into supervisions (year, leader_id, unit_id, kind) values ($1, $2, $3, 'primary')`;
  await insert("s1", sup, [2026, ids.pDeputy, ids.sec]);
  await insert("s0", sup, [2025, ids.pDeputy, ids.sec]);
  const list = `insert into responsibility_lists (year, owner_type, unit_id, post_id, leader_id, status, published_version_no) values ($1, $2, $3, $4, $5, $6, $7)`;
  await insert("lUnit", list, [2026, "unit", ids.sec, null, null, "draft", 2]);
  await insert("lStaff", list, [2026, "post", ids.sec, ids.staff, null, "draft", null]);
  await insert("lDeputy", list, [2026, "leader", ids.lead, null, ids.pDeputy, "published", 1]);
  const ver = `insert into list_versions (list_id, version_no, content_hash, item_count, published_at) values ($1, $2, 'h', 0, now())`;
  await insert("v1", ver, [ids.lUnit, 1]);
  await insert("v2", ver, [ids.lUnit, 2]);
  await insert("vD", ver, [ids.lDeputy, 1]);
  const item = `insert into list_version_items (version_id, item_key, paired_key, supervised_unit_id, text, category, kind, responsibility_type, scope, standard)
    values ($1, $2, $3, $4, $5, $6, $7, 'direct', $8, $9)`;
  await insert("i1", item, [ids.v1, "old", null, null, "旧版本事项", "hazard", "business", "x", "y"]);
  await insert("i2", item, [ids.v2, "b1", null, null, "业务事项", "supervision", "business", "范围", "标准"]);
  await insert("i3", item, [ids.v2, "s1", "b1", null, "安全事项", "internal", "safety", "", "标准"]);
  await insert("i4", item, [ids.v2, "b2", null, null, "无安全事项的业务", "training", "business", "范围", null]);
  await insert("i5", item, [ids.vD, "o1", null, ids.sec, "分管科室甲", "leadership", "safety", "范围", "标准"]);
});
afterAll(async () => {
  await h?.cleanup();
});

describe("getCoverageData", () => {
  it("loads only the latest published version's items, with scope and standard as flags", async () => {
    const input = await getCoverageData(h.db, 2026, "2026-03-01");
    const byKey = new Map(input.items.map((i) => [i.itemKey, i]));
    expect([...byKey.keys()].sort()).toEqual(["b1", "b2", "o1", "s1"]);
    expect(byKey.get("s1")).toEqual({
      listId: ids.lUnit,
      itemKey: "s1",
      kind: "safety",
      category: "internal",
      pairedKey: "b1",
      supervisedUnitId: null,
      hasScope: false,
      hasStandard: true,
    });
    expect(byKey.get("b2")).toMatchObject({ hasScope: true, hasStandard: false, pairedKey: null });
    expect(byKey.get("o1")).toMatchObject({ supervisedUnitId: ids.sec, listId: ids.lDeputy });
  });

  it("keeps active units and posts and holdings in force; names leaders", async () => {
    const input = await getCoverageData(h.db, 2026, "2026-03-01");
    expect(input.units.map((u) => u.id).sort()).toEqual([ids.bureau, ids.lead, ids.sec].sort());
    expect(input.posts.map((p) => p.id).sort()).toEqual([ids.head, ids.staff, ids.deputy].sort());
    expect(input.holdings.map((x) => x.personName).sort()).toEqual(["张科长", "李科员", "赵副局长"].sort());
    expect(input.supervisions).toEqual([
      { leaderId: ids.pDeputy, leaderName: "赵副局长", unitId: ids.sec, kind: "primary" },
    ]);
    expect(input.lists.find((l) => l.id === ids.lDeputy)).toMatchObject({
      ownerType: "leader",
      leaderName: "赵副局长",
    });
    expect(input.lists.find((l) => l.id === ids.lStaff)).toMatchObject({ status: "draft", publishedVersionNo: null });
  });

  it("takes the holdings on orgDateOf: a past year's last day, today, a future year's first day", async () => {
    // 王离任 held the post until 2025-06-30.
    const input = await getCoverageData(h.db, 2025, "2026-03-01");
    expect(input.holdings.some((x) => x.personName === "王离任")).toBe(false);
    expect(input.lists).toEqual([]);
    const june = await getCoverageData(h.db, 2025, "2025-06-01");
    expect(june.holdings.some((x) => x.personName === "王离任")).toBe(true);
    const next = await getCoverageData(h.db, 2026, "2025-06-01");
    expect(next.holdings.some((x) => x.personName === "王离任")).toBe(false);
  });

  it("feeds the rules end to end, and finds the texts of the items a gap names", async () => {
    const input = await getCoverageData(h.db, 2026, "2026-03-01");
    const r = computeCoverage(input);
    expect(r.gaps.map((g) => [g.kind, g.subject])).toEqual([
      ["post_without_list", "科长"],
      ["post_without_list", "科员"],
      ["person_without_list", "张科长"],
      ["person_without_list", "李科员"],
      ["business_without_safety", "科室甲"],
      ["item_missing_scope_or_standard", "科室甲"],
    ]);
    const texts = await getPublishedItemTexts(h.db, [
      { listId: ids.lUnit, itemKey: "b2" },
      { listId: ids.lUnit, itemKey: "old" },
    ]);
    expect(texts.get(itemTextKey(ids.lUnit, "b2"))).toBe("无安全事项的业务");
    expect(texts.has(itemTextKey(ids.lUnit, "old"))).toBe(false);
    expect(r.matrix.rows).toEqual([expect.objectContaining({ unitId: ids.sec, total: 3, hasPublishedUnitList: true })]);
  });

  it("returns no items for a year with no lists", async () => {
    expect((await getCoverageData(h.db, 2030, "2026-03-01")).items).toEqual([]);
  });
});
