// Report data for the renderers' tests and the benchmark: a small bureau with hostile strings in names and
// texts (formula-like, markup-like), and a large one (300 units, 60 leaders) built the same way.
import type { AnnualReportData, ScoreSheet } from "./types";

export const HOSTILE = {
  hyperlink: '=HYPERLINK("http://evil.example/","点我领奖")',
  script: "<script>alert('x')</script>科",
  at: "@SUM(A1)",
  formula: "=1+1",
  plus: "+86 值班电话",
  minus: "-5 分（扣分）",
};

const CATEGORIES = ["组织领导", "责任落实", "隐患治理", "教育培训", "应急管理", "事故报告"];

export function fixtureSheet(
  year: number,
  unitId: number,
  unitName: string,
  items = 12,
  total: number | null = 88.5,
): ScoreSheet {
  return {
    year,
    unitId,
    unitName,
    schemeTitle: `${year}年度安全生产责任制考核方案`,
    rows: Array.from({ length: items }, (_, i) => ({
      category: CATEGORIES[Math.floor(i / 2) % CATEGORIES.length],
      item: `考核项目${i + 1}`,
      content: `按要求落实第${i + 1}项安全生产责任，建立台账并按期报送，确保责任到岗到人。`,
      maxPoints: 10,
      scoringRule: "未落实的每次扣1分，台账不全的扣0.5分，扣完为止。",
      selfScore: 10,
      reviewScore: i % 4 === 0 ? 8.5 : 10,
      deductionReason: i % 4 === 0 ? (i === 0 ? HOSTILE.minus : "台账不全") : "",
      note: i === 1 ? HOSTILE.at : "",
    })),
    bonus: 1,
    bonusItems: [{ label: "市级表彰", points: 1, reason: "“安全生产月”活动优秀组织单位" }],
    vetoCheck: [
      { rule: "late_report", name: "事故迟报、漏报、谎报、瞒报", hit: false, basis: null },
      { rule: "major_accident", name: "发生较大及以上生产安全责任事故", hit: false, basis: null },
    ],
    total,
    grade: total == null ? null : total >= 90 ? "优秀" : "良好",
    status: "已定稿",
  };
}

const vetoedSheet = (year: number): ScoreSheet => {
  const s = fixtureSheet(year, 3, "特种设备检验研究院", 12, 92);
  return {
    ...s,
    grade: "不合格",
    vetoCheck: s.vetoCheck.map((v) =>
      v.rule === "late_report" ? { ...v, hit: true, basis: "2025-08-14 电梯事故超时上报" } : v,
    ),
  };
};

