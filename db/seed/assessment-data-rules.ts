// The demo scheme's grade bands, bonus tiers, seven veto rules (一票否决) and control indicators, and the
// plan of each unit's year: how far it falls short, its commendations, its named faults. Data only.
import type { BonusTierJson, GradeBandJson, VetoAppliesJson } from "../schema";
import type { UnitGroup } from "./duty-templates";

export const SCHEME_TITLE = (year: number) => `示例市质量技术监督局${year}年度安全生产责任制落实情况考核方案`;
export const PUBLICITY_DAYS = 5;
export const BONUS_CAP = 5;

export const GRADE_BANDS: GradeBandJson[] = [
  { key: "excellent", label: "优秀", min: 90, inclusive: true },
  { key: "good", label: "良好", min: 80, inclusive: true },
  { key: "pass", label: "合格", min: 60, inclusive: true },
  { key: "fail", label: "不合格", min: 0, inclusive: true },
];

export const BONUS_TIERS: BonusTierJson[] = [
  { key: "national", label: "国家级表彰", points: 3 },
  { key: "provincial", label: "省级表彰", points: 2 },
  { key: "municipal", label: "市级表彰", points: 1 },
];

type VetoSpec = {
  code: string;
  name: string;
  basis: string;
  effect: "force_grade" | "zero_score" | "cap_grade";
  effectGrade: string | null;
  consequences: string[];
  appliesTo: VetoAppliesJson;
};
const ALL: VetoAppliesJson = { groups: [], kinds: [] };
const EVERY_CONSEQUENCE = ["lose_honours", "no_excellent", "rectification"];
/** The bureau's own measures (fictional, like the bureau). */
const MEASURES = "本局《安全生产“一票否决”实施办法》";

export const VETO_RULES: VetoSpec[] = [
  {
    code: "V1",
    name: "发生负有责任的一般及以上生产安全事故",
    basis: `《中华人民共和国安全生产法》第二十二条；《地方党政领导干部安全生产责任制规定》（2018年）；${MEASURES}第四条第（一）项：对发生的一般及以上生产安全事故负有责任的，年度考核实行一票否决`,
    effect: "force_grade",
    effectGrade: null,
    consequences: EVERY_CONSEQUENCE,
    appliesTo: ALL,
  },
  {
    code: "V2",
    name: "事故迟报、漏报、谎报、瞒报",
    basis: `《生产安全事故报告和调查处理条例》第四条、第九条；${MEASURES}第四条第（二）项：事故或险情发生后未在1小时内如实报告，或者漏报、谎报、瞒报的，年度考核实行一票否决`,
    effect: "force_grade",
    effectGrade: null,
    consequences: EVERY_CONSEQUENCE,
    appliesTo: ALL,
  },
  {
    code: "V3",
    name: "重大事故隐患挂牌督办逾期未整改",
    basis: `《中华人民共和国安全生产法》第四十一条；《安全生产事故隐患排查治理暂行规定》；${MEASURES}第四条第（三）项：挂牌督办的重大事故隐患逾期未完成整改销号的，年度考核实行一票否决`,
    effect: "force_grade",
    effectGrade: null,
    consequences: EVERY_CONSEQUENCE,
    appliesTo: ALL,
  },
  {
    code: "V4",
    name: "拒不签订安全生产责任书",
    basis: `《中华人民共和国安全生产法》第二十二条；本局《安全生产责任制实施办法》第十二条；${MEASURES}第四条第（四）项：拒不签订或无正当理由逾期三个月未签订年度安全生产责任书的，年度考核实行一票否决`,
    effect: "force_grade",
    effectGrade: null,
    consequences: EVERY_CONSEQUENCE,
    appliesTo: ALL,
  },
  {
    code: "V5",
    name: "特种设备安全监管失职造成严重后果",
    basis: `《中华人民共和国特种设备安全法》第五条、第五十七条；${MEASURES}第四条第（五）项：特种设备安全监督管理或检验检测工作失职，造成特种设备事故或严重社会影响的，年度考核实行一票否决`,
    effect: "force_grade",
    effectGrade: null,
    consequences: EVERY_CONSEQUENCE,
    appliesTo: { groups: ["regulatory", "technical"], kinds: [] },
  },
  {
    code: "V6",
    name: "弄虚作假、伪造考核材料",
    basis: `本局《安全生产工作考核办法》第二十条；${MEASURES}第四条第（六）项：在考核中弄虚作假、伪造或篡改佐证材料的，考核得分计为零`,
    effect: "zero_score",
    effectGrade: null,
    consequences: EVERY_CONSEQUENCE,
    appliesTo: ALL,
  },
  {
    code: "V7",
    name: "发生重大负面舆情或被上级通报批评",
    basis: `${MEASURES}第四条第（七）项：因安全生产工作不力被上级机关通报批评，或者引发重大负面舆情造成不良影响的，年度考核等次不得高于合格`,
    effect: "cap_grade",
    effectGrade: "pass",
    consequences: ["lose_honours", "rectification"],
    appliesTo: ALL,
  },
];

