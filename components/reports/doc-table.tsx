// A plain document table for the report and the score sheet: a caption, column headers, and the first
// cell of each row as its row header. Breaks across printed pages between rows, with the header repeated.
import type { ReactNode } from "react";

export type DocCell = ReactNode;

export function DocTable({
  caption,
  headers,
  rows,
  numeric = [],
  captionHidden = false,
}: {
  caption: string;
  headers: string[];
  rows: DocCell[][];
  /** Column indexes aligned right (figures). */
  numeric?: number[];
  captionHidden?: boolean;
}) {
  const align = (i: number) => (numeric.includes(i) ? "text-right" : "");
  return (
    <table className="table my-2 border border-slate-300 print:text-[10.5pt]">
      <caption className={captionHidden ? "sr-only" : "mb-1 text-left font-medium"}>{caption}</caption>
      <thead className="print:table-header-group">
        <tr>
          {headers.map((h, i) => (
            <th key={i} scope="col" className={`border border-slate-300 ${align(i)}`}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i} className="break-inside-avoid">
            {r.map((c, j) =>
              j === 0 ? (
                <th key={j} scope="row" className="border border-slate-300 bg-transparent font-normal">
                  {c}
                </th>
              ) : (
                <td key={j} className={`border border-slate-300 ${align(j)}`}>
                  {c}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A score with one decimal, as on every sheet; empty for none. */
export const score = (n: number | null | undefined) => (n == null ? "—" : n.toFixed(1));

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
