// The demo 考核方案 content (data only): a 100-point scheme in seven categories, each item with its
// 评分标准 and deduction rules as the engine reads them. The same content serves both demo years (this year's
// was copied from last year's). Bands, bonus tiers, veto rules and indicators are in assessment-data-rules.ts.
import type { DeductionRuleJson } from "../schema";
import type { UnitGroup } from "./duty-templates";

export type ItemSpec = {
  code: string;
  content: string;
  max: number;
  standard: string;
  rules: DeductionRuleJson[];
  /** Seed only (not stored): the groups whose units the demo finds per-occurrence faults on for this item.
   * A 办公室 is not marked down on inspection plans it does not have; missing means every group. */
  findingsIn?: UnitGroup[];
};
export type CategorySpec = { code: string; name: string; points: number; items: ItemSpec[] };

const once = (key: string, label: string, points: number): DeductionRuleJson => ({
  key,
  label,
  kind: "per_occurrence",
  points,
});
const short = (key: string, label: string, points: number, indicator: string): DeductionRuleJson => ({
  key,
  label,
  kind: "per_percent_shortfall",
  points,
  indicator,
});

const OVERSIGHT: UnitGroup[] = ["regulatory", "field"];

export const CATEGORIES: CategorySpec[] = [
  {
    code: "org",
    name: "组织领导",
    points: 15,
    items: [
      {
        code: "1.1",
        content:
          "健全安全生产领导机构：成立以主要负责人为组长的安全生产工作领导小组，明确分管负责人和专（兼）职安全管理人员，人员变动及时调整",
        max: 4,
        standard: "领导机构或安全管理人员未及时调整、未明确的，每项扣1分",
        rules: [once("staffing", "领导机构或安全管理人员未及时调整、明确", 1)],
      },
      {
        code: "1.2",
        content:
          "落实党政同责：党政班子每季度至少专题研究1次安全生产工作，主要负责人逢会必讲安全，重大事项亲自过问、亲自督办",
        max: 4,
        standard: "每少专题研究1次扣1分；专题研究无记录或未形成纪要的，每次扣0.5分",
        rules: [once("missed", "未按季度专题研究安全生产工作", 1), once("minutes", "专题研究无记录或未形成纪要", 0.5)],
      },
      {
        code: "1.3",
        content: "年度工作部署：制定年度安全生产工作要点和计划，安全生产与业务工作同部署、同检查、同考核",
        max: 3,
        standard: "未制定年度计划的扣3分；计划缺少目标、措施或责任分工的，每项扣1分",
        rules: [once("noPlan", "未制定年度安全生产工作计划", 3), once("gap", "年度计划缺少目标、措施或责任分工", 1)],
      },
      {
        code: "1.4",
        content:
          "落实一岗双责：分管负责人每半年至少到分管部门（岗位）检查指导安全生产1次，履行安全生产职责情况纳入年度述职",
        max: 4,
        standard: "每少检查指导1次扣1分；年度述职未报告安全生产履职情况的，扣1分",
        rules: [
          once("visit", "分管负责人未按半年到分管部门检查指导", 1),
          once("report", "年度述职未报告安全生产履职情况", 1),
        ],
      },
    ],
  },
  {
    code: "duty",
    name: "责任落实",
    points: 15,
    items: [
      {
        code: "2.1",
        content:
          "责任清单：按照“横向到边、纵向到底”要求制定本单位及各岗位安全生产责任清单，明确责任人员、责任范围和考核标准",
        max: 5,
        standard: "岗位安全生产责任清单缺失的，每个扣1分；清单缺少责任范围或考核标准的，每项扣0.5分",
        rules: [
          once("missing", "岗位安全生产责任清单缺失", 1),
          once("incomplete", "责任清单缺少责任范围或考核标准", 0.5),
        ],
      },
      {
        code: "2.2",
        content: "责任书签订：层层签订安全生产责任书、承诺书，责任书签订率达到控制指标",
        max: 5,
        standard: "责任书签订率每低于目标1个百分点扣0.5分；岗位变动后未及时重新签订的，每人扣0.5分",
        rules: [
          short("rate", "责任书签订率低于目标", 0.5, "PLEDGE"),
          once("handover", "岗位变动后未及时重新签订责任书", 0.5),
        ],
      },
      {
        code: "2.3",
        content:
          "制度建设：建立健全安全生产责任制、隐患排查治理、教育培训、应急管理等规章制度和岗位操作规程，并及时修订",
        max: 3,
        standard: "缺少必备制度或操作规程的，每项扣1分；制度未及时修订的，每项扣0.5分",
        rules: [once("missing", "缺少必备安全生产制度或操作规程", 1), once("outdated", "安全生产制度未及时修订", 0.5)],
      },
      {
        code: "2.4",
        content: "履职记录：如实记录安全生产履职情况，会议、检查、培训、演练等资料齐全，归档规范",
        max: 2,
        standard: "履职记录缺失或不规范的，每处扣0.5分",
        rules: [once("record", "安全生产履职记录缺失或不规范", 0.5)],
      },
    ],
  },
  {
    code: "oversight",
    name: "监管履职",
    points: 20,
    items: [
      {
        code: "3.1",
        content:
          "监督检查：按照年度监督检查计划对职责范围内的行业领域开展安全监督检查，“双随机、一公开”抽查任务按时完成",
        max: 6,
        standard: "每少完成1次计划检查扣1分；检查记录不完整的，每份扣0.5分",
        rules: [once("missed", "未完成年度计划内的监督检查", 1), once("record", "监督检查记录不完整", 0.5)],
        findingsIn: OVERSIGHT,
      },
      {
        code: "3.2",
        content:
          "特种设备安全监管：督促使用单位按期申报定期检验，特种设备定期检验率达到控制指标（不涉及特种设备的单位本项不扣分）",
        max: 5,
        standard: "定期检验率每低于目标1个百分点扣1分；发现超期未检设备未督促整改的，每台扣0.5分",
        rules: [
          short("rate", "特种设备定期检验率低于目标", 1, "SE-INSP"),
          once("overdue", "发现超期未检设备未督促整改", 0.5),
        ],
        findingsIn: ["regulatory", "technical", "field"],
      },
      {
        code: "3.3",
        content: "产品质量安全监管：对涉及人身健康和财产安全的重点产品开展监督抽查，不合格产品后处理到位",
        max: 5,
        standard: "不合格产品后处理不到位的，每批次扣1分",
        rules: [once("followUp", "不合格产品后处理不到位", 1)],
        findingsIn: ["regulatory", "technical", "field"],
      },
      {
        code: "3.4",
        content: "执法办案与投诉处置：安全类投诉举报按时办结，发现的违法行为依法查处，涉嫌犯罪案件及时移送",
        max: 4,
        standard: "超期办结或处置不当的，每件扣1分",
        rules: [once("late", "安全类投诉举报超期办结或处置不当", 1)],
        findingsIn: OVERSIGHT,
      },
    ],
  },
  {
    code: "hazard",
    name: "隐患治理",
    points: 15,
    items: [
      {
        code: "4.1",
        content: "隐患排查：建立隐患排查治理制度，每月开展自查，建立隐患台账并实行闭环管理",
        max: 4,
        standard: "未按月开展排查的，每次扣0.5分；隐患台账不全或未闭环的，每处扣0.5分",
        rules: [once("monthly", "未按月开展隐患自查", 0.5), once("ledger", "隐患台账不全或未闭环", 0.5)],
      },
      {
        code: "4.2",
        content: "隐患整改：一般事故隐患及时整改，隐患整改率和整改超期率达到控制指标",
        max: 5,
        standard: "隐患整改率每低于目标1个百分点扣0.5分；整改超期率每高于目标1个百分点扣0.5分",
        rules: [
          short("rate", "隐患整改率低于目标", 0.5, "HAZ-RECT"),
          short("overdue", "隐患整改超期率高于目标", 0.5, "HAZ-OVERDUE"),
        ],
      },
      {
        code: "4.3",
        content: "重大隐患挂牌督办：重大事故隐患按“五到位”要求挂牌督办、限期整改、验收销号",
        max: 4,
        standard: "未按要求挂牌督办或逾期未销号的，每项扣2分",
        rules: [once("major", "重大事故隐患未按要求挂牌督办或逾期未销号", 2)],
        findingsIn: ["regulatory", "technical", "field"],
      },
      {
        code: "4.4",
        content: "专项整治：按要求参加安全生产大检查、专项整治和“打非治违”行动，按时报送工作情况",
        max: 2,
        standard: "未按要求参加或报送的，每次扣0.5分",
        rules: [once("campaign", "未按要求参加专项整治或报送情况", 0.5)],
      },
    ],
  },
  {
    code: "training",
    name: "教育培训",
    points: 10,
    items: [
      {
        code: "5.1",
        content: "全员培训：组织全员安全生产教育培训，新入职和转岗人员先培训后上岗，培训覆盖率达到控制指标",
        max: 4,
        standard: "培训覆盖率每低于目标1个百分点扣0.5分；未经培训上岗的，每人扣1分",
        rules: [short("rate", "安全培训覆盖率低于目标", 0.5, "TRAIN"), once("untrained", "人员未经安全培训上岗", 1)],
      },
      {
        code: "5.2",
        content: "负责人及安全管理人员培训：主要负责人、安全管理人员和特种作业人员按规定参加培训，考核合格、持证上岗",
        max: 3,
        standard: "应参训未参训或未取得合格证的，每缺1人扣1分",
        rules: [once("cert", "负责人或安全管理人员未按规定培训合格", 1)],
      },
      {
        code: "5.3",
        content: "安全宣传：组织开展“安全生产月”“质量月”和安全生产法律法规宣传活动",
        max: 3,
        standard: "每少开展1项规定活动扣1分",
        rules: [once("campaign", "未开展规定的安全宣传活动", 1)],
      },
    ],
  },
  {
    code: "emergency",
    name: "应急管理与事故报告",
    points: 10,
    items: [
      {
        code: "6.1",
        content: "应急预案：制定并及时修订综合应急预案、专项预案和现场处置方案，按规定评审、备案",
        max: 3,
        standard: "未制定预案的扣3分；预案未及时修订、评审或备案的，每项扣1分",
        rules: [once("plan", "应急预案未及时修订、评审或备案", 1)],
      },
      {
        code: "6.2",
        content: "应急演练：每年至少组织1次综合或专项应急演练，演练后评估总结并改进预案",
        max: 3,
        standard: "未组织演练的扣3分；演练后未评估总结的，扣1分",
        rules: [once("none", "未组织应急演练", 3), once("review", "应急演练后未评估总结", 1)],
      },
      {
        code: "6.3",
        content: "事故信息报告：事故和险情按规定时限、程序如实报告，报告内容完整",
        max: 4,
        standard: "事故或险情报告不及时、内容不全的，每次扣2分（迟报、漏报、谎报、瞒报另按否决项处理）",
        rules: [once("late", "事故或险情报告不及时、内容不全", 2)],
      },
    ],
  },
  {
    code: "internal",
    name: "内部安全与安全投入",
    points: 15,
    items: [
      {
        code: "7.1",
        content: "消防与办公场所安全：消防设施器材完好有效，疏散通道畅通，每月开展防火检查，用电安全规范",
        max: 4,
        standard: "检查发现问题的，每处扣0.5分",
        rules: [once("fire", "消防设施或办公场所存在安全问题", 0.5)],
      },
      {
        code: "7.2",
        content: "实验室与检验现场安全：危险化学品、气瓶、放射源管理规范，检验检测和执法现场作业落实安全防护措施",
        max: 4,
        standard: "每发现1处违规扣1分",
        rules: [once("lab", "实验室或检验现场安全管理违规", 1)],
        findingsIn: ["technical", "field"],
      },
      {
        code: "7.3",
        content: "车辆与外勤安全：公务用车和执法车辆定期维护、规范驾驶，外勤作业落实安全措施",
        max: 3,
        standard: "每发现1起违规扣1分",
        rules: [once("vehicle", "公务车辆或外勤作业安全违规", 1)],
      },
      {
        code: "7.4",
        content: "安全投入：安全生产经费列入年度预算并专款专用，劳动防护用品按规定配备",
        max: 4,
        standard: "安全经费未列入预算的扣2分；劳动防护用品配备不足的，每项扣0.5分",
        rules: [once("budget", "安全生产经费未列入年度预算", 2), once("ppe", "劳动防护用品配备不足", 0.5)],
      },
    ],
  },
];
