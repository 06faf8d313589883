// The 一岗双责 section of a leader's year-end report (述职), written from the year's figures: the units
// supervised (主管/协管), meetings chaired, inspections led, hazards supervised to closure, training, and
// the safety situation of the units supervised. Pure: the figures come from db/queries/statements.
import { formatDate } from "@/lib/format/datetime";

export type StatementFigures = {
  year: number;
  name: string;
  units: { name: string; kind: "primary" | "assist" }[];
  meetings: { count: number; recent: { title: string; date: string }[] };
  inspections: { count: number; unitNames: string[] };
  hazardsClosed: number;
  trainings: number;
  accidents: { unitName: string; count: number }[];
  /** Null until the year's assessment is decided; then one entry per supervised unit assessed. */
  assessment: { unitName: string; total: number | null; grade?: string | null; gradeLabel: string | null; isVetoed: boolean }[] | null;
};

const join = (names: string[]) => names.join("、");

/** Points as written in a report: 92.5, 90 (no trailing .0). */
const points = (n: number) => String(Math.round(n * 10) / 10);

/** The statement's title line. */
export function statementTitle(f: Pick<StatementFigures, "year" | "name">): string {
  return `${f.name}同志${f.year}年度履行安全生产“一岗双责”情况`;
}

/** The draft text: the title on the first line, then headings (一、…) and paragraphs, one per line. */
export function buildStatementText(f: StatementFigures): string {
  const primary = f.units.filter((u) => u.kind === "primary").map((u) => u.name);
  const assist = f.units.filter((u) => u.kind === "assist").map((u) => u.name);
  const division =
    primary.length || assist.length
      ? `按照分工，我分管${primary.length ? join(primary) : ""}${primary.length && assist.length ? "，" : ""}${assist.length ? `协管${join(assist)}` : ""}。`
      : "按照分工，本年度我未分管具体单位。";
  const lines: string[] = [
    statementTitle(f),
    `${division}${f.year}年，我认真落实“党政同责、一岗双责、齐抓共管、失职追责”要求，坚持管业务必须管安全，把安全生产工作与分管业务同谋划、同部署、同检查、同考核。现将履职情况报告如下。`,
    "一、组织领导",
    f.meetings.count
      ? `全年主持召开安全生产专题会议${f.meetings.count}次${
          f.meetings.recent.length
            ? `，包括${f.meetings.recent.map((m) => `${formatDate(m.date, "zh", { style: "long" })}${m.title}`).join("；")}${f.meetings.count > f.meetings.recent.length ? "等" : ""}`
            : ""
        }，研究部署分管领域安全生产工作。`
      : "全年未主持召开安全生产专题会议，分管领域的安全生产工作主要通过安委会会议研究部署。",
    "二、监督检查",
    f.inspections.count
      ? `带队开展安全生产检查${f.inspections.count}次${f.inspections.unitNames.length ? `，覆盖${join(f.inspections.unitNames)}` : ""}，对发现的问题督促整改。`
      : "全年未带队开展安全生产检查。",
    "三、隐患治理",
    f.hazardsClosed
      ? `督办事故隐患整改，经验收销号${f.hazardsClosed}项。`
      : "全年没有由本人督办并经验收销号的事故隐患。",
    "四、教育培训",
    f.trainings ? `参加安全生产教育培训${f.trainings}次。` : "全年未参加安全生产教育培训。",
    "五、分管领域安全生产状况",
    situation(f),
    "六、存在的不足和下一步打算",
    "（请结合实际补充。）",
  ];
  return lines.join("\n");
}

function situation(f: StatementFigures): string {
  const total = f.accidents.reduce((n, a) => n + a.count, 0);
  const accidents = total
    ? `分管单位全年发生生产安全事故${total}起（${f.accidents.filter((a) => a.count).map((a) => `${a.unitName}${a.count}起`).join("，")}）。`
    : "分管单位全年未发生生产安全事故。";
  if (f.assessment === null) return `${accidents}年度安全生产责任制考核结果尚未确定。`;
  if (!f.assessment.length) return `${accidents}分管单位不在年度安全生产责任制考核范围内。`;
  const results = f.assessment.map((a) =>
    a.isVetoed
      ? `${a.unitName}被一票否决，评定为${a.gradeLabel ?? "不合格"}`
      : `${a.unitName}得分${a.total == null ? "—" : points(a.total)}分${a.gradeLabel ? `，评定为${a.gradeLabel}` : ""}`,
  );
  return `${accidents}年度安全生产责任制考核中，${results.join("；")}。`;
}

/** The stored text as paragraphs for Word: the first line is the title; 一、… lines are headings. */
export function statementParagraphs(body: string): { title: string; paragraphs: { kind: "heading" | "body"; text: string }[] } {
  const lines = body.replace(/\r\n?/g, "\n").split("\n").map((l) => l.trim()).filter(Boolean);
  const [title = "", ...rest] = lines;
  return {
    title,
    paragraphs: rest.map((text) => ({ kind: /^[一二三四五六七八九十]+、/.test(text) && text.length <= 30 ? "heading" : "body", text })),
  };
}
