// The fictional 示例市质量技术监督局 (DESIGN §7): org tree, posts, ~150 people, 分管, 安委会, demo logins.
// Deterministic: the same rows (names, staff numbers, dates) on every run; one insert per table.
import type { AuditedTx } from "../audited";
import { demoCalendar, type DemoCalendar } from "./demo-calendar";
import {
  committeeMembers,
  committees,
  people,
  postHoldings,
  posts,
  settings,
  supervisions,
  userRoles,
  users,
  units,
} from "../schema";
import { now as clockNow } from "@/lib/clock";

type UnitKind = (typeof units.$inferInsert)["kind"];
type UnitGroup = NonNullable<(typeof units.$inferInsert)["group"]>;
type PostKind = (typeof posts.$inferInsert)["kind"];
type PostSpec = { name: string; kind: PostKind; holders: number };
type UnitSpec = { code: string; name: string; kind: UnitKind; group: UnitGroup | null; posts: PostSpec[] };

export const DEMO_BUREAU = { code: "BUREAU", name: "示例市质量技术监督局" } as const;
export const DEMO_COMMITTEE_NAME = "示例市质量技术监督局安全生产委员会";

const LEADERSHIP_POSTS: PostSpec[] = [
  { name: "党组书记", kind: "party_secretary", holders: 1 },
  { name: "局长", kind: "director", holders: 1 },
  { name: "副局长（分管安全生产）", kind: "deputy_director", holders: 1 },
  { name: "副局长（分管质量）", kind: "deputy_director", holders: 1 },
  { name: "副局长（分管计量标准）", kind: "deputy_director", holders: 1 },
  { name: "总工程师", kind: "chief_engineer", holders: 1 },
];

/** "主任 副主任 文秘岗×3": the first post is the head, posts starting with 副 are deputies, the rest staff;
 * ×n is the number of holders (default 1, ×0 leaves the post without a primary holder). */
function parsePosts(spec: string): PostSpec[] {
  return spec.split(" ").map((token, i) => {
    const [name, n] = token.split("×");
    const kind: PostKind = i === 0 ? "head" : name.startsWith("副") ? "deputy_head" : "staff";
    return { name, kind, holders: n === undefined ? 1 : Number(n) };
  });
}

/** Children of the bureau, in display order. Codes are stable: tests and docs refer to them. */
const UNITS: UnitSpec[] = [
  { code: "LEAD", name: "局领导班子", kind: "leadership" as UnitKind, group: null, posts: LEADERSHIP_POSTS },
  ...(
    [
      ["SEC-OFFICE", "办公室", "section", "general", "主任 副主任 文秘岗×3 综合管理岗×2 安全管理员"],
      ["SEC-HR", "人事教育科", "section", "general", "科长 人事管理岗×2 教育培训岗"],
      ["SEC-FINANCE", "计划财务科", "section", "general", "科长 财务管理岗×2 资产管理岗"],
      // 副主任（兼）is held only concurrently, by the 办公室 副主任.
      ["SEC-PARTY", "机关党委办公室", "section", "general", "主任 副主任（兼）×0 党务工作岗×2"],
      ["SEC-DISCIPLINE", "纪检监察室", "section", "general", "主任 纪检监察员×2"],
      ["SEC-LEGAL", "政策法规科", "section", "general", "科长 法制审核岗×2 行政复议岗"],
      ["SEC-QUALITY", "质量监督科", "section", "regulatory", "科长 副科长 质量监督员×4 综合管理岗"],
      ["SEC-CERT", "认证认可监督管理科", "section", "regulatory", "科长 认证监管员×2"],
      ["SEC-FOOD", "食品相关产品监管科", "section", "regulatory", "科长 食品相关产品监管员×3"],
      ["SEC-SPECIAL", "特种设备安全监察科", "section", "regulatory", "科长 副科长 特种设备安全监察员×4 安委办综合岗"],
      ["SEC-METROLOGY", "计量科", "section", "regulatory", "科长 计量监管员×2"],
      ["SEC-STANDARD", "标准化科", "section", "regulatory", "科长 标准化管理员×2"],
      [
        "AFF-SPECIAL",
        "特种设备检验研究院",
        "affiliated",
        "technical",
        "院长 副院长 锅炉压力容器检验员×6 电梯检验员×8 起重机械检验员×4 安全管理员 综合管理岗",
      ],
      ["AFF-ENFORCE", "稽查支队", "affiliated", "field", "支队长 副支队长 稽查队员×11 案件审理岗×2"],
      ["AFF-INSPECT", "产品质量监督检验所", "affiliated", "technical", "所长 副所长 检验员×12 样品管理员 安全管理员"],
      ["AFF-METROLOGY", "计量检定测试所", "affiliated", "technical", "所长 副所长 计量检定员×8 安全管理员"],
      // 所长 is filled by an acting holder (one of the 纤维检验员); 副所长 is vacant on purpose.
      ["AFF-FIBER", "纤维检验所", "affiliated", "technical", "所长×0 副所长×0 纤维检验员×4"],
      ["AFF-STDINFO", "标准化与信息中心", "affiliated", "technical", "主任 标准信息岗×3 信息系统管理员×2"],
      ["BR-EAST", "城东分局", "branch", "field", "局长 副局长 市场监管员×6 综合管理岗"],
      ["BR-HITECH", "高新区分局", "branch", "field", "局长 副局长 市场监管员×5 综合管理岗"],
    ] as const
  ).map(([code, name, kind, group, spec]) => ({ code, name, kind, group, posts: parsePosts(spec) })),
];

