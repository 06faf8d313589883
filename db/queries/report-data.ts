// 年度安全生产责任制落实情况报告 (DESIGN §6): the whole report's data for a year from stored rows, in a
// fixed number of queries whatever the size of the organisation (each section one aggregated JSON query).
// Labels are the Chinese ones (the report is filed in Chinese); an approved report stores this object as
// its snapshot, so nothing here may depend on the viewer. Unit results are the committee's stored figures
// (decided, publicised or final), never provisional ones.
//
// Which string fields hold a Chinese label and which a code (renderers print labels as they are):
//   labels: results[].group, assessmentStatus, sanctions[].status ("已确认" / "待安委会确认") and kindLabel,
//           cases[].situation/form/leniency, hazards[].level/status, accidents[].level and flags ("迟报" …),
//           accidentsSummary.byLevel keys, work[].label, gradeCounts[].label, results[].gradeLabel,
//           scoreSheets[].grade (the band's label) and status;
//   codes:  sanctions[].kind, results[].grade, gradeCounts[].grade, work[].kind, indicators[].direction,
//           pledges[].kind (responsibility | commitment).
import { sql } from "drizzle-orm";
import type {
  AnnualReportData,
  ReportAccident,
  ReportCase,
  ReportHazard,
  ReportIndicator,
  ReportLeaderRow,
  ReportPledgeRow,
  ReportSanction,
  ReportUnitResult,
} from "@/lib/reports/types";
import { now as clockNow, shanghaiDate } from "@/lib/clock";
import { ZH, zhLabel } from "@/lib/reports/data-labels";
import type { Db } from "../client";
import {
  buildScoreSheet,
  jsonOf,
  loadSheetAssessments,
  loadSheetScheme,
  SCORE_SHEETS_QUERY_COUNT,
  STABLE_STATUSES,
  STATUS_ORDER,
  type SheetAssessment,
  type SheetScheme,
} from "./report-sheets";
import { basicsQuery, hazardsQuery, accidentsQuery, leadersQuery, type Basics } from "./report-data-sections";

/** Statements `getAnnualReportData` runs, whatever the size of the organisation (a test holds it). */
export const REPORT_DATA_QUERY_COUNT = SCORE_SHEETS_QUERY_COUNT + 8;

export type ReportTexts = { problems: string; plans: string };

/** Year bounds and the day "overdue" is judged on: today for the running year, 31 December for a past one. */
export function yearBounds(year: number, now: Date) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const today = shanghaiDate(now);
  return { from, to, asOf: today < to ? today : to };
}

function results(scheme: SheetScheme | null, rows: SheetAssessment[]): ReportUnitResult[] {
  const label = new Map((scheme?.bands ?? []).map((b) => [b.key, b.label]));
  const out = rows.map((a) => {
    const stable = STABLE_STATUSES.has(a.status);
    return {
      unitId: a.unitId,
      unitName: a.unitName,
      group: a.group ? zhLabel(ZH.unitGroup, a.group) : null,
      rank: stable ? a.rank : null,
      total: stable ? a.total : null,
      grade: stable ? a.grade : null,
      gradeLabel: stable && a.grade ? (label.get(a.grade) ?? a.grade) : null,
      vetoed: stable && a.isVetoed,
      vetoes: stable ? (a.trace ?? []).map((t) => ({ rule: t.rule, name: t.name, basis: t.basis })) : [],
    };
  });
  // By rank (the committee's order), units without a result after, in the organisation's order.
  const order = new Map(rows.map((a, i) => [a.unitId, i]));
  return out.sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity) || order.get(x.unitId)! - order.get(y.unitId)!);
}

/** The least advanced state of the year's units: the year is as far as its slowest unit. */
function yearStatus(rows: SheetAssessment[]): string | null {
  if (rows.length === 0) return null;
  const least = rows.reduce((m, a) => Math.min(m, STATUS_ORDER.indexOf(a.status)), STATUS_ORDER.length - 1);
  return zhLabel(ZH.assessmentStatus, STATUS_ORDER[least]);
}

