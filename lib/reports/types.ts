// The data of the reports (DESIGN §6), as plain JSON: assembled from stored records by
// db/queries/report-data.ts, frozen into reports.snapshot on approval, and rendered identically to the
// web, Word, PDF and Excel from it. Every number here comes from a stored row, never from typed text.

export type ReportUnitResult = {
  unitId: number;
  unitName: string;
  group: string | null;
  rank: number | null;
  /** null when the year is not decided yet (provisional figures are never put in a report). */
  total: number | null;
  grade: string | null;
  gradeLabel: string | null;
  vetoed: boolean;
  /** The fired rules, e.g. "事故迟报、漏报、谎报、瞒报：2025-08-14 电梯事故超时上报". */
  vetoes: { rule: string; name: string; basis: string }[];
};

export type ReportIndicator = {
  code: string;
  name: string;
  measure: string;
  direction: "higher_better" | "lower_better";
  /** Bureau-wide: average target and actual over the units that have a value, and how many met it. */
  target: number | null;
  actual: number | null;
  units: number;
  met: number;
};

export type ReportPledgeRow = { level: number; kind: string; total: number; complete: number };

export type ReportCategoryWork = {
  /** Category of work (会议, 检查, 培训, 演练, 隐患排查, 报告) with counts from work records. */
  kind: string;
  label: string;
  count: number;
  people: number;
};

export type ReportSanction = {
  kind: string;
  kindLabel: string;
  unitName: string | null;
  personName: string | null;
  status: string;
  dueDate: string | null;
  note: string;
};

export type ReportCase = {
  personName: string;
  unitName: string | null;
  situation: string;
  form: string;
  leniency: string;
  decidedBy: string;
  decidedOn: string;
  restrictedUntil: string | null;
};

export type ReportHazard = {
  title: string;
  unitName: string;
  level: string;
  isSupervised: boolean;
  foundOn: string;
  deadline: string;
  status: string;
  closedOn: string | null;
};

export type ReportAccident = {
  title: string;
  occurredAt: string;
  unitName: string;
  level: string;
  deaths: number;
  seriousInjuries: number;
  directLoss: number;
  flags: string[];
};

/** 一岗双责 table: one row per leader. */
export type ReportLeaderRow = {
  personId: number;
  name: string;
  post: string;
  unitsSupervised: string[];
  meetingsChaired: number;
  inspectionsLed: number;
  hazardsClosed: number;
  trainings: number;
};

/** 考核评分表 of one unit: DESIGN §6 columns. */
export type ScoreSheetRow = {
  category: string;
  item: string;
  content: string;
  maxPoints: number;
  scoringRule: string;
  selfScore: number | null;
  reviewScore: number | null;
  deductionReason: string;
  note: string;
};

export type ScoreSheet = {
  year: number;
  unitId: number;
  unitName: string;
  schemeTitle: string;
  rows: ScoreSheetRow[];
  bonus: number;
  bonusItems: { label: string; points: number; reason: string }[];
  vetoCheck: { rule: string; name: string; hit: boolean; basis: string | null }[];
  total: number | null;
  grade: string | null;
  status: string;
};

export type AnnualReportData = {
  year: number;
  bureauName: string;
  generatedAt: string;
  /** 一、基本情况 */
  committee: { chair: string | null; viceChairs: string[]; officeUnit: string | null; members: number };
  counts: {
    lists: number;
    listsPublished: number;
    confirmations: number;
    units: number;
    people: number;
  };
  indicators: ReportIndicator[];
  /** 二、主要工作及成效 */
  work: ReportCategoryWork[];
  hazardsSummary: { total: number; major: number; closed: number; supervised: number; overdue: number };
  accidentsSummary: { total: number; byLevel: Record<string, number>; late: number };
  /** 三、考核结果 */
  assessmentStatus: string | null;
  results: ReportUnitResult[];
  gradeCounts: { grade: string; label: string; count: number }[];
  /** 四、奖惩兑现与问责 */
  sanctions: ReportSanction[];
  cases: ReportCase[];
  /** 五、存在问题 and 六、下一年度工作打算: editable text, kept with the report. */
  problems: string;
  plans: string;
  /** Appendices */
  pledges: ReportPledgeRow[];
  hazards: ReportHazard[];
  accidents: ReportAccident[];
  leaders: ReportLeaderRow[];
  scoreSheets: ScoreSheet[];
};