/** The small bureau of the tests. */
export function fixtureReport(year = 2025): AnnualReportData {
  const units = [
    {
      unitId: 1,
      unitName: "质量监督科",
      group: "机关科室",
      rank: 1,
      total: 96.5,
      grade: "excellent",
      gradeLabel: "优秀",
    },
    { unitId: 2, unitName: "城东分局", group: "派出机构", rank: 2, total: 88.5, grade: "good", gradeLabel: "良好" },
    {
      unitId: 4,
      unitName: HOSTILE.formula,
      group: HOSTILE.plus,
      rank: 3,
      total: 75,
      grade: "pass",
      gradeLabel: "合格",
    },
    { unitId: 5, unitName: HOSTILE.script, group: "机关科室", rank: 4, total: 70.2, grade: "pass", gradeLabel: "合格" },
  ].map((u) => ({ ...u, vetoed: false, vetoes: [] }));
  const vetoed = {
    unitId: 3,
    unitName: "特种设备检验研究院",
    group: "直属单位",
    rank: 5,
    total: 92,
    grade: "fail",
    gradeLabel: "不合格",
    vetoed: true,
    vetoes: [{ rule: "late_report", name: "事故迟报、漏报、谎报、瞒报", basis: "2025-08-14 电梯事故超时上报" }],
  };
  return {
    year,
    bureauName: "示例市质量技术监督局",
    generatedAt: `${year + 1}-01-20T02:00:00.000Z`,
    committee: { chair: "杜明远", viceChairs: ["白文涛"], officeUnit: "特种设备安全监察科", members: 21 },
    counts: {
      lists: 120,
      listsPublished: 118,
      confirmations: 240,
      units: 21,
      people: 240,
    },
    indicators: [
      {
        code: "I1",
        name: "重大事故隐患整改率",
        measure: "%",
        direction: "higher_better",
        target: 100,
        actual: 98.5,
        units: 20,
        met: 18,
      },
      {
        code: "I2",
        name: HOSTILE.hyperlink,
        measure: "人",
        direction: "lower_better",
        target: 0.3,
        actual: 0.1,
        units: 20,
        met: 20,
      },
    ],
    work: [
      { kind: "meeting", label: "会议", count: 48, people: 520 },
      { kind: "inspection", label: "检查", count: 132, people: 410 },
      { kind: "training", label: "培训", count: 36, people: 980 },
    ],
    hazardsSummary: { total: 86, major: 2, closed: 84, supervised: 2, overdue: 1 },
    accidentsSummary: { total: 1, byLevel: { 一般事故: 1 }, late: 1 },
    assessmentStatus: "已定稿",
    results: [...units, vetoed],
    gradeCounts: [
      { grade: "excellent", label: "优秀", count: 1 },
      { grade: "good", label: "良好", count: 1 },
      { grade: "pass", label: "合格", count: 2 },
      { grade: "fail", label: "不合格", count: 1 },
    ],
    sanctions: [
      {
        kind: "lose_honours",
        kindLabel: "取消评先评优",
        unitName: "特种设备检验研究院",
        personName: null,
        status: "已确认",
        dueDate: null,
        note: "一票否决",
      },
      {
        kind: "rectification",
        kindLabel: "限期整改",
        unitName: "特种设备检验研究院",
        personName: null,
        status: "已确认",
        dueDate: `${year + 1}-02-20`,
        note: HOSTILE.at,
      },
      {
        kind: "commendation",
        kindLabel: "建议表彰",
        unitName: "质量监督科",
        personName: null,
        status: "待安委会确认",
        dueDate: null,
        note: "",
      },
    ],
    cases: [
      {
        personName: "甄守礼",
        unitName: "特种设备检验研究院",
        situation: "对迟报、漏报、谎报或者瞒报生产安全事故负有领导责任",
        form: "诫勉",
        leniency: "—",
        decidedBy: "局党组",
        decidedOn: `${year}-10-12`,
        restrictedUntil: `${year + 1}-04-12`,
      },
    ],
    problems: `部分单位责任清单更新不及时。\n${HOSTILE.script}\n\n隐患闭环管理仍有薄弱环节。`,
    plans: `${HOSTILE.hyperlink}\n健全安全生产责任体系，推进清单动态管理。`,
    pledges: [
      { level: 1, kind: "responsibility", total: 6, complete: 6 },
      { level: 2, kind: "responsibility", total: 21, complete: 21 },
      { level: 3, kind: "commitment", total: 103, complete: 100 },
    ],
    hazards: [
      {
        title: "电梯限速器未按期校验",
        unitName: "特种设备检验研究院",
        level: "重大隐患",
        isSupervised: true,
        foundOn: `${year}-03-02`,
        deadline: `${year}-05-31`,
        status: "已销号",
        closedOn: `${year}-05-20`,
      },
      {
        title: HOSTILE.at,
        unitName: HOSTILE.formula,
        level: "一般隐患",
        isSupervised: false,
        foundOn: `${year}-06-11`,
        deadline: `${year}-07-11`,
        status: "整改中",
        closedOn: null,
      },
    ],
    accidents: [
      {
        title: "住宅小区电梯困人伤害事故",
        occurredAt: `${year}-08-14T01:30:00.000Z`,
        unitName: "特种设备检验研究院",
        level: "一般事故",
        deaths: 0,
        seriousInjuries: 1,
        directLoss: 12.5,
        flags: ["迟报"],
      },
    ],
    leaders: [
      {
        personId: 11,
        name: "白文涛",
        post: "党组成员、副局长",
        unitsSupervised: ["特种设备安全监察科", "特种设备检验研究院"],
        meetingsChaired: 12,
        inspectionsLed: 9,
        hazardsClosed: 2,
        trainings: 4,
      },
      {
        personId: 12,
        name: "鄂振华",
        post: "总工程师",
        unitsSupervised: ["质量监督科", HOSTILE.formula],
        meetingsChaired: 6,
        inspectionsLed: 11,
        hazardsClosed: 1,
        trainings: 3,
      },
    ],
    scoreSheets: [
      fixtureSheet(year, 1, "质量监督科", 12, 96.5),
      vetoedSheet(year),
      fixtureSheet(year, 4, HOSTILE.formula, 12, 75),
    ],
  };
}

/** A large bureau (300 units, 60 leaders) for timing the renderers. */
export function largeFixtureReport(units = 300, leaders = 60, itemsPerSheet = 30): AnnualReportData {
  const base = fixtureReport();
  const names = Array.from({ length: units }, (_, i) => `第${i + 1}监管所`);
  return {
    ...base,
    counts: {
      ...base.counts,
      units,
      people: units * 12,
      lists: units * 13,
      listsPublished: units * 13,
    },
    results: names.map((unitName, i) => ({
      unitId: 1000 + i,
      unitName,
      group: i % 3 ? "派出机构" : "直属单位",
      rank: i + 1,
      total: Math.round((99 - (i * 30) / units) * 10) / 10,
      grade: i < units / 5 ? "excellent" : "good",
      gradeLabel: i < units / 5 ? "优秀" : "良好",
      vetoed: i === units - 1,
      vetoes: i === units - 1 ? base.results.find((r) => r.vetoed)!.vetoes : [],
    })),
    hazards: Array.from({ length: units * 4 }, (_, i) => ({
      ...base.hazards[0],
      title: `隐患${i + 1}：${base.hazards[0].title}`,
      unitName: names[i % units],
    })),
    accidents: Array.from({ length: 20 }, (_, i) => ({
      ...base.accidents[0],
      title: `事故${i + 1}`,
      unitName: names[i * 7],
    })),
    leaders: Array.from({ length: leaders }, (_, i) => ({
      ...base.leaders[i % 2],
      personId: 5000 + i,
      name: `领导${i + 1}`,
      unitsSupervised: names.slice((i * 5) % units, ((i * 5) % units) + 5),
    })),
    sanctions: Array.from({ length: units / 5 }, (_, i) => ({ ...base.sanctions[2], unitName: names[i] })),
    scoreSheets: names.map((n, i) => fixtureSheet(2025, 1000 + i, n, itemsPerSheet)),
  };
}