export async function getAnnualReportData(
  db: Db,
  year: number,
  texts: ReportTexts,
  opts: { now?: Date } = {},
): Promise<AnnualReportData> {
  const now = opts.now ?? clockNow();
  const b = yearBounds(year, now);
  const [basics, indicators, scheme, assessments, sanctions, cases, hazards, accidents, leaders, pledges] = await Promise.all([
    jsonOf<Basics>(db, basicsQuery(year, b)),
    jsonOf<ReportIndicator[]>(
      db,
      sql`select json_agg(json_build_object('code', x.code, 'name', x.name, 'measure', x.measure, 'direction', x.direction,
          'target', x.target, 'actual', x.actual, 'units', x.units, 'met', x.met) order by x.o1, x.o2) from (
        select i.code, i.name, i.measure, i.direction, i.sort_order as o1, i.id as o2,
          round(avg(v.target), 2)::float8 as target, round(avg(v.actual), 2)::float8 as actual,
          count(v.actual)::int as units,
          count(*) filter (where v.actual is not null and case i.direction when 'higher_better' then v.actual >= v.target
            else v.actual <= v.target end)::int as met
        from indicators i join assessment_schemes s on s.id = i.scheme_id and s.year = ${year}
        left join indicator_values v on v.indicator_id = i.id
        group by i.id) x`,
    ),
    loadSheetScheme(db, year),
    loadSheetAssessments(db, year),
    jsonOf<(Omit<ReportSanction, "kindLabel">)[]>(
      db,
      sql`select json_agg(json_build_object('kind', s.kind, 'unitName', u.name, 'personName', p.name, 'status', s.status,
          'dueDate', to_char(s.due_date, 'YYYY-MM-DD'), 'note', s.note) order by s.kind, u.sort_order nulls last, p.id nulls first, s.id)
        from sanctions s left join units u on u.id = s.unit_id left join people p on p.id = s.person_id
        where s.year = ${year}`,
    ),
    jsonOf<ReportCase[]>(
      db,
      sql`select json_agg(json_build_object('personName', p.name, 'unitName', u.name, 'situation', c.situation, 'form', c.form,
          'leniency', c.leniency, 'decidedBy', c.decided_by, 'decidedOn', to_char(c.decided_on, 'YYYY-MM-DD'),
          'restrictedUntil', to_char(c.restricted_until, 'YYYY-MM-DD')) order by c.decided_on, c.id)
        from accountability_cases c join people p on p.id = c.person_id left join units u on u.id = c.unit_id
        where c.decided_on between ${b.from}::date and ${b.to}::date`,
    ),
    jsonOf<{ rows: ReportHazard[] | null; summary: AnnualReportData["hazardsSummary"] }>(db, hazardsQuery(b)),
    jsonOf<{ rows: (ReportAccident & { level: string })[] | null; late: number }>(db, accidentsQuery(b)),
    jsonOf<ReportLeaderRow[]>(db, leadersQuery(year, b, ZH.supervisionAssist)),
    jsonOf<ReportPledgeRow[]>(
      db,
      sql`select json_agg(x order by x.level, x.kind) from (
        select level, kind, count(*)::int as total, (count(*) filter (where status = 'complete'))::int as complete
        from pledges where year = ${year} and status <> 'superseded' group by level, kind) x`,
    ),
  ]);
  const bands = scheme?.bands ?? [];
  const stable = assessments.filter((a) => STABLE_STATUSES.has(a.status));
  const accidentRows = (accidents?.rows ?? []).map((a) => ({
    ...a,
    level: zhLabel(ZH.accidentLevel, a.level),
    flags: a.flags.map((f) => zhLabel(ZH.accidentFlag, f)),
  }));
  const byLevel: Record<string, number> = {};
  for (const a of accidentRows) byLevel[a.level] = (byLevel[a.level] ?? 0) + 1;
  return {
    year,
    bureauName: basics?.bureauName ?? "",
    generatedAt: now.toISOString(),
    committee: basics?.committee ?? { chair: null, viceChairs: [], officeUnit: null, members: 0 },
    counts: basics!.counts,
    indicators: indicators ?? [],
    work: (basics?.work ?? []).map((w) => ({ ...w, label: zhLabel(ZH.recordKind, w.kind) })),
    hazardsSummary: hazards!.summary,
    accidentsSummary: { total: accidentRows.length, byLevel, late: accidents?.late ?? 0 },
    assessmentStatus: yearStatus(assessments),
    results: results(scheme, assessments),
    gradeCounts: bands.map((band) => ({ grade: band.key, label: band.label, count: stable.filter((a) => a.grade === band.key).length })),
    sanctions: (sanctions ?? []).map((s) => ({
      ...s,
      kindLabel: zhLabel(ZH.sanctionKind, s.kind),
      status: zhLabel(ZH.sanctionStatus, s.status),
    })),
    cases: (cases ?? []).map((c) => ({
      ...c,
      situation: zhLabel(ZH.situation, c.situation),
      form: zhLabel(ZH.form, c.form),
      leniency: zhLabel(ZH.leniency, c.leniency),
    })),
    problems: texts.problems,
    plans: texts.plans,
    pledges: pledges ?? [],
    hazards: (hazards?.rows ?? []).map((h) => ({
      ...h,
      level: zhLabel(ZH.hazardLevel, h.level),
      status: zhLabel(ZH.hazardStatus, h.status),
    })),
    accidents: accidentRows,
    leaders: leaders ?? [],
    scoreSheets: scheme ? assessments.map((a) => buildScoreSheet(year, scheme, a)) : [],
  };
}
