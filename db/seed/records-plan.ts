// The demo bureau's work records (履职记录) for last year and this year to date, as plain data planned from
// the org and the published lists: committee meetings chaired by the 局长 and the 常务副主任, 安委办 meetings,
// leaders' inspections of the units they supervise, section heads' inspections, monthly hazard checks,
// trainings, drills and reports, each linked to the duty items it fulfils. Deterministic (seeded PRNG) for a
// given today; pure. Days are planned in the story's calendar (2025, 2026 to 20 November) and moved onto
// the demo calendar (demo-calendar.ts): the same records on any date, this year's never after its cutoff.
import { prng } from "./demo";
import { plusDays, type DemoCalendar } from "./demo-calendar";

export type SeedList = { listId: number; items: { itemKey: string; category: string; cadence: string; supervisedUnitId: number | null }[] };

export type RecordContext = {
  units: Map<string, { id: number; name: string; kind: string }>;
  /** "CODE|post name" → holders that year (first: the usual holder). */
  holders: (year: number, code: string, post: string) => number[];
  /** The first post (head) of a unit → its holders that year. */
  heads: (year: number, code: string) => number[];
  /** Leader key (D, B, …) → person id. */
  leaders: Record<"S" | "D" | "A" | "B" | "C" | "E", number>;
  officePerson: number;
  supervisions: (year: number) => { leaderId: number; unitId: number; kind: "primary" | "assist" }[];
  /** Published lists: "unit:CODE", "post:CODE|post", "leader:personId" → list. */
  list: (year: number, key: string) => SeedList | undefined;
};

export type PlannedRecord = {
  kind: "meeting" | "inspection" | "training" | "drill" | "hazard_check" | "report";
  title: string;
  occurredOn: string;
  unitCode: string;
  unitCodes: string[];
  leadId: number;
  participantIds: number[];
  items: { listId: number; itemKey: string }[];
};

/** Records run to this story day in the year in progress (the demo's "to date"); last year is whole. */
export const LAST_DAY: Record<number, string> = { 2025: "2025-12-31", 2026: "2026-11-20" };

/** A weekend day moved to the Monday after (or the Friday before) within the same month and [lo, hi]. */
export function workday(date: string, lo: string, hi: string): string {
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (wd !== 0 && wd !== 6) return date;
  const month = date.slice(0, 7);
  const monday = plusDays(date, wd === 6 ? 2 : 1);
  if (monday.startsWith(month) && monday <= hi) return monday;
  const friday = plusDays(date, wd === 6 ? -1 : -2);
  if (friday.startsWith(month) && friday >= lo) return friday;
  return date;
}

const SAFETY_UNITS = ["SEC-OFFICE", "AFF-SPECIAL", "AFF-INSPECT", "AFF-METROLOGY"] as const;
const REGULATORY = ["SEC-QUALITY", "SEC-CERT", "SEC-FOOD", "SEC-SPECIAL", "SEC-METROLOGY", "SEC-STANDARD", "AFF-ENFORCE", "BR-EAST", "BR-HITECH"] as const;
const QUARTER_MONTHS = [1, 4, 7, 10];

