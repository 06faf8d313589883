// The 责任目标 of a pledge, by who signs it (DESIGN §2, §3 层层签订): the 责任书 of the leaders and of the heads
// of units (levels 1 and 2) carry the bureau's targets for the year — the committee office's text, or the
// demo bureau's default; a staff member's 承诺书 (level 3) carries what a post can answer for: its own
// commitments, and the control indicators set for their unit that year (控制指标, the unit's targets), never
// the bureau-wide figures (万台特种设备死亡人数, accident counts of the whole city). Plain functions.
import { DEFAULT_TARGETS, renderPledge, targetLines, type PledgeDuty, type PledgeKind } from "./render";

/** A control indicator as set for one unit in the year's scheme. */
export type UnitIndicatorTarget = {
  name: string;
  /** How it is measured ("…×100%" makes the target a percentage). */
  measure: string;
  direction: "higher_better" | "lower_better";
  target: number;
};

/** What every post answers for in its 承诺书, whatever the unit. */
export const POST_TARGETS = [
  "本岗位全年不发生负有责任的生产安全事故",
  "按时履行本岗位安全生产责任清单所列职责，履职记录和佐证材料完整",
  "按要求参加安全生产教育培训和应急演练，培训考核合格",
  "发现事故隐患和安全风险及时报告、及时处置，发生事故或者险情按规定如实报告，不迟报、漏报、谎报、瞒报",
];

const number = (n: number) => String(Math.round(n * 100) / 100);

/** "隐患整改率不低于100%": an indicator's target as a sentence. */
export function indicatorTargetText(i: UnitIndicatorTarget): string {
  const percent = /%\s*$/u.test(i.measure) ? "%" : "";
  return `${i.name}${i.direction === "higher_better" ? "不低于" : "不高于"}${number(i.target)}${percent}`;
}

/** The targets of a staff member's 承诺书 (one per line): the post's own, then their unit's indicators. */
export function staffTargets(unitName: string, indicators: UnitIndicatorTarget[]): string {
  const lines = [...POST_TARGETS];
  if (indicators.length)
    lines.push(`配合完成${unitName}年度安全生产控制指标：${indicators.map(indicatorTargetText).join("，")}`);
  return lines.join("\n");
}

/** The bureau's targets as stored on a 责任书: the office's text when it gives one, else the default. */
export function bureauTargets(text: string | null | undefined): string {
  return targetLines(text?.trim() ? text : DEFAULT_TARGETS).join("\n");
}

/** The targets of a pledge at `level` (1 局长↔leader, 2 leader↔unit head, 3 unit head↔staff). */
export function pledgeTargets(
  level: number,
  bureau: string | null | undefined,
  unit: { name: string; indicators: UnitIndicatorTarget[] },
): string {
  return level === 3 ? staffTargets(unit.name, unit.indicators) : bureauTargets(bureau);
}

/** One relation of the cascade as a pledge is made from it (db/queries/pledges.ts PledgePair). */
export type PledgePairFields = {
  level: number;
  a_id: number;
  a_name: string;
  a_post: string;
  a_unit: string;
  b_id: number;
  b_name: string;
  b_post: string;
  b_unit: string;
  unit_id: number;
  unit_name: string;
  list_id: number | null;
  bureau: string | null;
};

/**
 * The row of a new pledge for a relation of the cascade: 责任书 (levels 1–2) or 承诺书 (level 3), its text
 * rendered from B's duties and the targets that fit the level, with the text's SHA-256. The generator
 * (server/pledges/generate.ts) and the demo seed both make pledges with it.
 */
export function newPledgeFields(pair: PledgePairFields, year: number, duties: PledgeDuty[], targets: string) {
  const kind: PledgeKind = pair.level === 3 ? "commitment" : "responsibility";
  const doc = renderPledge({
    kind,
    year,
    bureau: pair.bureau ?? "",
    partyA: { name: pair.a_name, post: pair.a_post, unit: pair.a_unit },
    partyB: { name: pair.b_name, post: pair.b_post, unit: pair.b_unit },
    unitName: pair.unit_name,
    duties,
    targets,
  });
  return {
    year,
    kind,
    level: pair.level,
    partyAId: pair.a_id,
    partyBId: pair.b_id,
    unitId: pair.unit_id,
    listId: pair.list_id,
    title: doc.title,
    targets,
    content: doc.content,
    contentHash: doc.contentHash,
  };
}
