// A horizontal bar chart drawn on the server as SVG: an image with a label for screen readers, and the
// same numbers in a visually hidden table. Each bar may be split into coloured segments (a stacked bar).
import { fitLabel } from "@/lib/i18n/labels";

export type BarSegment = { value: number; color: string; name: string };
export type BarRow = { label: string; segments: BarSegment[]; text: string };

const W = 520;

export function BarChart({
  id,
  title,
  ariaLabel,
  rows,
  max,
  table,
}: {
  id: string;
  title: string;
  ariaLabel: string;
  rows: BarRow[];
  /** The value a full-width bar stands for. */
  max: number;
  table: { headers: string[]; rows: (string | number)[][] };
}) {
  const row = 28;
  const left = 160;
  const right = 90;
  const H = 12 + rows.length * row;
  const span = W - left - right;
  const scale = (v: number) => (max > 0 ? (span * v) / max : 0);
  const legend = [...new Map(rows.flatMap((r) => r.segments).map((s) => [s.name, s.color])).entries()];
  return (
    <figure className="card space-y-2" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={ariaLabel}>
        {rows.map((r, i) => {
          const y = 6 + i * row;
          let x = left;
          return (
            <g key={`${r.label}-${i}`}>
              {/* Cut to the label column (in ems of the 12-unit font), whatever the script; the table has it whole. */}
              <text x={left - 8} y={y + 15} textAnchor="end" fontSize="12" fill="#334155">
                {fitLabel(r.label, (left - 12) / 12)}
                {fitLabel(r.label, (left - 12) / 12) !== r.label && <title>{r.label}</title>}
              </text>
              <rect x={left} y={y + 3} width={span} height={16} fill="#f1f5f9" />
              {r.segments.map((s, j) => {
                const w = scale(s.value);
                const rect = <rect key={j} x={x} y={y + 3} width={w} height={16} fill={s.color} />;
                x += w;
                return rect;
              })}
              <text x={left + span + 6} y={y + 15} fontSize="12" fill="#0f172a">
                {r.text}
              </text>
            </g>
          );
        })}
      </svg>
      {legend.length > 1 && (
        <ul className="flex flex-wrap gap-3 text-xs text-slate-700" aria-hidden="true">
          {legend.map(([name, color]) => (
            <li key={name} className="flex items-center gap-1">
              <span className="inline-block h-3 w-3" style={{ backgroundColor: color }} />
              {name}
            </li>
          ))}
        </ul>
      )}
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            {table.headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={j}>{c}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