type IndicatorSpec = {
  code: string;
  name: string;
  measure: string;
  direction: "higher_better" | "lower_better";
  target: number;
  /** Unit groups the indicator is set for (empty: every assessed unit). */
  groups: UnitGroup[];
};

export const INDICATORS: IndicatorSpec[] = [
  {
    code: "HAZ-RECT",
    name: "隐患整改率",
    measure: "已整改隐患数÷排查发现隐患数×100%",
    direction: "higher_better",
    target: 100,
    groups: [],
  },
  {
    code: "HAZ-OVERDUE",
    name: "隐患整改超期率",
    measure: "超期整改隐患数÷应整改隐患数×100%",
    direction: "lower_better",
    target: 5,
    groups: [],
  },
  {
    code: "TRAIN",
    name: "安全培训覆盖率",
    measure: "参加安全培训人数÷在岗职工人数×100%",
    direction: "higher_better",
    target: 95,
    groups: [],
  },
  {
    code: "SE-INSP",
    name: "特种设备定期检验率",
    measure: "按期完成定期检验台数÷应检台数×100%",
    direction: "higher_better",
    target: 98,
    groups: ["regulatory", "technical"],
  },
  {
    code: "PLEDGE",
    name: "责任书签订率",
    measure: "已签订责任书（承诺书）份数÷应签订份数×100%",
    direction: "higher_better",
    target: 100,
    groups: [],
  },
];

/**
 * A unit's year: `loss` is the points it is meant to lose on the items (the seed reaches it to within half a
 * point, exactly when `exact`: indicators then meet their targets); `faults` are named findings (item code →
 * rule key → occurrences) counted before the rest is spread; `bonuses` are commendations (tier, reason).
 */
export type UnitYearPlan = {
  loss: number;
  exact?: boolean;
  faults?: Record<string, Record<string, number>>;
  bonuses?: [tier: string, reason: string][];
};

/** Last year (closed): five 优秀 (质量监督科 exactly on 90.0 with its bonus), twelve 良好 (高新区分局 exactly on 80.0),
 * two 合格, and 特种设备检验研究院 — 优秀 by score with its national commendation — vetoed to 不合格. */
export const PLAN_LAST_YEAR = (year: number): Record<string, UnitYearPlan> => ({
  "SEC-OFFICE": { loss: 8 },
  "SEC-HR": { loss: 13.5 },
  "SEC-FINANCE": { loss: 16 },
  "SEC-PARTY": { loss: 12 },
  "SEC-DISCIPLINE": { loss: 12.5 },
  "SEC-LEGAL": { loss: 15 },
  "SEC-QUALITY": {
    loss: 11,
    exact: true,
    bonuses: [["municipal", `市安委会通报表扬：${year}年电动自行车及充电器产品质量安全专项整治成效突出`]],
  },
  "SEC-CERT": { loss: 16.5 },
  "SEC-FOOD": { loss: 19 },
  "SEC-SPECIAL": {
    loss: 8,
    bonuses: [
      ["national", `国家市场监督管理总局通报表扬：${year}年度特种设备安全监察工作成绩突出集体`],
      ["provincial", `省安全生产委员会授予${year}年度全省安全生产工作先进集体`],
      ["municipal", `市安委会授予${year}年“安全生产月”活动优秀组织单位`],
    ],
  },
  "SEC-METROLOGY": { loss: 11.5 },
  "SEC-STANDARD": { loss: 14 },
  "AFF-SPECIAL": {
    loss: 12,
    faults: { "6.3": { late: 1 } },
    bonuses: [["national", `授予${year}年度全国特种设备检验检测行业安全生产先进集体`]],
  },
  "AFF-ENFORCE": { loss: 17.5 },
  "AFF-INSPECT": { loss: 9, bonuses: [["provincial", `省市场监管局授予${year}年度检验检测机构安全生产标准化示范单位`]] },
  "AFF-METROLOGY": { loss: 13 },
  "AFF-FIBER": { loss: 27.5, faults: { "6.2": { none: 1 } } },
  "AFF-STDINFO": { loss: 24, faults: { "7.4": { budget: 1 } } },
  "BR-EAST": {
    loss: 11,
    bonuses: [
      ["municipal", `市安委会授予${year}年度全市安全生产先进集体`],
      ["municipal", `市政府通报表扬：${year}年城东片区燃气器具专项整治成效突出`],
    ],
  },
  "BR-HITECH": { loss: 20, exact: true, faults: { "4.3": { major: 1 } } },
});

