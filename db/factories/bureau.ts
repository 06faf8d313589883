// Test factory (integration tests only): a small bureau for the tests that need the whole signing chain or
// every role at once — the leadership team (局长, a deputy for safety, another deputy), a few units each
// with a head and staff, 分管 and the committee for each year asked, a login for everyone, and, when asked,
// every list of a year published (leader lists, unit lists, post lists). Far smaller than the demo, and
// named so a test asserts on what it made.
import type { AuditedTx } from "../audited";
import { makeList, type ItemSpec } from "./duties";
import { makeCommittee, makeMember, makePost, makeSupervision, makeUnit, makeUser } from "./org";

type UnitKind = "section" | "affiliated" | "branch";
type UnitGroup = "general" | "regulatory" | "technical" | "field";
export type BureauUnitSpec = { name: string; code?: string; kind?: UnitKind; group?: UnitGroup; staff?: number };

export const DEFAULT_BUREAU_UNITS: BureauUnitSpec[] = [
  { name: "安全监察科", code: "SEC-SAFETY", group: "regulatory" },
  { name: "质量监督科", code: "SEC-QUALITY", group: "regulatory" },
  { name: "城东分局", code: "BR-EAST", kind: "branch", group: "field" },
];

type Member = { personId: number; postId: number; name: string; userId: number; username: string };

/**
 * The bureau. The first unit is the committee office's: its first staff member holds the office role
 * (committee_office) and the office director's seat. Unit i is supervised by the deputy for safety when i is
 * even and by the other deputy when odd; the deputy for safety also assists unit 1. Each unit has a head
 * (post 科长/局长) and `staff` members (default 2) on one staff post; each head sits on the committee.
 */
export async function makeBureau(
  tx: AuditedTx,
  o: {
    years: number[];
    units?: BureauUnitSpec[];
    /** Publish every list of this year at `publishedAt` (items: the default pair unless `items`). */
    lists?: { year: number; publishedAt?: Date | string; items?: ItemSpec[] };
    passwordHash?: string;
  },
) {
  type MemberOpts = Omit<Parameters<typeof makeMember>[1], "unitId">;
  const member = async (unitId: number, post: MemberOpts, username: string, isOffice = false): Promise<Member> => {
    const m = await makeMember(tx, { unitId, ...post });
    const user = await makeUser(tx, { personId: m.personId, username, passwordHash: o.passwordHash, roles: isOffice ? ["committee_office"] : [] });
    return { ...m, userId: user.id, username };
  };
  const bureau = await makeUnit(tx, { name: "示例局", code: "BUREAU", kind: "bureau", group: null, sortOrder: 0 });
  const leadership = await makeUnit(tx, { name: "局领导班子", code: "LEAD", kind: "leadership", group: null, parentId: bureau.id });
  const director = await member(leadership.id, { post: "局长", kind: "director", name: "局长甲" }, "director");
  const safety = await member(leadership.id, { post: "副局长（分管安全生产）", kind: "deputy_director", name: "副局长乙" }, "deputy-safety");
  const deputy = await member(leadership.id, { post: "副局长", kind: "deputy_director", name: "副局长丙" }, "deputy");
  const leaders = [safety, deputy];

  const units = [];
  for (const [i, spec] of (o.units ?? DEFAULT_BUREAU_UNITS).entries()) {
    const unit = await makeUnit(tx, { name: spec.name, code: spec.code, kind: spec.kind ?? "section", group: spec.group ?? "regulatory", parentId: bureau.id });
    const n = i + 1;
    const head = await member(unit.id, { post: unit.kind === "branch" ? "局长" : "科长", kind: "head", name: `${spec.name}负责人` }, `head${n}`);
    const staffPost = await makePost(tx, { unitId: unit.id, name: `${spec.name}科员` });
    const staff: Member[] = [];
    for (let j = 1; j <= (spec.staff ?? 2); j++) {
      staff.push(await member(unit.id, { postId: staffPost.id, name: `${spec.name}科员${j}` }, `staff${n}-${j}`, i === 0 && j === 1));
    }
    units.push({ id: unit.id, name: unit.name, code: unit.code, kind: unit.kind, group: unit.group, head, staffPostId: staffPost.id, staff, leader: leaders[i % 2] });
  }
  const officeUnit = units[0];
  const office = officeUnit.staff[0];

  const committees = new Map<number, number>();
  for (const year of o.years) {
    for (const u of units) await makeSupervision(tx, { year, leaderId: u.leader.personId, unitId: u.id, kind: "primary" });
    if (units[1]) await makeSupervision(tx, { year, leaderId: safety.personId, unitId: units[1].id, kind: "assist" });
    const { committee } = await makeCommittee(tx, {
      year,
      officeUnitId: officeUnit.id,
      members: [
        { personId: director.personId, role: "chair" },
        { personId: safety.personId, role: "executive_vice_chair" },
        { personId: deputy.personId, role: "vice_chair" },
        ...units.map((u) => ({ personId: u.head.personId, role: "member" as const })),
        { personId: office.personId, role: "office_director" },
      ],
    });
    committees.set(year, committee.id);
  }

  const lists = { leader: new Map<number, number>(), unit: new Map<number, number>(), post: new Map<number, number>() };
  if (o.lists) {
    const { year, publishedAt, items } = o.lists;
    for (const l of [director, safety, deputy]) {
      lists.leader.set(l.personId, (await makeList(tx, { year, unitId: leadership.id, leaderId: l.personId, publishedAt, items })).list.id);
      lists.post.set(l.postId, (await makeList(tx, { year, unitId: leadership.id, postId: l.postId, publishedAt, items })).list.id);
    }
    for (const u of units) {
      lists.unit.set(u.id, (await makeList(tx, { year, unitId: u.id, publishedAt, items })).list.id);
      for (const postId of [u.head.postId, u.staffPostId]) lists.post.set(postId, (await makeList(tx, { year, unitId: u.id, postId, publishedAt, items })).list.id);
    }
  }
  return { bureauId: bureau.id, leadershipId: leadership.id, director, safety, deputy, units, office, committees, lists };
}

export type Bureau = Awaited<ReturnType<typeof makeBureau>>;
