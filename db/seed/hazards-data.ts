// Demo hazards, last year's lift accident and its accountability case (DESIGN §7). Fictional, like the
// bureau. Written in the story's years (2025: last year, 2026: this year) and moved onto the clock by
// demo-calendar.ts. The accident's facts match the basis of last year's veto in assessment-data-rules.ts
// (VETO_LAST_YEAR).
import type { HazardPlanJson } from "../schema";
import { plusDays, type DemoCalendar } from "./demo-calendar";

export const DEMO_ACCIDENT_TITLE = "锦华苑小区电梯困人伤害事故";

type Step = { step: "start" | "submit" | "accept" | "return"; on: string; comment?: string };

export type HazardSpec = {
  unit: string;
  title: string;
  description: string;
  level: "general" | "major";
  foundOn: string;
  deadline: string;
  /** The workflow steps taken, in order (the status follows). */
  steps: Step[];
  supervised?: { leader: string; plan: HazardPlanJson; on: string };
};

/** The ledger on the demo calendar: last year's three closed; this year's one closed, one major overdue
 * whatever the date (its deadline is before today), two general ones whose deadlines lie ahead. */
export function demoHazards(cal: DemoCalendar): HazardSpec[] {
  const d = cal.date;
  const later = (a: string, b: string) => (a > b ? a : b);
  const earlier = (a: string, b: string) => (a < b ? a : b);
  /** A deadline ahead of today: the story's distance from when it was found, at least a week from today. */
  const ahead = (found: string, deadline: string) => later(cal.after(found, deadline), plusDays(cal.today, 7));
  const overdueDeadline = earlier(d("2026-10-31"), plusDays(cal.today, -1));
  return [
    {
      unit: "AFF-INSPECT",
      title: "化学试剂柜未按性质分类存放",
      description: "理化实验室试剂柜内酸、碱试剂混放，无二次容器，试剂台账与实物不符。",
      level: "general",
      foundOn: d("2025-03-12"),
      deadline: cal.shift("2025-04-12"),
      steps: [
        { step: "start", on: d("2025-03-13") },
        { step: "submit", on: d("2025-04-07"), comment: "已分柜存放并加装防漏托盘，台账已更新。" },
        { step: "accept", on: d("2025-04-08"), comment: "现场复查合格，同意销号。" },
      ],
    },
    {
      unit: "AFF-SPECIAL",
      title: "检验用起重设备钢丝绳断股",
      description: "院检验车间5吨电动葫芦钢丝绳一个捻距内断丝超过报废标准，仍在使用，存在坠物伤人风险。",
      level: "major",
      foundOn: d("2025-05-20"),
      deadline: cal.shift("2025-07-31"),
      supervised: {
        leader: "白文涛",
        on: d("2025-05-22"),
        plan: {
          measures:
            "立即停用该电动葫芦并挂牌警示；更换全部钢丝绳并对吊钩、制动器进行全面检验；修订起重设备日常点检制度。",
          funds: `3.8万元，列入院${cal.last}年度安全生产投入计划`,
          deadline: cal.shift("2025-07-31"),
          responsible: "院长（第一责任人），设备管理员（直接责任人）",
          emergencyPlan:
            "启用《特种设备检验研究院起重伤害事故现场处置方案》，整改期间车间吊装作业一律改用备用设备并专人监护。",
        },
      },
      steps: [
        { step: "start", on: d("2025-05-21") },
        { step: "submit", on: d("2025-07-10"), comment: "钢丝绳已更换，第三方检验合格，点检制度已修订。" },
        { step: "return", on: d("2025-07-14"), comment: "缺少修订后制度的印发文件和培训记录，请补充。" },
        { step: "submit", on: d("2025-07-22"), comment: "已补充制度印发文件和全员培训签到表。" },
        { step: "accept", on: d("2025-07-25"), comment: "五到位落实，复查合格，同意销号。" },
      ],
    },
    {
      unit: "BR-HITECH",
      title: "执法车辆灭火器过期",
      description: "分局2辆执法车随车灭火器超过有效期。",
      level: "general",
      foundOn: d("2025-09-03"),
      deadline: cal.shift("2025-09-20"),
      steps: [
        { step: "start", on: d("2025-09-03") },
        { step: "submit", on: d("2025-09-10") },
        { step: "accept", on: d("2025-09-15") },
      ],
    },
    {
      unit: "SEC-OFFICE",
      title: "机关食堂燃气泄漏报警器失效",
      description: "机关食堂操作间燃气泄漏报警器自检无响应，未与切断阀联动。",
      level: "general",
      foundOn: d("2026-03-10"),
      deadline: cal.after("2026-03-10", "2026-04-10"),
      steps: [
        { step: "start", on: d("2026-03-11") },
        { step: "submit", on: d("2026-03-30"), comment: "已更换报警器并恢复与切断阀联动。" },
        { step: "accept", on: d("2026-04-02") },
      ],
    },
    {
      // The overdue major hazard: its unit's assessment this year is reviewed, so the proposal can be decided.
      unit: "AFF-ENFORCE",
      title: "执法装备库房电气线路老化",
      description: "支队执法装备库房照明及充电回路线路绝缘层老化开裂，私拉插线板为执法记录仪集中充电，存在火灾风险。",
      level: "major",
      foundOn: earlier(d("2026-08-05"), overdueDeadline),
      deadline: overdueDeadline,
      steps: [{ step: "start", on: earlier(d("2026-08-06"), overdueDeadline) }],
    },
    {
      unit: "AFF-METROLOGY",
      title: "实验室通风橱风量不足",
      description: "化学计量实验室2台通风橱面风速低于0.4米/秒。",
      level: "general",
      foundOn: d("2026-10-20"),
      deadline: ahead("2026-10-20", "2026-12-20"),
      steps: [{ step: "start", on: d("2026-10-21") }],
    },
    {
      unit: "BR-EAST",
      title: "办公楼安全出口指示灯损坏",
      description: "分局办公楼二层东侧安全出口指示灯不亮。",
      level: "general",
      foundOn: d("2026-11-02"),
      deadline: ahead("2026-11-02", "2026-11-30"),
      steps: [
        { step: "start", on: d("2026-11-03") },
        { step: "submit", on: d("2026-11-18"), comment: "已更换指示灯。" },
      ],
    },
  ];
}