/** This year (in progress): every unit but 质量监督科 reviewed; no veto. */
export const PLAN_THIS_YEAR = (year: number): Record<string, UnitYearPlan> => ({
  "SEC-OFFICE": { loss: 8.5 },
  "SEC-HR": { loss: 13 },
  "SEC-FINANCE": { loss: 14.5 },
  "SEC-PARTY": { loss: 11.5 },
  "SEC-DISCIPLINE": { loss: 14 },
  "SEC-LEGAL": { loss: 12.5 },
  "SEC-CERT": { loss: 15.5 },
  "SEC-FOOD": { loss: 17 },
  "SEC-SPECIAL": {
    loss: 7,
    bonuses: [["provincial", `省安全生产委员会授予${year}年度全省特种设备安全隐患排查整治工作先进集体`]],
  },
  "SEC-METROLOGY": { loss: 15 },
  "SEC-STANDARD": { loss: 13.5 },
  "AFF-SPECIAL": { loss: 12.5 },
  "AFF-ENFORCE": { loss: 16 },
  "AFF-INSPECT": { loss: 9.5, bonuses: [["municipal", `市安委会通报表扬：${year}年实验室危险化学品专项治理成效突出`]] },
  "AFF-METROLOGY": { loss: 12 },
  "AFF-FIBER": { loss: 23.5 },
  "AFF-STDINFO": { loss: 26 },
  "BR-EAST": { loss: 12, bonuses: [["municipal", `市安委会授予${year}年“安全生产月”活动优秀组织单位`]] },
  "BR-HITECH": { loss: 18.5 },
});

/** Indicators every unit met last year because the year's records say so: every pledge of last year's
 * cascade is signed (db/seed/pledges.ts), so its 责任书签订率 is 100 % in each unit — the figure the annual
 * report's 附表1 shows beside the pledges it counts (附表2). */
export const MET_LAST_YEAR = ["PLEDGE"] as const;

/** Units whose indicator actuals for this year are not in yet (the indicators page lists them). */
export const ACTUALS_MISSING_THIS_YEAR = ["AFF-FIBER", "AFF-STDINFO"];

/** Last year's veto: 特种设备检验研究院, late report of a lift accident (14 August) at a site it inspects.
 * `proposedAt` and `confirmedAt` are story instants (demo-calendar.ts). */
export const VETO_LAST_YEAR = {
  unit: "AFF-SPECIAL",
  rule: "V2",
  basis: (year: number) =>
    `${year}-08-14 14:05，本院检验人员在示例市锦华苑小区开展电梯定期检验期间，该小区3号楼1台在用电梯发生困人伤害事故（1人重伤）。本院现场人员获知后未在1小时内报告，15:32才向局安委办报告，构成迟报。见局安委办《关于特种设备检验研究院事故迟报情况的核查报告》（示质监安办〔${year}〕17号）`,
  proposedAt: "2025-08-20T10:00:00+08:00",
  confirmedAt: "2025-09-05T10:00:00+08:00",
};

/** Notes on last year's sanctions, by kind. */
export const SANCTION_NOTES = (year: number): Record<string, string> => ({
  lose_honours: `${year}年度考核因事故迟报被一票否决，取消当年评先评优资格`,
  rectification: `针对${year}-08-14电梯困人伤害事故迟报问题，一个月内提交整改方案并落实事故信息报告制度`,
  no_excellent: `所在（分管）单位${year}年度考核被一票否决，本人年度考核不得评为优秀`,
  commendation: `${year}年度安全生产责任制考核优秀，建议予以通报表扬`,
});
