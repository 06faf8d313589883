// Two server-rendered SVG charts of a year's results: how many units fall in each score band, and the
// average score of each category against its points. Each is an image with a title and description for
// screen readers, and the same figures in a visually hidden table.
import { getTranslations } from "next-intl/server";
import type { Bucket, CategoryAverage } from "@/db/queries/assessment-results";
import { fitLabel } from "@/lib/i18n/labels";

const W = 520;

export async function DistributionChart({ buckets, idPrefix = "dist" }: { buckets: Bucket[]; idPrefix?: string }) {
  const t = await getTranslations("assessment.results");
  const tc = await getTranslations("common");
  const H = 220;
  const top = 20;
  const bottom = 36;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const slot = (W - 20) / buckets.length;
  const barW = slot * 0.6;
  const label = (b: Bucket) => t(`bucket.${b.key}` as "bucket.lt60");
  const summary = buckets.map((b) => t("bucketSummary", { label: label(b), count: b.count })).join(tc("itemSep"));
  return (
    <figure className="card">
      <figcaption className="mb-2 font-semibold">
        {t("distribution")}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-xl" role="img" aria-labelledby={`${idPrefix}-title`} aria-describedby={`${idPrefix}-desc`}>
        <title id={`${idPrefix}-title`}>{t("distribution")}</title>
        <desc id={`${idPrefix}-desc`}>{summary}</desc>
        <line x1={10} x2={W - 10} y1={H - bottom} y2={H - bottom} stroke="#94a3b8" />
        {buckets.map((b, i) => {
          const h = ((H - top - bottom) * b.count) / max;
          const x = 10 + i * slot + (slot - barW) / 2;
          const y = H - bottom - h;
          return (
            <g key={b.key}>
              <rect x={x} y={y} width={barW} height={h} fill={b.key === "lt60" ? "#b91c1c" : "#1d4ed8"} />
              <text x={x + barW / 2} y={y - 4} textAnchor="middle" fontSize="12" fill="#0f172a">
                {b.count}
              </text>
              <text x={x + barW / 2} y={H - bottom + 16} textAnchor="middle" fontSize="12" fill="#334155">
                {label(b)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="sr-only">
        <caption>{t("distribution")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("bucketCol")}</th>
            <th scope="col">{t("countCol")}</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.key}>
              <th scope="row">{label(b)}</th>
              <td>{b.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export async function CategoryChart({ averages, idPrefix = "cat" }: { averages: CategoryAverage[]; idPrefix?: string }) {
  const t = await getTranslations("assessment.results");
  const tc = await getTranslations("common");
  const row = 30;
  const left = 150;
  const right = 110;
  const H = 16 + averages.length * row;
  const span = W - left - right;
  const text = (c: CategoryAverage) => t("averageOf", { average: c.average == null ? "—" : c.average.toFixed(1), points: c.points });
  const summary = averages.map((c) => `${c.name} ${text(c)}`).join(tc("itemSep"));
  return (
    <figure className="card">
      <figcaption className="mb-2 font-semibold">{t("categories")}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-xl" role="img" aria-labelledby={`${idPrefix}-title`} aria-describedby={`${idPrefix}-desc`}>
        <title id={`${idPrefix}-title`}>{t("categories")}</title>
        <desc id={`${idPrefix}-desc`}>{summary}</desc>
        {averages.map((c, i) => {
          const y = 8 + i * row;
          const share = c.points > 0 && c.average != null ? Math.min(1, c.average / c.points) : 0;
          return (
            <g key={c.code}>
              <text x={left - 8} y={y + 15} textAnchor="end" fontSize="12" fill="#334155">
                {fitLabel(c.name, (left - 12) / 12)}
                {fitLabel(c.name, (left - 12) / 12) !== c.name && <title>{c.name}</title>}
              </text>
              <rect x={left} y={y + 3} width={span} height={16} fill="#e2e8f0" />
              <rect x={left} y={y + 3} width={span * share} height={16} fill="#1d4ed8" />
              <text x={left + span + 6} y={y + 15} fontSize="12" fill="#0f172a">
                {text(c)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="sr-only">
        <caption>{t("categories")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("categoryCol")}</th>
            <th scope="col">{t("averageCol")}</th>
            <th scope="col">{t("pointsCol")}</th>
          </tr>
        </thead>
        <tbody>
          {averages.map((c) => (
            <tr key={c.code}>
              <th scope="row">{c.name}</th>
              <td>{c.average == null ? "—" : c.average.toFixed(1)}</td>
              <td>{c.points}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
