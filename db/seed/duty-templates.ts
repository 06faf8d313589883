// The demo duty template library (data only): one template per template key, written from DESIGN §1–2 and
// the 晋城 article (党政同责、一岗双责、齐抓共管、失职追责; 管行业必须管安全, 管业务必须管安全). The items
// live in the files below, split by template group; placeholders (【本单位】 …) are described in
// duty-templates-basis.ts.
import { LAW, cite, type Template, type TemplateKey } from "./duty-templates-basis";
import { DIRECTOR, PARTY_SECRETARY } from "./duty-templates-principals";
import { CHIEF_ENGINEER, DEPUTY_OTHER, DEPUTY_SAFETY } from "./duty-templates-deputies";
import { HEAD_BRANCH, HEAD_GENERAL, HEAD_REGULATORY, HEAD_TECHNICAL } from "./duty-templates-heads";
import { STAFF, UNIT } from "./duty-templates-units";

export type { Domain, Template, TemplateItem, TemplateKey, UnitGroup } from "./duty-templates-basis";
export { GROUP_DOMAINS, LAW, UNIT_DOMAINS, cite } from "./duty-templates-basis";

export const DUTY_TEMPLATES: Record<TemplateKey, Template> = {
  director: DIRECTOR,
  party_secretary: PARTY_SECRETARY,
  deputy_safety: DEPUTY_SAFETY,
  deputy_other: DEPUTY_OTHER,
  chief_engineer: CHIEF_ENGINEER,
  head_general: HEAD_GENERAL,
  head_regulatory: HEAD_REGULATORY,
  head_technical: HEAD_TECHNICAL,
  head_branch: HEAD_BRANCH,
  unit: UNIT,
  staff: STAFF,
};

/** The oversight item a leader carries for each unit they supervise (分管) in a year. */
export function oversightItem(unitName: string, kind: "primary" | "assist") {
  const common = {
    category: "supervision",
    kind: "safety",
    responsibilityType: "leadership",
    cadence: "yearly",
    legalBasis: cite(LAW.wsl5, LAW.partyGov),
  } as const;
  return kind === "primary"
    ? {
        ...common,
        text: `督促指导${unitName}落实安全生产责任，每半年至少听取1次安全生产工作汇报`,
        scope: `${unitName}的安全生产工作`,
        standard: "每半年至少听取1次安全生产工作汇报，每年至少到该单位开展1次安全检查，问题整改闭环",
        evidenceRequired: "汇报记录、检查记录、整改反馈",
      }
    : {
        ...common,
        text: `协助督促${unitName}落实安全生产责任（协管），每年至少参加1次该单位安全生产检查`,
        scope: `${unitName}安全生产工作中的协管事项`,
        standard: "每年至少参加1次该单位安全生产检查，发现问题及时通报主管领导",
        evidenceRequired: "检查记录",
      };
}