/** The accident behind last year's veto (on 14 August): reported to the bureau 87 minutes after it
 * happened (due within 1 hour). */
export const demoAccident = (cal: DemoCalendar) => ({
  title: DEMO_ACCIDENT_TITLE,
  description:
    `${cal.shift("2025-08-14")} 14:05，特种设备检验研究院检验人员在锦华苑小区开展电梯定期检验期间，该小区3号楼1台在用电梯发生困人伤害事故，1人受伤。院现场人员获知后未在1小时内报告，15:32才向局安委办报告。`,
  occurredAt: cal.instant("2025-08-14T14:05:00+08:00"),
  unit: "AFF-SPECIAL",
  domain: "supervised" as const,
  deaths: 0,
  seriousInjuries: 1,
  directLoss: 35,
  reportedUnit: cal.instant("2025-08-14T15:32:00+08:00"),
  reportedBureau: cal.instant("2025-08-14T16:40:00+08:00"),
});

/** The head of the unit held to account for the late report; restricted for a year. */
export const demoCase = (cal: DemoCalendar) => ({
  situation: "reporting_failure" as const,
  form: "admonition" as const,
  summary: `对${cal.shift("2025-08-14")}锦华苑小区电梯困人伤害事故迟报负有领导责任，未落实事故信息1小时内报告制度。`,
  decidedBy: "局党组",
  decidedOn: cal.shift("2025-10-20"),
  restrictedUntil: cal.shift("2026-10-19"),
});
