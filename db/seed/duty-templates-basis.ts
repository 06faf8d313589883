// The shape of a duty template item, the legal sources the templates cite, and each demo unit's field of
// work (used to fill the placeholders 【业务领域】 and 【监管依据】). Data only.
import type { DutyCategory, TEMPLATE_KEYS } from "../schema";

export type TemplateKey = (typeof TEMPLATE_KEYS)[number];
export type UnitGroup = "general" | "regulatory" | "technical" | "field";
type Kind = "business" | "safety";
type ResponsibilityType = "first" | "leadership" | "direct" | "post";
type Cadence = "once" | "monthly" | "quarterly" | "yearly" | "on_event";

/**
 * One item of a template. Placeholders filled per owner: 【本单位】 unit name, 【本岗位】 post name,
 * 【分管领域】 the field in a deputy's post name (副局长（分管质量）→ 质量), 【业务领域】/【监管依据】/【现场依据】
 * from the unit's domain below. `appliesTo` (unit and staff templates only; not stored) limits an item to
 * units of those groups; the same group is the first part of its `ref` ("regulatory.biz").
 */
export type TemplateItem = {
  ref: string;
  pairedRef?: string;
  appliesTo?: UnitGroup[];
  text: string;
  category: DutyCategory;
  kind: Kind;
  cadence: Cadence;
  legalBasis: string;
  scope: string;
  standard: string;
  evidenceRequired: string;
};

export type Template = { responsibilityType: ResponsibilityType; items: TemplateItem[] };

/** Citations. Article numbers follow the 2021 amendment of the Work Safety Law. */
export const LAW = {
  wsl3: "《中华人民共和国安全生产法》第三条",
  wsl4: "《中华人民共和国安全生产法》第四条",
  wsl5: "《中华人民共和国安全生产法》第五条",
  wsl10: "《中华人民共和国安全生产法》第十条",
  wsl21: "《中华人民共和国安全生产法》第二十一条",
  wsl22: "《中华人民共和国安全生产法》第二十二条",
  wsl23: "《中华人民共和国安全生产法》第二十三条",
  wsl28: "《中华人民共和国安全生产法》第二十八条",
  wsl41: "《中华人民共和国安全生产法》第四十一条",
  wsl45: "《中华人民共和国安全生产法》第四十五条",
  wsl57: "《中华人民共和国安全生产法》第五十七条",
  wsl58: "《中华人民共和国安全生产法》第五十八条",
  wsl59: "《中华人民共和国安全生产法》第五十九条",
  wsl81: "《中华人民共和国安全生产法》第八十一条",
  wsl83: "《中华人民共和国安全生产法》第八十三条",
  sel: "《中华人民共和国特种设备安全法》",
  sel5: "《中华人民共和国特种设备安全法》第五条",
  sel57: "《中华人民共和国特种设备安全法》第五十七条",
  sel62: "《中华人民共和国特种设备安全法》第六十二条",
  sel64: "《中华人民共和国特种设备安全法》第六十四条",
  sel69: "《中华人民共和国特种设备安全法》第六十九条",
  sel70: "《中华人民共和国特种设备安全法》第七十条",
  selRegs: "《特种设备安全监察条例》",
  tsg08: "《特种设备使用管理规则》（TSG 08）",
  pql: "《中华人民共和国产品质量法》",
  pql15: "《中华人民共和国产品质量法》第十五条",
  pql18: "《中华人民共和国产品质量法》第十八条",
  metrology9: "《中华人民共和国计量法》第九条",
  standardization: "《中华人民共和国标准化法》",
  certRegs: "《中华人民共和国认证认可条例》",
  labQual: "《检验检测机构资质认定管理办法》",
  labSafety: "《检测实验室安全》（GB/T 27476）",
  foodRegs: "《食品相关产品质量安全监督管理暂行办法》",
  fire5: "《中华人民共和国消防法》第五条",
  fire16: "《中华人民共和国消防法》第十六条",
  fireRegs: "《机关、团体、企业、事业单位消防安全管理规定》",
  chem24: "《危险化学品安全管理条例》第二十四条",
  accident9: "《生产安全事故报告和调查处理条例》第九条",
  emergencyRegs: "《生产安全事故应急条例》",
  emergencyPlans: "《生产安全事故应急预案管理办法》",
  hazardRules: "《安全生产事故隐患排查治理暂行规定》",
  trainingRules: "《生产经营单位安全培训规定》",
  partyGov: "《地方党政领导干部安全生产责任制规定》（2018年）",
  reform: "《中共中央 国务院关于推进安全生产领域改革发展的意见》（2016年）",
  accountability: "《中国共产党问责条例》",
  penalty42: "《中华人民共和国行政处罚法》第四十二条",
  traffic: "《中华人民共和国道路交通安全法》",
  cars: "《党政机关公务用车管理办法》",
} as const;

