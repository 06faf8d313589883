// A compact view of an audit before/after for the audit table.
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const show = (v: unknown) => clip(typeof v === "string" ? v : JSON.stringify(v) ?? "null", 40);
const isPlain = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** `key: before → after` for changed keys, `key: value` when only one side exists; capped in length. */
export function compactChange(before: unknown, after: unknown, max = 160): string {
  if (before == null && after == null) return "";
  if ((before == null || isPlain(before)) && (after == null || isPlain(after))) {
    const b = (before ?? {}) as Record<string, unknown>;
    const a = (after ?? {}) as Record<string, unknown>;
    const parts: string[] = [];
    for (const k of [...new Set([...Object.keys(b), ...Object.keys(a)])]) {
      const inB = k in b;
      const inA = k in a;
      if (inB && inA) {
        if (JSON.stringify(b[k]) !== JSON.stringify(a[k])) parts.push(`${k}: ${show(b[k])} → ${show(a[k])}`);
      } else parts.push(`${k}: ${show(inA ? a[k] : b[k])}${inB ? " → ∅" : ""}`);
    }
    return clip(parts.join("; "), max);
  }
  return clip(`${before == null ? "" : `${show(before)} → `}${show(after)}`, max);
}
