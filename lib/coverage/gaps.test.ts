import { describe, expect, it } from "vitest";
import { computeGaps, countGaps, SAMPLE_KEYS } from "./gaps";
import { computeCoverage } from "./coverage";
import { item, listOf, P, pair, PERSON, U, fullyCovered } from "./test-fixture";
import type { CoverageInput, GapKind } from "./types";

const kinds = (input: CoverageInput) => computeGaps(input).map((g) => g.kind);
const only = (input: CoverageInput, kind: GapKind) => computeGaps(input).filter((g) => g.kind === kind);
const drop = <T>(arr: T[], pred: (x: T) => boolean) => arr.filter((x) => !pred(x));

describe("a fully covered bureau", () => {
  it("has no gaps of any kind", () => {
    expect(computeGaps(fullyCovered())).toEqual([]);
    expect(Object.values(countGaps([])).every((c) => c.gaps === 0)).toBe(true);
  });
});

describe("unit_without_published_list", () => {
  it("flags a section, affiliated unit or branch with no unit list, linking to where one is made", () => {
    const input = fullyCovered();
    input.lists = drop(input.lists, (l) => l.ownerType === "unit" && l.unitId === U.affiliated);
    const [g] = only(input, "unit_without_published_list");
    expect(g).toMatchObject({
      unitId: U.affiliated,
      subject: "检验院",
      listId: null,
      listStatus: null,
      href: "/duties?unit=20&year=2026",
    });
    expect(g.closer).toEqual({ role: "unit_head", personId: PERSON.affHead, personName: "院长戊" });
  });

  it("counts a draft-only list as missing and links to it", () => {
    const input = fullyCovered();
    const l = listOf(input, (l) => l.ownerType === "unit" && l.unitId === U.section);
    Object.assign(l, { status: "draft", publishedVersionNo: null });
    const [g] = only(input, "unit_without_published_list");
    expect(g).toMatchObject({ unitId: U.section, listId: l.id, listStatus: "draft", href: `/duties/${l.id}` });
  });

  it("counts a list published once and now being edited as published", () => {
    const input = fullyCovered();
    Object.assign(
      listOf(input, (l) => l.ownerType === "unit" && l.unitId === U.section),
      { status: "draft", publishedVersionNo: 2 },
    );
    expect(only(input, "unit_without_published_list")).toEqual([]);
  });

  it("names who moves the list on from its status: the leader reviews, the office approves", () => {
    const input = fullyCovered();
    const l = listOf(input, (l) => l.ownerType === "unit" && l.unitId === U.branch);
    Object.assign(l, { status: "submitted", publishedVersionNo: null });
    expect(only(input, "unit_without_published_list")[0].closer).toEqual({
      role: "leader",
      personId: PERSON.deputy,
      personName: "副局长乙",
    });
    l.status = "approved";
    expect(only(input, "unit_without_published_list")[0].closer.role).toBe("office");
  });

  it("does not ask the bureau or the leadership team for a unit list", () => {
    const input = fullyCovered();
    expect(input.lists.some((l) => l.ownerType === "unit" && (l.unitId === U.bureau || l.unitId === U.lead))).toBe(
      false,
    );
    expect(only(input, "unit_without_published_list")).toEqual([]);
  });
});

describe("unit_without_leader", () => {
  it("flags a unit with no primary supervision this year, for the office, linking to the unit", () => {
    const input = fullyCovered();
    input.supervisions = drop(input.supervisions, (s) => s.unitId === U.branch);
    input.items = drop(input.items, (i) => i.supervisedUnitId === U.branch);
    expect(only(input, "unit_without_leader")).toEqual([
      expect.objectContaining({
        unitId: U.branch,
        closer: { role: "office", personId: null, personName: null },
        href: "/admin/org/units/30",
      }),
    ]);
  });

  it("does not count an assisting (协管) leader as the supervising leader", () => {
    const input = fullyCovered();
    input.supervisions = input.supervisions.map((s) => (s.unitId === U.branch ? { ...s, kind: "assist" as const } : s));
    expect(only(input, "unit_without_leader").map((g) => g.unitId)).toEqual([U.branch]);
  });
});