/** People the demo refers to by role: fixed names, so README and tests can name them. */
const NAMED: Record<string, { slot: string; name: string }> = {
  S: { slot: "LEAD|党组书记|0", name: "沈立群" },
  D: { slot: "LEAD|局长|0", name: "杜明远" },
  B: { slot: "LEAD|副局长（分管安全生产）|0", name: "白文涛" },
  A: { slot: "LEAD|副局长（分管质量）|0", name: "安志刚" },
  C: { slot: "LEAD|副局长（分管计量标准）|0", name: "陈思源" },
  E: { slot: "LEAD|总工程师|0", name: "鄂振华" },
  office: { slot: "SEC-SPECIAL|安委办综合岗|0", name: "欧阳晓雯" },
  liaison: { slot: "SEC-OFFICE|安全管理员|0", name: "刘佳" },
  chiefQuality: { slot: "SEC-QUALITY|科长|0", name: "钱卫东" },
  staffQuality: { slot: "SEC-QUALITY|质量监督员|0", name: "齐小萌" },
  chiefBranch: { slot: "BR-EAST|局长|0", name: "董海峰" },
  mover: { slot: "SEC-LEGAL|法制审核岗|1", name: "罗文静" },
  acting: { slot: "AFF-FIBER|纤维检验员|0", name: "冯建华" },
  concurrent: { slot: "SEC-OFFICE|副主任|0", name: "吴秀英" },
};

type LeaderKey = "S" | "D" | "A" | "B" | "C" | "E";
/** 分管 per story year (2025: the closed year, 2026: the year in progress; demo-calendar.ts): each leader's
 * primary units, then the 协管 (assist) pairs. */
const SUPERVISION: Record<number, { primary: Record<LeaderKey, string>; assist: string }> = {
  2025: {
    primary: {
      S: "SEC-PARTY SEC-DISCIPLINE",
      D: "SEC-OFFICE SEC-HR SEC-FINANCE SEC-LEGAL",
      A: "SEC-QUALITY SEC-CERT SEC-FOOD AFF-INSPECT",
      B: "SEC-SPECIAL AFF-SPECIAL AFF-ENFORCE BR-EAST BR-HITECH",
      C: "SEC-METROLOGY SEC-STANDARD AFF-METROLOGY AFF-STDINFO",
      E: "AFF-FIBER",
    },
    assist: "B:SEC-QUALITY E:AFF-SPECIAL A:AFF-ENFORCE",
  },
  // This year: the 产品质量监督检验所 moves from A to the chief engineer; A keeps assisting it.
  2026: {
    primary: {
      S: "SEC-PARTY SEC-DISCIPLINE",
      D: "SEC-OFFICE SEC-HR SEC-FINANCE SEC-LEGAL",
      A: "SEC-QUALITY SEC-CERT SEC-FOOD",
      B: "SEC-SPECIAL AFF-SPECIAL AFF-ENFORCE BR-EAST BR-HITECH",
      C: "SEC-METROLOGY SEC-STANDARD AFF-METROLOGY AFF-STDINFO",
      E: "AFF-FIBER AFF-INSPECT",
    },
    assist: "B:SEC-QUALITY E:AFF-SPECIAL A:AFF-ENFORCE A:AFF-INSPECT",
  },
};

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤";
const GIVEN =
  "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红建文辉力宁斌晨凯浩鹏飞亮俊雪琳晶欣颖慧婷倩博宇志国海峰鑫波云帆瑞佳思梦晓嘉雨天成永春立新东光荣";

