// A report table on the web, rendered from its one definition (lib/reports/annual-tables.ts,
// sheet-tables.ts) — the same columns, cells, alignment and number format as the Word, PDF and Excel files.
// A caption for assistive technology, column headers, the first cell of each row as its row header (in a
// grouped table, one header spanning its group's rows, as Word and PDF merge it). Breaks across printed
// pages between rows, with the header repeated.
import type { ReactNode } from "react";
import { type TableBlock, cellText, groupSpans } from "@/lib/reports/blocks";

/** A column only the web shows, after the table's own (e.g. links to the unit sheets): one cell per row. */
export type ExtraColumn = { header: string; cells: ReactNode[] };

const ALIGN = { left: "", center: "text-center", right: "text-right" } as const;

export function ReportTable({ table, extra }: { table: TableBlock; extra?: ExtraColumn }) {
  const align = table.columns.map((c) => ALIGN[c.align ?? "left"]);
  const spans = groupSpans(table);
  // Dense tables (the score sheet) in small print with their own borders; the others in the house style.
  const cell = table.dense ? "border border-slate-300 px-2 py-1 align-top" : "border border-slate-300";
  const headerCell = table.dense ? `${cell} text-left font-medium` : cell;
  const rowHeader = table.dense ? `${cell} text-left font-medium` : `${cell} bg-transparent font-normal`;
  const row = (r: TableBlock["rows"][number], n: number) => (
    <tr key={n} className="break-inside-avoid">
      {r.map((c, j) =>
        j > 0 ? (
          <td key={j} className={`${cell} ${align[j]}`}>
            {cellText(c)}
          </td>
        ) : spans[n] === 0 ? null : (
          <th
            key={j}
            scope={table.groupFirstColumn ? "rowgroup" : "row"}
            rowSpan={spans[n] > 1 ? spans[n] : undefined}
            className={`${rowHeader} ${align[j]}`}
          >
            {cellText(c)}
          </th>
        ),
      )}
      {extra && <td className={cell}>{extra.cells[n]}</td>}
    </tr>
  );
  // A grouped table has one body per group, so each group's header spans only its own rows.
  const bodies = table.groupFirstColumn
    ? spans.flatMap((s, n) => (s > 0 ? [table.rows.slice(n, n + s).map((r, i) => row(r, n + i))] : []))
    : [table.rows.map(row)];
  // A dense table prints with the files' column proportions (a wide 扣分原因 on the landscape score sheet);
  // the screen keeps the browser's own layout.
  const total = table.columns.reduce((a, c) => a + c.width, 0) + (extra ? 8 : 0);
  return (
    <table
      className={
        table.dense
          ? "w-full border-collapse border border-slate-300 text-sm print:table-fixed print:text-[9pt]"
          : "table my-2 border border-slate-300 print:text-[10.5pt]"
      }
    >
      <caption className="sr-only">{table.caption}</caption>
      {table.dense && (
        <colgroup>
          {[...table.columns.map((c) => c.width), ...(extra ? [8] : [])].map((w, i) => (
            <col
              key={i}
              className="print:w-[var(--col-w)]"
              style={{ ["--col-w" as string]: `${((w / total) * 100).toFixed(2)}%` }}
            />
          ))}
        </colgroup>
      )}
      <thead className={table.dense ? "bg-slate-50 print:table-header-group" : "print:table-header-group"}>
        <tr>
          {table.columns.map((c, i) => (
            <th key={i} scope="col" className={`${headerCell} ${table.dense ? "" : align[i]}`}>
              {c.header}
            </th>
          ))}
          {extra && (
            <th scope="col" className={headerCell}>
              {extra.header}
            </th>
          )}
        </tr>
      </thead>
      {bodies.map((rows, i) => (
        <tbody key={i}>{rows}</tbody>
      ))}
    </table>
  );
}

/** Editable text: one paragraph per non-blank line. */
export function TextParagraphs({ text, empty }: { text: string; empty: string }) {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length) return <p className="indent-8 text-slate-500">{empty}</p>;
  return (
    <>
      {lines.map((l, i) => (
        <p key={i} className="indent-8">
          {l}
        </p>
      ))}
    </>
  );
}
