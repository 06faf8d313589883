// 奖惩兑现 (DESIGN §4 rule 3): the rewards and sanctions that follow from a year's final results.
// Plain data in, rows out: the finalise step inserts them (status proposed) and the committee confirms.

export type SanctionKind = "lose_honours" | "no_excellent" | "rectification" | "commendation";
/** The consequence keys a veto rule may list. */
export const VETO_CONSEQUENCES = ["lose_honours", "no_excellent", "rectification"] as const;

export type ConsequenceVeto = {
  /** The confirmed veto hit. */
  hitId: number;
  /** The consequences listed on the rule that fired. */
  consequences: string[];
};

export type ConsequenceUnit = {
  assessmentId: number;
  unitId: number;
  grade: string;
  vetoed: boolean;
  /** Confirmed veto hits of the unit, in the order they were applied. */
  vetoes: ConsequenceVeto[];
  /** Heads of the unit (acting heads included) for the year. */
  headPersonIds: number[];
  /** Supervising leaders for the year: 主管 and 协管. */
  leaderPersonIds: number[];
};

export type SanctionRow = {
  assessmentId: number;
  kind: SanctionKind;
  unitId: number | null;
  personId: number | null;
  /** YYYY-MM-DD, for rectification only. */
  dueDate: string | null;
  /** The first confirmed veto hit whose rule lists this consequence (null for a commendation). */
  vetoHitId: number | null;
};

const pad = (n: number) => String(n).padStart(2, "0");
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The same day one calendar month later; a day the next month lacks becomes its last (01-31 → 02-28/29). */
export function addOneMonth(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  let y = Number(m[1]);
  let month = Number(m[2]) + 1;
  if (month > 12) {
    month = 1;
    y += 1;
  }
  const day = Math.min(Number(m[3]), daysIn(y, month));
  return `${y}-${pad(month)}-${pad(day)}`;
}

/** `n` calendar days after a YYYY-MM-DD date (publicity ends publicity_days after it starts). */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`not a date: ${date}`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * The sanctions of a finalised year. A vetoed unit gets whichever of lose_honours (the unit), rectification
 * (the unit, due one month after `finaliseDate`) and no_excellent (each head and each supervising leader)
 * its fired rules list — the union over its confirmed vetoes. A unit in the top band, not vetoed, gets a
 * commendation. One row per (assessment, kind, unit, person): a person who is both head and leader counts once.
 */
export function deriveSanctions(units: ConsequenceUnit[], opts: { topGrade: string; finaliseDate: string }): SanctionRow[] {
  const due = addOneMonth(opts.finaliseDate);
  const rows: SanctionRow[] = [];
  for (const u of units) {
    if (u.vetoed && u.vetoes.length > 0) {
      const hitFor = (kind: string) => u.vetoes.find((v) => v.consequences.includes(kind))?.hitId ?? null;
      const lose = hitFor("lose_honours");
      if (lose != null) rows.push({ assessmentId: u.assessmentId, kind: "lose_honours", unitId: u.unitId, personId: null, dueDate: null, vetoHitId: lose });
      const rect = hitFor("rectification");
      if (rect != null) rows.push({ assessmentId: u.assessmentId, kind: "rectification", unitId: u.unitId, personId: null, dueDate: due, vetoHitId: rect });
      const noExc = hitFor("no_excellent");
      if (noExc != null) {
        const persons = [...new Set([...u.headPersonIds, ...u.leaderPersonIds])];
        for (const personId of persons) {
          rows.push({ assessmentId: u.assessmentId, kind: "no_excellent", unitId: null, personId, dueDate: null, vetoHitId: noExc });
        }
      }
    } else if (!u.vetoed && u.grade === opts.topGrade) {
      rows.push({ assessmentId: u.assessmentId, kind: "commendation", unitId: u.unitId, personId: null, dueDate: null, vetoHitId: null });
    }
  }
  return rows;
}