/** mulberry32: rand(n) gives 0..n-1, the same sequence for the same seed on every run. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** A fictional name: surname plus one or two given-name characters. */
export function fictionalName(rand: (n: number) => number): string {
  const given = GIVEN[rand(GIVEN.length)] + (rand(10) < 6 ? GIVEN[rand(GIVEN.length)] : "");
  return SURNAMES[rand(SURNAMES.length)] + given;
}

/** One holder of one post: `key` is "unit code|post name|index", as in NAMED. */
type Slot = { key: string; staffNo: string; name: string; unitCode: string; post: string; startDate: string };

function planPeople(cal: DemoCalendar): Slot[] {
  const rand = prng(20260101);
  const reserved = new Set(Object.values(NAMED).map((n) => n.name));
  const used = new Set<string>();
  const bySlot = new Map(Object.values(NAMED).map((n) => [n.slot, n.name]));
  const slots: Slot[] = [];
  for (const u of UNITS) {
    for (const { name: post, holders } of u.posts) {
      for (let i = 0; i < holders; i++) {
        const key = `${u.code}|${post}|${i}`;
        let name = bySlot.get(key);
        while (!name) {
          const candidate = fictionalName(rand);
          if (!reserved.has(candidate) && !used.has(candidate)) name = candidate;
        }
        used.add(name);
        const year = u.kind === "leadership" ? 2018 + rand(6) : 2006 + rand(18);
        const startDate = cal.shift(`${year}-${String(1 + rand(12)).padStart(2, "0")}-01`);
        const staffNo = `D${String(slots.length + 1).padStart(4, "0")}`;
        slots.push({ key, staffNo, name, unitCode: u.code, post, startDate });
      }
    }
  }
  return slots;
}