describe("leader_missing_oversight", () => {
  it("flags a supervised unit the leader's published list does not name", () => {
    const input = fullyCovered();
    input.items = drop(input.items, (i) => i.supervisedUnitId === U.affiliated);
    const deputyList = listOf(input, (l) => l.leaderId === PERSON.deputy);
    expect(only(input, "leader_missing_oversight")).toEqual([
      expect.objectContaining({
        unitId: U.affiliated,
        subject: "副局长乙",
        supervisionKind: "primary",
        hasPublishedList: true,
        closer: { role: "leader", personId: PERSON.deputy, personName: "副局长乙" },
        href: `/duties/${deputyList.id}`,
      }),
    ]);
  });

  it("gives a leader with no published list one gap per supervised unit", () => {
    const input = fullyCovered();
    input.lists = drop(input.lists, (l) => l.leaderId === PERSON.deputy);
    const gaps = only(input, "leader_missing_oversight");
    expect(gaps.map((g) => g.unitId)).toEqual([U.section, U.affiliated, U.branch]);
    expect(
      gaps.every(
        (g) => g.hasPublishedList === false && g.href === `/duties?type=leader&leader=${PERSON.deputy}&year=2026`,
      ),
    ).toBe(true);
  });

  it("counts an unpublished leader list as none, and ignores its working items", () => {
    const input = fullyCovered();
    Object.assign(
      listOf(input, (l) => l.leaderId === PERSON.deputy),
      { status: "draft", publishedVersionNo: null },
    );
    expect(only(input, "leader_missing_oversight")).toHaveLength(3);
  });

  it("also covers 协管 units, and accepts an oversight item in a post list the supervisor holds", () => {
    const input = fullyCovered();
    // The branch head assists with the section; the branch head's post list names it.
    input.supervisions.push({ leaderId: PERSON.branchHead, leaderName: "分局长己", unitId: U.section, kind: "assist" });
    expect(only(input, "leader_missing_oversight")).toEqual([
      expect.objectContaining({
        unitId: U.section,
        subject: "分局长己",
        supervisionKind: "assist",
        hasPublishedList: true,
      }),
    ]);
    const branchHeadList = listOf(input, (l) => l.postId === P.branchHead);
    input.items.push(
      item(branchHeadList.id, "assist-10", {
        supervisedUnitId: U.section,
        kind: "safety",
        pairedKey: `k${branchHeadList.id}`,
      }),
    );
    expect(only(input, "leader_missing_oversight")).toEqual([]);
  });

  it("does not accept another leader's item for the unit", () => {
    const input = fullyCovered();
    input.items = drop(input.items, (i) => i.supervisedUnitId === U.section);
    input.items.push(
      item(listOf(input, (l) => l.leaderId === PERSON.director).id, "x", { supervisedUnitId: U.section }),
    );
    expect(only(input, "leader_missing_oversight").map((g) => g.unitId)).toEqual([U.section]);
  });
});

describe("post_without_list", () => {
  it("flags an active post with no published post list (vacant or not)", () => {
    const input = fullyCovered();
    input.lists = drop(input.lists, (l) => l.postId === P.sectionStaff);
    input.holdings = drop(input.holdings, (h) => h.postId === P.sectionStaff);
    expect(only(input, "post_without_list")).toEqual([
      expect.objectContaining({
        unitId: U.section,
        subject: "文秘岗",
        listId: null,
        href: "/duties?unit=10&year=2026",
      }),
    ]);
  });

  it("counts a draft post list as missing and links to the draft", () => {
    const input = fullyCovered();
    const l = listOf(input, (l) => l.postId === P.affHead);
    Object.assign(l, { status: "reviewed", publishedVersionNo: null });
    const [g] = only(input, "post_without_list");
    expect(g).toMatchObject({ subject: "院长", listStatus: "reviewed", href: `/duties/${l.id}` });
    expect(g.closer.role).toBe("unit_head");
  });

  it("accepts a leadership post whose holder has a published leader list, but not a vacant one", () => {
    const input = fullyCovered();
    expect(input.lists.some((l) => l.postId === P.director)).toBe(false);
    expect(only(input, "post_without_list")).toEqual([]);
    input.holdings = drop(input.holdings, (h) => h.postId === P.director);
    expect(only(input, "post_without_list")).toEqual([
      expect.objectContaining({ subject: "局长", closer: expect.objectContaining({ role: "office" }) }),
    ]);
  });

  it("ignores posts of units that are not active", () => {
    const input = fullyCovered();
    input.posts.push({ id: 999, unitId: 77, name: "撤销单位岗", kind: "staff", sortOrder: 1 });
    expect(only(input, "post_without_list")).toEqual([]);
  });
});

describe("person_without_list", () => {
  it("flags a person none of whose posts has a published list, in the unit of their primary post", () => {
    const input = fullyCovered();
    input.lists = drop(input.lists, (l) => l.postId === P.sectionStaff);
    expect(only(input, "person_without_list")).toEqual([
      expect.objectContaining({
        unitId: U.section,
        subject: "文秘丁",
        postNames: ["文秘岗"],
        closer: expect.objectContaining({ personName: "主任丙" }),
      }),
    ]);
  });

  it("does not flag a person when any held post has a published list", () => {
    const input = fullyCovered();
    input.lists = drop(input.lists, (l) => l.postId === P.sectionStaff);
    input.holdings.push({ personId: PERSON.sectionStaff, personName: "文秘丁", postId: P.affHead, type: "concurrent" });
    expect(only(input, "person_without_list")).toEqual([]);
  });

  it("does not flag a leader whose leader list is published", () => {
    const input = fullyCovered();
    expect(only(input, "person_without_list")).toEqual([]);
    Object.assign(
      listOf(input, (l) => l.leaderId === PERSON.director),
      { publishedVersionNo: null, status: "draft" },
    );
    expect(only(input, "person_without_list").map((g) => g.subject)).toEqual(["局长甲"]);
  });
});

