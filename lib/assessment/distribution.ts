// The results' score distribution: how many units fall in each band of the chart.
export type Bucket = { key: string; min: number; max: number | null; count: number };

/** Score bands of the distribution chart: < 60, 60–70, 70–80, 80–90, ≥ 90. */
export const BUCKETS: Omit<Bucket, "count">[] = [
  { key: "lt60", min: 0, max: 60 },
  { key: "60to70", min: 60, max: 70 },
  { key: "70to80", min: 70, max: 80 },
  { key: "80to90", min: 80, max: 90 },
  { key: "ge90", min: 90, max: null },
];

export function distributionOf(totals: number[]): Bucket[] {
  return BUCKETS.map((b) => ({
    ...b,
    count: totals.filter((t) => t >= b.min && (b.max == null || t < b.max)).length,
  }));
}
