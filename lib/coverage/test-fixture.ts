// A small, fully covered bureau for the coverage tests; each test breaks one thing.
import type { CoverageInput, CoverageItem, CoverageList } from "./types";

export const U = { bureau: 1, lead: 2, section: 10, affiliated: 20, branch: 30 } as const;
export const P = {
  director: 100,
  deputy: 101,
  sectionHead: 110,
  sectionStaff: 111,
  affHead: 120,
  branchHead: 130,
} as const;
export const PERSON = {
  director: 1000,
  deputy: 1001,
  sectionHead: 1010,
  sectionStaff: 1011,
  affHead: 1020,
  branchHead: 1030,
} as const;

let nextListId = 500;

export function list(l: Partial<CoverageList> & Pick<CoverageList, "ownerType" | "unitId">): CoverageList {
  return { id: nextListId++, postId: null, leaderId: null, status: "published", publishedVersionNo: 1, ...l };
}

export function item(listId: number, itemKey: string, more: Partial<CoverageItem> = {}): CoverageItem {
  return {
    listId,
    itemKey,
    kind: "business",
    category: "supervision",
    pairedKey: null,
    supervisedUnitId: null,
    hasScope: true,
    hasStandard: true,
    ...more,
  };
}

/** A business item and the safety item that belongs to it. */
export function pair(listId: number, key: string): CoverageItem[] {
  return [item(listId, key), item(listId, `${key}-s`, { kind: "safety", category: "internal", pairedKey: key })];
}

export function fullyCovered(): CoverageInput {
  nextListId = 500;
  const lists = {
    unitSection: list({ ownerType: "unit", unitId: U.section }),
    unitAff: list({ ownerType: "unit", unitId: U.affiliated }),
    unitBranch: list({ ownerType: "unit", unitId: U.branch }),
    sectionHead: list({ ownerType: "post", unitId: U.section, postId: P.sectionHead }),
    sectionStaff: list({ ownerType: "post", unitId: U.section, postId: P.sectionStaff }),
    affHead: list({ ownerType: "post", unitId: U.affiliated, postId: P.affHead }),
    branchHead: list({ ownerType: "post", unitId: U.branch, postId: P.branchHead }),
    director: list({ ownerType: "leader", unitId: U.lead, leaderId: PERSON.director }),
    deputy: list({ ownerType: "leader", unitId: U.lead, leaderId: PERSON.deputy }),
  };
  const items: CoverageItem[] = [
    ...[
      lists.unitSection,
      lists.unitAff,
      lists.unitBranch,
      lists.sectionHead,
      lists.sectionStaff,
      lists.affHead,
      lists.branchHead,
    ].flatMap((l) => pair(l.id, `k${l.id}`)),
    item(lists.director.id, "lead-1", { category: "leadership" }),
    ...[U.section, U.affiliated, U.branch].map((u) =>
      item(lists.deputy.id, `oversee-${u}`, { category: "leadership", supervisedUnitId: u }),
    ),
  ];
  return {
    year: 2026,
    units: [
      { id: U.bureau, name: "示例局", kind: "bureau", parentId: null, sortOrder: 0 },
      { id: U.lead, name: "局领导班子", kind: "leadership", parentId: U.bureau, sortOrder: 1 },
      { id: U.branch, name: "城东分局", kind: "branch", parentId: U.bureau, sortOrder: 4 },
      { id: U.section, name: "办公室", kind: "section", parentId: U.bureau, sortOrder: 2 },
      { id: U.affiliated, name: "检验院", kind: "affiliated", parentId: U.bureau, sortOrder: 3 },
    ],
    posts: [
      { id: P.director, unitId: U.lead, name: "局长", kind: "director", sortOrder: 1 },
      { id: P.deputy, unitId: U.lead, name: "副局长", kind: "deputy_director", sortOrder: 2 },
      { id: P.sectionHead, unitId: U.section, name: "主任", kind: "head", sortOrder: 1 },
      { id: P.sectionStaff, unitId: U.section, name: "文秘岗", kind: "staff", sortOrder: 2 },
      { id: P.affHead, unitId: U.affiliated, name: "院长", kind: "head", sortOrder: 1 },
      { id: P.branchHead, unitId: U.branch, name: "分局长", kind: "head", sortOrder: 1 },
    ],
    holdings: [
      { personId: PERSON.director, personName: "局长甲", postId: P.director, type: "primary" },
      { personId: PERSON.deputy, personName: "副局长乙", postId: P.deputy, type: "primary" },
      { personId: PERSON.sectionHead, personName: "主任丙", postId: P.sectionHead, type: "primary" },
      { personId: PERSON.sectionStaff, personName: "文秘丁", postId: P.sectionStaff, type: "primary" },
      { personId: PERSON.affHead, personName: "院长戊", postId: P.affHead, type: "primary" },
      { personId: PERSON.branchHead, personName: "分局长己", postId: P.branchHead, type: "primary" },
    ],
    supervisions: [U.section, U.affiliated, U.branch].map((unitId) => ({
      leaderId: PERSON.deputy,
      leaderName: "副局长乙",
      unitId,
      kind: "primary" as const,
    })),
    lists: Object.values(lists),
    items,
  };
}

export function listOf(input: CoverageInput, pred: (l: CoverageList) => boolean): CoverageList {
  const l = input.lists.find(pred);
  if (!l) throw new Error("fixture: no such list");
  return l;
}
