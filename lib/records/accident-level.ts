// Accident level and reporting (《生产安全事故报告和调查处理条例》国务院令第493号): plain functions, no database.
// Art. 3: the level is the highest any of deaths, serious injuries or direct loss reaches; lower bounds are
// inclusive ("以上包括本数，以下不包括本数"). Art. 9/10: the unit's head reports to the bureau within 1 hour
// of the accident; the bureau reports up within 2 hours of receiving it. A hop made after its due time is
// 迟报, a hop never made once due is 漏报; 谎报 and 瞒报 are findings the office records with a reason.

export const ACCIDENT_LEVELS = ["general", "larger", "major", "especially_major"] as const;
export type AccidentLevel = (typeof ACCIDENT_LEVELS)[number];

/** Lower bounds per level, from the most serious down. Loss in 万元 (1亿元 = 10000 万元). */
const THRESHOLDS: { level: AccidentLevel; deaths: number; injuries: number; loss: number }[] = [
  { level: "especially_major", deaths: 30, injuries: 100, loss: 10000 },
  { level: "major", deaths: 10, injuries: 50, loss: 5000 },
  { level: "larger", deaths: 3, injuries: 10, loss: 1000 },
];

export type AccidentFigures = { deaths: number; seriousInjuries: number; directLoss: number };

/** 特别重大 / 重大 / 较大 / 一般: the most serious level any one criterion reaches. */
export function accidentLevel({ deaths, seriousInjuries, directLoss }: AccidentFigures): AccidentLevel {
  // Compare the loss in fen (hundredths of 万元) so 999.995-style float noise cannot cross a bound.
  const lossFen = Math.round(directLoss * 100);
  for (const t of THRESHOLDS) {
    if (deaths >= t.deaths || seriousInjuries >= t.injuries || lossFen >= t.loss * 100) return t.level;
  }
  return "general";
}

/** The two hops the bureau tracks: the accident unit's head to the bureau, the bureau up the line. */
export const REPORT_HOPS = ["unit_to_bureau", "bureau_to_superior"] as const;
export type ReportHop = (typeof REPORT_HOPS)[number];

const HOUR_MS = 3_600_000;
/** Art. 9: within 1 hour of the accident; art. 10: each level within 2 hours of receiving the report. */
export const HOP_LIMIT_MS: Record<ReportHop, number> = { unit_to_bureau: HOUR_MS, bureau_to_superior: 2 * HOUR_MS };

export type HopInput = { hop: ReportHop; reportedAt: Date | null };
export type HopState = "on_time" | "late" | "missing" | "pending";
export type HopResult = { hop: ReportHop; dueAt: Date; reportedAt: Date | null; state: HopState; lateMinutes: number };

/**
 * Due times per hop: the first from the accident, each next one from when the previous hop was received
 * (when the previous hop was never made, from its due time — the bureau should have had it by then).
 * A hop not made is `missing` once its due time has passed at `now`, `pending` before.
 */
export function reportHops(
  occurredAt: Date,
  reported: Partial<Record<ReportHop, Date | null>>,
  now: Date,
): HopResult[] {
  let start = occurredAt.getTime();
  return REPORT_HOPS.map((hop) => {
    const due = start + HOP_LIMIT_MS[hop];
    const at = reported[hop] ?? null;
    const state: HopState = at
      ? at.getTime() > due
        ? "late"
        : "on_time"
      : now.getTime() > due
        ? "missing"
        : "pending";
    const lateMinutes = at && at.getTime() > due ? Math.ceil((at.getTime() - due) / 60_000) : 0;
    start = at ? at.getTime() : due;
    return { hop, dueAt: new Date(due), reportedAt: at, state, lateMinutes };
  });
}

export type ReportFlags = { isLate: boolean; isOmitted: boolean; isFalse: boolean; isConcealed: boolean };

/** 迟报 and 漏报 from the hops; 谎报 and 瞒报 as the office found them. */
export function reportFlags(hops: HopResult[], findings: { isFalse: boolean; isConcealed: boolean }): ReportFlags {
  return {
    isLate: hops.some((h) => h.state === "late"),
    isOmitted: hops.some((h) => h.state === "missing"),
    isFalse: findings.isFalse,
    isConcealed: findings.isConcealed,
  };
}

export const hasAnyFlag = (f: ReportFlags) => f.isLate || f.isOmitted || f.isFalse || f.isConcealed;

/** The flag keys set, in the order the rule names them (迟报、漏报、谎报、瞒报). */
export function flagKeys(f: ReportFlags): ("late" | "omitted" | "false" | "concealed")[] {
  const keys: ("late" | "omitted" | "false" | "concealed")[] = [];
  if (f.isLate) keys.push("late");
  if (f.isOmitted) keys.push("omitted");
  if (f.isFalse) keys.push("false");
  if (f.isConcealed) keys.push("concealed");
  return keys;
}