describe("business_without_safety (pairing by key)", () => {
  it("flags business items no safety item of the same version names", () => {
    const input = fullyCovered();
    const l = listOf(input, (l) => l.postId === P.sectionStaff);
    input.items.push(item(l.id, "lonely"), ...pair(l.id, "paired"));
    expect(only(input, "business_without_safety")).toEqual([
      expect.objectContaining({
        listId: l.id,
        subject: "文秘岗",
        itemCount: 1,
        itemKeys: ["lonely"],
        href: `/duties/${l.id}`,
      }),
    ]);
  });

  it("pairs by key, not by count or category", () => {
    const input = fullyCovered();
    const l = listOf(input, (l) => l.ownerType === "unit" && l.unitId === U.branch);
    input.items = drop(input.items, (i) => i.listId === l.id);
    input.items.push(
      item(l.id, "a"),
      item(l.id, "b"),
      item(l.id, "s1", { kind: "safety", pairedKey: "a" }),
      item(l.id, "s2", { kind: "safety", pairedKey: "a" }),
    );
    expect(only(input, "business_without_safety")[0]).toMatchObject({ itemKeys: ["b"] });
  });

  it("does not pair with a safety item in another list, nor with a business item naming the key", () => {
    const input = fullyCovered();
    const a = listOf(input, (l) => l.postId === P.affHead);
    const b = listOf(input, (l) => l.postId === P.branchHead);
    input.items.push(
      item(a.id, "x"),
      item(b.id, "x-s", { kind: "safety", pairedKey: "x" }),
      item(a.id, "y", { pairedKey: "x" }),
    );
    expect(only(input, "business_without_safety").map((g) => [g.listId, g.itemKeys])).toEqual([[a.id, ["x", "y"]]]);
  });

  it("ignores unpublished lists (their items are not loaded) and leader lists", () => {
    const input = fullyCovered();
    const leader = listOf(input, (l) => l.leaderId === PERSON.director);
    input.items.push(item(leader.id, "policy"));
    expect(only(input, "business_without_safety")).toEqual([]);
  });

  it("carries at most a few keys but counts them all", () => {
    const input = fullyCovered();
    const l = listOf(input, (l) => l.postId === P.sectionHead);
    for (let i = 0; i < 12; i++) input.items.push(item(l.id, `b${i}`));
    const [g] = only(input, "business_without_safety");
    expect(g.itemCount).toBe(12);
    expect(g.itemKeys).toHaveLength(SAMPLE_KEYS);
    expect(countGaps([g]).business_without_safety).toEqual({ gaps: 1, items: 12 });
  });
});

describe("item_missing_scope_or_standard", () => {
  it("flags a published list whose items lack a scope or a standard, with counts", () => {
    const input = fullyCovered();
    const l = listOf(input, (l) => l.leaderId === PERSON.deputy);
    input.items.push(
      item(l.id, "no-scope", { hasScope: false, supervisedUnitId: U.section }),
      item(l.id, "neither", { hasScope: false, hasStandard: false }),
    );
    expect(only(input, "item_missing_scope_or_standard")).toEqual([
      expect.objectContaining({
        listId: l.id,
        ownerType: "leader",
        subject: "副局长乙",
        itemCount: 2,
        missingScope: 2,
        missingStandard: 1,
      }),
    ]);
  });

  it("does not flag complete items", () => {
    expect(only(fullyCovered(), "item_missing_scope_or_standard")).toEqual([]);
  });
});

describe("order and filter", () => {
  it("puts unit-level gaps first, then follows the unit tree order", () => {
    const input = fullyCovered();
    input.lists = drop(input.lists, (l) => l.ownerType === "unit" || l.postId === P.sectionStaff);
    input.supervisions = drop(input.supervisions, (s) => s.unitId === U.branch);
    input.items.push(
      item(listOf(input, (l) => l.postId === P.affHead).id, "z", {
        hasStandard: false,
        kind: "safety",
        pairedKey: "k503",
      }),
    );
    expect(kinds(input)).toEqual([
      "unit_without_leader",
      "unit_without_published_list",
      "unit_without_published_list",
      "unit_without_published_list",
      "post_without_list",
      "person_without_list",
      "item_missing_scope_or_standard",
    ]);
    expect(only(input, "unit_without_published_list").map((g) => g.unitId)).toEqual([
      U.section,
      U.affiliated,
      U.branch,
    ]);
  });

  it("filters gaps and matrix rows to a unit's subtree", () => {
    const input = fullyCovered();
    input.units.push({ id: 31, name: "城东分局监管股", kind: "section", parentId: U.branch, sortOrder: 1 });
    input.lists = drop(input.lists, (l) => l.ownerType === "unit");
    const r = computeCoverage(input, { unitId: U.branch });
    expect(r.gaps.map((g) => g.unitId).sort()).toEqual([U.branch, 31, 31]);
    expect(r.counts.unit_without_published_list.gaps).toBe(2);
    expect(r.matrix.rows.map((row) => row.unitId)).toEqual([U.branch, 31]);
  });
});