/** Joins citations with "；", merging articles of the same source: 《产品质量法》第十五条、第十八条. */
export function cite(...parts: string[]): string {
  const out: string[] = [];
  for (const part of parts.flatMap((p) => p.split("；"))) {
    const [, law, rest] = part.match(/^(《[^》]+》)(第.+条)$/) ?? [];
    const last = out.at(-1);
    if (law && last?.startsWith(law) && /条$/.test(last)) {
      if (!last.slice(law.length).split("、").includes(rest)) out[out.length - 1] = `${last}、${rest}`;
    } else if (!out.includes(part)) out.push(part);
  }
  return out.join("；");
}

/** A unit's field of work; `onSite` is the basis for field-work safety items (default: the group's). `as`
 * makes staff and unit lists use another group's items (an IT centre is "technical" in the org but works
 * like an office). */
export type Domain = { field: string; basis: string; onSite?: string; as?: UnitGroup };

export const GROUP_DOMAINS: Record<UnitGroup, Domain> = {
  general: { field: "综合管理和服务保障", basis: cite(LAW.wsl3, LAW.wsl22), onSite: cite(LAW.wsl57) },
  regulatory: {
    field: "职责范围内行业领域的监督管理",
    basis: cite(LAW.wsl3, LAW.wsl10),
    onSite: cite(LAW.penalty42, LAW.wsl57),
  },
  technical: { field: "检验检测", basis: cite(LAW.labQual, LAW.labSafety), onSite: cite(LAW.wsl45, LAW.labSafety) },
  field: { field: "辖区市场监管执法", basis: cite(LAW.pql18, LAW.sel57), onSite: cite(LAW.penalty42, LAW.wsl57) },
};

/** Domains of the demo bureau's units, by unit code. Other units fall back to GROUP_DOMAINS. */
export const UNIT_DOMAINS: Record<string, Domain> = {
  "SEC-OFFICE": { field: "机关综合协调、文秘会务、后勤和公务用车管理", basis: cite(LAW.fire16, LAW.cars) },
  "SEC-HR": { field: "人事管理和干部教育培训", basis: cite(LAW.wsl28, LAW.trainingRules) },
  "SEC-FINANCE": { field: "预算、财务和国有资产管理", basis: cite(LAW.wsl23) },
  "SEC-PARTY": { field: "机关党的建设", basis: cite(LAW.reform) },
  "SEC-DISCIPLINE": { field: "纪检监察和安全生产失职失责问责", basis: cite(LAW.accountability) },
  "SEC-LEGAL": { field: "政策法规、行政复议和执法监督", basis: cite(LAW.wsl3) },
  "SEC-QUALITY": { field: "产品质量监督抽查和生产许可证后监管", basis: cite(LAW.pql15, LAW.pql18) },
  "SEC-CERT": { field: "认证活动和检验检测机构监督管理", basis: cite(LAW.certRegs, LAW.labQual) },
  "SEC-FOOD": { field: "食品相关产品生产企业质量安全监管", basis: cite(LAW.foodRegs, LAW.pql18) },
  "SEC-SPECIAL": {
    field: "特种设备安全监察",
    basis: cite(LAW.sel57, LAW.sel62, LAW.selRegs),
    onSite: cite(LAW.sel64, LAW.wsl57),
  },
  "SEC-METROLOGY": { field: "计量监督管理和强制检定", basis: cite(LAW.metrology9) },
  "SEC-STANDARD": { field: "标准化管理和强制性标准实施监督", basis: cite(LAW.standardization) },
  "AFF-SPECIAL": {
    field: "锅炉、压力容器、电梯、起重机械等特种设备的监督检验和定期检验",
    basis: cite(LAW.sel, LAW.tsg08),
    onSite: cite(LAW.sel64, LAW.wsl45),
  },
  "AFF-ENFORCE": { field: "质量技术监督稽查执法", basis: cite(LAW.pql18, LAW.penalty42) },
  "AFF-INSPECT": { field: "产品质量监督抽查检验和委托检验", basis: cite(LAW.pql15, LAW.labQual) },
  "AFF-METROLOGY": { field: "计量器具检定、校准和测试", basis: cite(LAW.metrology9, LAW.labQual) },
  "AFF-FIBER": { field: "纤维及纺织品质量检验", basis: cite(LAW.pql, LAW.labQual) },
  "AFF-STDINFO": { field: "标准信息服务和信息系统运行维护", basis: cite(LAW.standardization), as: "general" },
  "BR-EAST": { field: "辖区特种设备、产品质量和计量日常监管与执法", basis: cite(LAW.sel57, LAW.pql18) },
  "BR-HITECH": { field: "高新区特种设备、产品质量和计量日常监管与执法", basis: cite(LAW.sel57, LAW.pql18) },
};