export function planRecords(ctx: RecordContext, cal: DemoCalendar): PlannedRecord[] {
  const rand = prng(20250701);
  const out: PlannedRecord[] = [];
  /** A working day in the month of a story year (a weekend moves to Monday), within the year's last day,
   * on the demo calendar (a weekend day there moves to a working day if it can). */
  const storyDay = (storyYear: number, month: number, from = 3, span = 20): string | null => {
    let d = new Date(Date.UTC(storyYear, month - 1, from + rand(span)));
    const wd = d.getUTCDay();
    if (wd === 0 || wd === 6) d = new Date(d.getTime() + (wd === 6 ? 2 : 1) * 86_400_000);
    const iso = d.toISOString().slice(0, 10);
    if (iso > LAST_DAY[storyYear]) return null;
    const year = cal.year(storyYear);
    return workday(cal.date(iso), `${year}-01-01`, year === cal.current ? cal.cutoff : `${year}-12-31`);
  };
  const unit = (code: string) => ctx.units.get(code)!;
  /** An item of a list in a category (for a supervised unit; a periodic one first), as a link. */
  const item = (year: number, key: string, category: string, supervisedUnitId?: number) => {
    const l = ctx.list(year, key);
    const candidates = (l?.items ?? []).filter(
      (x) => x.category === category && (supervisedUnitId === undefined || x.supervisedUnitId === supervisedUnitId),
    );
    const i = candidates.find((x) => x.cadence !== "yearly" && x.cadence !== "once") ?? candidates[0];
    return l && i ? [{ listId: l.listId, itemKey: i.itemKey }] : [];
  };
  const add = (r: Omit<PlannedRecord, "occurredOn"> & { occurredOn: string | null }) => {
    if (r.occurredOn) out.push({ ...r, occurredOn: r.occurredOn, participantIds: [...new Set(r.participantIds)].filter((p) => p !== r.leadId) });
  };
  const L = ctx.leaders;

  for (const storyYear of [2025, 2026]) {
    const year = cal.year(storyYear);
    const months = storyYear === 2025 ? 12 : 11;
    const day = (month: number, from?: number, span?: number) => storyDay(storyYear, month, from, span);
    const heads = [...ctx.units.values()].filter((u) => u.kind !== "leadership" && u.kind !== "bureau").flatMap((u) => ctx.heads(year, codeOf(ctx, u.id)).slice(0, 1));
    const leaders = Object.values(L);

    // 安委会全体会议, quarterly, chaired by the 局长.
    for (const [q, month] of QUARTER_MONTHS.entries()) {
      add({
        kind: "meeting",
        title: `${year}年第${"一二三四"[q]}季度安全生产委员会全体会议`,
        occurredOn: day(month, 15, 10),
        unitCode: "LEAD",
        unitCodes: ["LEAD", "SEC-SPECIAL"],
        leadId: L.D,
        participantIds: [...leaders, ctx.officePerson, ...heads],
        items: [...item(year, `leader:${L.D}`, "leadership"), ...item(year, `leader:${L.B}`, "leadership")],
      });
    }
    for (let m = 1; m <= months; m++) {
      // 安全生产信息统计月报, by the office for the 常务副主任's statistics duty.
      add({
        kind: "report",
        title: `${year}年${m}月安全生产信息统计报表`,
        occurredOn: day(m, 1, 5),
        unitCode: "SEC-SPECIAL",
        unitCodes: ["SEC-SPECIAL"],
        leadId: ctx.officePerson,
        participantIds: [],
        items: item(year, `leader:${L.B}`, "implementation"),
      });
      // 安委办工作例会, monthly (but in the committee's quarter months), chaired by the 常务副主任.
      if (QUARTER_MONTHS.includes(m) && m !== 1) continue;
      add({
        kind: "meeting",
        title: m === 1 ? `${year}年安全生产工作部署会` : `安委会办公室${m}月工作例会`,
        occurredOn: day(m, 5, 8),
        unitCode: "LEAD",
        unitCodes: ["SEC-SPECIAL"],
        leadId: L.B,
        participantIds: [ctx.officePerson, ...ctx.heads(year, "SEC-SPECIAL"), ...ctx.heads(year, "AFF-SPECIAL")],
        items: item(year, `leader:${L.B}`, "leadership"),
      });
    }
    // Leaders inspect the units they lead (主管) twice a year — the 常务副主任 each quarter; 协管 once.
    for (const s of ctx.supervisions(year)) {
      const code = codeOf(ctx, s.unitId);
      const months2 = s.kind === "assist" ? [9] : s.leaderId === L.B ? [3, 6, 9, 11] : [5, 11];
      for (const m of months2) {
        add({
          kind: "inspection",
          title: `${unit(code).name}安全生产检查`,
          occurredOn: day(m),
          unitCode: "LEAD",
          unitCodes: [code],
          leadId: s.leaderId,
          participantIds: [...ctx.heads(year, code).slice(0, 1), ctx.officePerson],
          items: [
            ...item(year, `leader:${s.leaderId}`, "supervision", s.unitId),
            ...(s.leaderId === L.B ? item(year, `leader:${L.B}`, "hazard") : []),
          ],
        });
      }
    }
    // Section and branch heads lead a field inspection each quarter (the 质量监督科 head each month until
    // September this year: October's is missing, so his monthly duty shows overdue in November — on the
    // story's calendar; squeezed into early months, the last one is simply his latest).
    for (const code of REGULATORY) {
      const head = ctx.heads(year, code)[0];
      if (!head) continue;
      const firstPost = postOf(ctx, year, code, head);
      const monthsH = code === "SEC-QUALITY" ? range(1, storyYear === 2026 ? 9 : 12) : [2, 5, 8, 11];
      for (const m of monthsH) {
        add({
          kind: "inspection",
          title: code === "SEC-QUALITY" ? `重点工业产品质量安全监督检查（${m}月）` : `${unit(code).name}监管领域安全检查`,
          occurredOn: day(m),
          unitCode: code,
          unitCodes: [code],
          leadId: head,
          participantIds: ctx.holders(year, code, staffPostOf(code)).slice(0, 2),
          items: [
            ...item(year, `unit:${code}`, "supervision"),
            ...(firstPost ? item(year, `post:${code}|${firstPost}`, "supervision") : []),
            ...(code === "SEC-QUALITY" && firstPost ? item(year, `post:${code}|${firstPost}`, "internal") : []),
            // The inspectors who went along did their own post's field inspection duty.
            ...item(year, `post:${code}|${staffPostOf(code)}`, "supervision"),
          ],
        });
      }
    }
    // Monthly hazard checks by the safety officers (安全管理员) of four units; the others each quarter.
    for (const code of [...ctx.units.keys()].filter((c) => c !== "LEAD" && c !== "BUREAU")) {
      const officer = ctx.holders(year, code, "安全管理员")[0];
      const lead = officer ?? ctx.heads(year, code)[0];
      if (!lead) continue;
      const monthly = (SAFETY_UNITS as readonly string[]).includes(code);
      for (let m = 1; m <= months; m++) {
        if (!monthly && !QUARTER_MONTHS.includes(m)) continue;
        add({
          kind: "hazard_check",
          title: `${unit(code).name}${m}月安全隐患排查`,
          occurredOn: day(m, 20, 8),
          unitCode: code,
          unitCodes: [code],
          leadId: lead,
          participantIds: [],
          items: [...item(year, `unit:${code}`, "hazard"), ...(monthly ? item(year, `unit:${code}`, "internal") : [])],
        });
      }
    }
    // Bureau-wide training for heads (spring) and a unit training and drill in each unit.
    add({
      kind: "training",
      title: `${year}年度安全生产责任制专题培训`,
      occurredOn: day(3, 18, 6),
      unitCode: "SEC-HR",
      unitCodes: ["LEAD", "SEC-HR"],
      leadId: ctx.heads(year, "SEC-HR")[0] ?? ctx.officePerson,
      participantIds: [...leaders.filter((p) => p !== L.S), ctx.officePerson, ...heads],
      items: [...item(year, `leader:${L.B}`, "training"), ...item(year, "unit:SEC-HR", "training")],
    });
    for (const [n, u] of [...ctx.units.values()].filter((x) => x.kind !== "leadership" && x.kind !== "bureau").entries()) {
      const code = codeOf(ctx, u.id);
      const head = ctx.heads(year, code)[0];
      if (!head) continue;
      const staff = ctx.holders(year, code, staffPostOf(code)).slice(0, 4);
      add({
        kind: "training",
        title: `${u.name}${year}年全员安全教育培训`,
        occurredOn: day(4 + (n % 3), 8, 14),
        unitCode: code,
        unitCodes: [code],
        leadId: head,
        participantIds: staff,
        items: item(year, `unit:${code}`, "training"),
      });
      // Three units have not yet held this year's drill.
      if (storyYear === 2026 && ["SEC-CERT", "AFF-FIBER", "BR-HITECH"].includes(code)) continue;
      add({
        kind: "drill",
        title: `${u.name}${n % 2 ? "消防疏散" : "应急处置"}演练`,
        occurredOn: day(6 + (n % 4), 10, 12),
        unitCode: code,
        unitCodes: [code],
        leadId: head,
        participantIds: staff,
        items: item(year, `unit:${code}`, "emergency"),
      });
    }
  }
  return out.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Each unit's rank-and-file post (the one with the most holders in the demo plan). */
function staffPostOf(code: string): string {
  const byPrefix: [RegExp, string][] = [
    [/^SEC-QUALITY$/, "质量监督员"],
    [/^SEC-SPECIAL$/, "特种设备安全监察员"],
    [/^SEC-CERT$/, "认证监管员"],
    [/^SEC-FOOD$/, "食品相关产品监管员"],
    [/^SEC-METROLOGY$/, "计量监管员"],
    [/^SEC-STANDARD$/, "标准化管理员"],
    [/^SEC-OFFICE$/, "综合管理岗"],
    [/^SEC-HR$/, "人事管理岗"],
    [/^SEC-FINANCE$/, "财务管理岗"],
    [/^SEC-PARTY$/, "党务工作岗"],
    [/^SEC-DISCIPLINE$/, "纪检监察员"],
    [/^SEC-LEGAL$/, "法制审核岗"],
    [/^AFF-SPECIAL$/, "电梯检验员"],
    [/^AFF-ENFORCE$/, "稽查队员"],
    [/^AFF-INSPECT$/, "检验员"],
    [/^AFF-METROLOGY$/, "计量检定员"],
    [/^AFF-FIBER$/, "纤维检验员"],
    [/^AFF-STDINFO$/, "标准信息岗"],
    [/^BR-/, "市场监管员"],
  ];
  return byPrefix.find(([re]) => re.test(code))?.[1] ?? "";
}

function codeOf(ctx: RecordContext, unitId: number): string {
  for (const [code, u] of ctx.units) if (u.id === unitId) return code;
  throw new Error(`records seed: no unit ${unitId}`);
}

/** The name of the head post a person holds in a unit (the first post), if they hold it. */
function postOf(ctx: RecordContext, year: number, code: string, personId: number): string | null {
  for (const post of ["科长", "主任", "院长", "支队长", "所长", "局长"]) {
    if (ctx.holders(year, code, post).includes(personId)) return post;
  }
  return null;
}
