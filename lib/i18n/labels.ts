// Labels shown in the viewer's language when the data carries its own: a scheme's grade bands have Chinese
// labels the committee may rename, and the standard grades have names in the messages (enums.grade). And
// chart labels cut to the room they have, measured for Chinese and Latin script alike.

/** The grades every new scheme starts with (db/queries/assessment-scheme). */
export const STANDARD_GRADES = ["excellent", "good", "pass", "fail"] as const;
export type StandardGrade = (typeof STANDARD_GRADES)[number];

export const isStandardGrade = (key: string): key is StandardGrade =>
  (STANDARD_GRADES as readonly string[]).includes(key);

/**
 * A grade's name: in Chinese the scheme's own label (as the committee named it); in another language the
 * message of a standard grade, else the scheme's label. "—" for no grade.
 */
export function gradeName(
  bands: readonly { key: string; label: string }[],
  key: string | null | undefined,
  locale: string,
  standardName: (key: StandardGrade) => string,
): string {
  if (key == null || key === "") return "—";
  const label = bands.find((b) => b.key === key)?.label;
  if (!locale.toLowerCase().startsWith("en")) return label ?? (isStandardGrade(key) ? standardName(key) : key);
  return isStandardGrade(key) ? standardName(key) : (label ?? key);
}

// Ideographs, kana, hangul and full-width forms take about one em; other characters about 0.6 em.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The width of a text in ems, roughly, as a chart draws it. */
export function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 1 : 0.6;
  return w;
}

/** The text whole when it fits in `maxEm`, else cut with "…" to fit (the full text belongs in a tooltip or table). */
export function fitLabel(text: string, maxEm: number): string {
  if (textWidthEm(text) <= maxEm) return text;
  let out = "";
  let w = textWidthEm("…");
  for (const ch of text) {
    const cw = WIDE.test(ch) ? 1 : 0.6;
    if (w + cw > maxEm) break;
    out += ch;
    w += cw;
  }
  return `${out.trimEnd()}…`;
}