export async function seedDemo(
  tx: AuditedTx,
  opts: { passwordHash: string; cal?: DemoCalendar },
): Promise<Record<string, number>> {
  const cal = opts.cal ?? demoCalendar();
  const [bureau] = await tx
    .insert(units)
    .values({ code: DEMO_BUREAU.code, name: DEMO_BUREAU.name, kind: "bureau", sortOrder: 0 })
    .returning({ id: units.id });
  const unitRows = await tx
    .insert(units)
    .values(
      UNITS.map((u, i) => ({
        parentId: bureau.id,
        code: u.code,
        name: u.name,
        kind: u.kind,
        group: u.group,
        sortOrder: i + 1,
      })),
    )
    .returning({ id: units.id, code: units.code });
  const unitId = new Map(unitRows.map((r) => [r.code, r.id]));

  const postRows = await tx
    .insert(posts)
    .values(
      UNITS.flatMap((u) =>
        u.posts.map(({ name, kind }, i) => ({
          unitId: unitId.get(u.code)!,
          name,
          kind,
          sortOrder: i + 1,
        })),
      ),
    )
    .returning({ id: posts.id, unitId: posts.unitId, name: posts.name });
  const postId = new Map(postRows.map((r) => [`${r.unitId}|${r.name}`, r.id]));
  const post = (unitCode: string, name: string) => {
    const id = postId.get(`${unitId.get(unitCode)}|${name}`);
    if (!id) throw new Error(`demo seed: no post ${unitCode}/${name}`);
    return id;
  };

  const slots = planPeople(cal);
  const personRows = await tx
    .insert(people)
    .values(slots.map((s) => ({ staffNo: s.staffNo, name: s.name, phone: null })))
    .returning({ id: people.id, staffNo: people.staffNo });
  const personByStaffNo = new Map(personRows.map((r) => [r.staffNo, r.id]));
  const personBySlot = new Map(slots.map((s) => [s.key, personByStaffNo.get(s.staffNo)!]));
  const who = (key: keyof typeof NAMED) => personBySlot.get(NAMED[key].slot)!;

  type Holding = typeof postHoldings.$inferInsert;
  const holdings: Holding[] = slots.map((s) => ({
    personId: personByStaffNo.get(s.staffNo)!,
    postId: post(s.unitCode, s.post),
    type: "primary",
    startDate: s.startDate,
  }));
  // History: the mover was a 质量监督员 until mid-year two years ago, then joined 政策法规科.
  const moverHolding = holdings.find((h) => h.personId === who("mover"))!;
  moverHolding.startDate = cal.shift("2024-07-01");
  holdings.push(
    {
      personId: who("mover"),
      postId: post("SEC-QUALITY", "质量监督员"),
      type: "primary",
      startDate: cal.shift("2018-01-01"),
      endDate: cal.shift("2024-06-30"),
    },
    {
      personId: who("acting"),
      postId: post("AFF-FIBER", "所长"),
      type: "acting",
      startDate: cal.shift("2025-09-01"),
    },
    {
      personId: who("concurrent"),
      postId: post("SEC-PARTY", "副主任（兼）"),
      type: "concurrent",
      startDate: cal.shift("2023-01-01"),
    },
  );
  await tx.insert(postHoldings).values(holdings);

  // 分管 and the committee exist for both years: roles are derived per year.
  const supervisionRows = [2025, 2026].flatMap((storyYear) => {
    const { primary, assist } = SUPERVISION[storyYear];
    const year = cal.year(storyYear);
    const rows = [
      ...Object.entries(primary).flatMap(([k, codes]) =>
        codes.split(" ").map((code) => ({
          year,
          leaderId: who(k as LeaderKey),
          unitId: unitId.get(code)!,
          kind: "primary" as const,
        })),
      ),
      ...assist.split(" ").map((pair) => {
        const [k, code] = pair.split(":");
        return { year, leaderId: who(k as LeaderKey), unitId: unitId.get(code)!, kind: "assist" as const };
      }),
    ];
    // Every unit below the bureau, except the leadership team, has exactly one primary leader.
    for (const u of UNITS.filter((x) => x.kind !== "leadership")) {
      const n = rows.filter((r) => r.kind === "primary" && r.unitId === unitId.get(u.code)).length;
      if (n !== 1) throw new Error(`demo seed: ${u.code} has ${n} primary supervisors in ${year}`);
    }
    return rows;
  });
  await tx.insert(supervisions).values(supervisionRows);

  const committeeRows = await tx
    .insert(committees)
    .values(
      [cal.last, cal.current].map((year) => ({
        year,
        name: DEMO_COMMITTEE_NAME,
        officeUnitId: unitId.get("SEC-SPECIAL")!,
      })),
    )
    .returning({ id: committees.id, year: committees.year });
  type Role = (typeof committeeMembers.$inferInsert)["role"];
  const heads = UNITS.filter((u) => u.kind !== "leadership").map((u) =>
    u.code === "AFF-FIBER" ? who("acting") : personBySlot.get(`${u.code}|${u.posts[0].name}|0`)!,
  );
  const seats: [number, Role][] = [
    [who("D"), "chair"],
    [who("B"), "executive_vice_chair"],
    [who("S"), "vice_chair"],
    [who("A"), "vice_chair"],
    [who("C"), "vice_chair"],
    [who("E"), "vice_chair"],
    ...heads.map((id): [number, Role] => [id, "member"]),
    [who("office"), "office_director"],
    [who("liaison"), "liaison"],
  ];
  const memberRows = committeeRows.flatMap((c) =>
    seats.map(([personId, role]) => ({ committeeId: c.id, personId, role })),
  );
  await tx.insert(committeeMembers).values(memberRows);

  const accounts: [username: string, personKey: keyof typeof NAMED | null][] = [
    ["admin", null],
    ["security", null],
    ["auditor", null],
    ["director", "D"],
    ["secretary", "S"],
    ["deputy-safety", "B"],
    ["chief-engineer", "E"],
    ["office", "office"],
    ["chief-quality", "chiefQuality"],
    ["staff-quality", "staffQuality"],
    ["chief-branch", "chiefBranch"],
  ];
  const userRows = await tx
    .insert(users)
    .values(
      accounts.map(([username, key]) => ({
        username,
        passwordHash: opts.passwordHash,
        personId: key ? who(key) : null,
        locale: "zh" as const,
        // On the application's clock, so a demo seeded at any date does not start with expired passwords.
        passwordChangedAt: clockNow(),
        createdAt: clockNow(),
        updatedAt: clockNow(),
      })),
    )
    .returning({ id: users.id, username: users.username });
  const userId = new Map(userRows.map((r) => [r.username, r.id]));
  const grants = [
    { userId: userId.get("admin")!, role: "system_admin" as const },
    { userId: userId.get("security")!, role: "security_admin" as const },
    { userId: userId.get("auditor")!, role: "audit_admin" as const },
    { userId: userId.get("office")!, role: "committee_office" as const },
  ];
  await tx.insert(userRoles).values(grants);

  const settingRows = [
    { key: "password_expiry_days", value: "90" },
    { key: "signing_deadline_month_day", value: "03-31" },
  ];
  await tx.insert(settings).values(settingRows).onConflictDoNothing();

  return {
    units: unitRows.length + 1,
    posts: postRows.length,
    people: personRows.length,
    holdings: holdings.length,
    supervisions: supervisionRows.length,
    committees: committeeRows.length,
    committeeMembers: memberRows.length,
    users: userRows.length,
    userRoles: grants.length,
    settings: settingRows.length,
  };
}
