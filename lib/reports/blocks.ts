// What a report file shows, as a list of blocks shared by the Word, PDF and Excel writers: headings,
// paragraphs, tables (typed cells: numbers stay numbers for Excel, formatted once for Word and PDF), page
// breaks and signature lines. Built from the plain report data only; every string stays plain text.
import { formatDate } from "@/lib/format/datetime";
import { fileWords } from "./wording";

/** A table cell: text, a number (a count), a score (one decimal) or a share (0..1, printed as a percentage).
 * null is "no value": "—" in Word and PDF, an empty cell in Excel. */
export type Cell = string | number | { score: number } | { percent: number } | null;

export type Column = {
  header: string;
  /** Relative width (the writers share the content width in these proportions). */
  width: number;
  align?: "left" | "center" | "right";
};

export type TableBlock = {
  kind: "table";
  /** The table's name for assistive technology (Word's table title); not printed. */
  caption: string;
  /** A line printed above the table, when the text around it does not already name it. */
  heading?: string;
  /** The Excel sheet's name when the table is one of a workbook's sheets. */
  sheet?: string;
  columns: Column[];
  rows: Cell[][];
  /** Smaller print for wide tables (score sheets). */
  dense?: boolean;
  /** Equal first cells of consecutive rows are one merged cell in Word and PDF (a category over its items). */
  groupFirstColumn?: boolean;
};

export type Block =
  | { kind: "title"; lines: string[] }
  | { kind: "subtitle"; text: string }
  /** 一、 (黑体) */
  | { kind: "heading"; text: string }
  /** （一） (楷体) */
  | { kind: "subheading"; text: string }
  | { kind: "paragraph"; text: string }
  /** 附表n: a new page, the label at the top left, then the appendix's title centred. */
  | { kind: "appendix"; label: string; title: string }
  /** A line under a table (totals, notes), not indented. */
  | { kind: "line"; text: string; bold?: boolean }
  /** Signature lines: each row is two labelled blanks side by side. */
  | { kind: "signatures"; rows: [string, string][] }
  /** The sender and date at the end of a report (落款), right-aligned. */
  | { kind: "closing"; lines: string[] }
  | TableBlock;

export type ReportDocument = {
  title: string;
  /** The file name without extension (Chinese kept; encoded by the route). */
  fileName: string;
  /** "草稿" or the approved edition's line, printed under the title and in the PDF's metadata. */
  edition: string | null;
  /** A4 landscape (a wide table: the score sheets); portrait otherwise. */
  landscape?: boolean;
  blocks: Block[];
};

/** Whether an approved edition or a working draft is rendered (the renderers' only input besides the data). */
export type Edition = { approvedAt: string; hash: string } | { draft: true } | null;

/** The text of a cell as printed in Word and PDF. */
export function cellText(c: Cell): string {
  if (c == null) return "—";
  if (typeof c === "number") return Number.isInteger(c) ? String(c) : String(Math.round(c * 100) / 100);
  if (typeof c === "object") return "score" in c ? c.score.toFixed(1) : `${(c.percent * 100).toFixed(1)}%`;
  return c;
}

export const sc = (n: number | null | undefined): Cell => (n == null ? null : { score: n });

/** For a table whose first column groups its rows (groupFirstColumn): how many rows each row's first cell
 * spans — 0 where it continues the group above. Every row spans 1 in a table that does not group. Word,
 * PDF and the web merge the same runs. */
export function groupSpans(t: Pick<TableBlock, "rows" | "groupFirstColumn">): number[] {
  const first = t.rows.map((r) => cellText(r[0]));
  const spans = t.rows.map(() => 1);
  if (!t.groupFirstColumn) return spans;
  for (let n = t.rows.length - 1; n > 0; n--)
    if (first[n] === first[n - 1]) {
      spans[n - 1] += spans[n];
      spans[n] = 0;
    }
  return spans;
}

/** The line that tells an approved edition from a working draft. */
export function editionLine(edition: Edition): string | null {
  if (!edition) return null;
  if ("draft" in edition) return fileWords("doc.draft");
  return fileWords("doc.approved", { date: formatDate(edition.approvedAt, "zh", { style: "long" }), hash: edition.hash.slice(0, 16) });
}
