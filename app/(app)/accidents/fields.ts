// The accident form's own input rules (times in Asia/Shanghai, whole numbers of people) and the veto basis
// text built from the computed hops. Shared by the action and the pages; no database.
import { z } from "zod";
import { nfkc } from "@/lib/validation";
import type { HopResult, ReportFlags } from "@/lib/records/accident-level";
import { formatDateTime, shanghaiParts } from "@/lib/format/datetime";

const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;

/** "2025-08-14T10:00" (a datetime-local value) read as Asia/Shanghai; null when it is not a real time. */
export function parseShanghaiDateTime(s: string): Date | null {
  const m = DATETIME.exec(s);
  if (!m) return null;
  const [, , mo, d, h, mi] = m.map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00+08:00`);
  if (Number.isNaN(date.getTime())) return null;
  // 2025-02-30 rolls over in Date: refuse it.
  return toShanghaiInput(date) === `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` ? date : null;
}

/** The datetime-local value of an instant in Asia/Shanghai. */
export function toShanghaiInput(d: Date): string {
  const p = shanghaiParts(d);
  return p ? `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}` : "";
}

export const dateTime = z
  .string({ error: "validation.required" })
  .transform(nfkc)
  .pipe(z.string().min(1, { error: "validation.required" }))
  .transform((s, ctx) => {
    const d = parseShanghaiDateTime(s);
    if (!d) ctx.addIssue({ code: "custom", message: "accidents.errors.datetime" });
    return d ?? new Date(0);
  });

export const optionalDateTime = z
  .union([z.string(), z.null(), z.undefined()])
  .transform((v) => (v == null ? "" : nfkc(v)))
  .transform((s, ctx) => {
    if (s === "") return null;
    const d = parseShanghaiDateTime(s);
    if (!d) ctx.addIssue({ code: "custom", message: "accidents.errors.datetime" });
    return d;
  });

/** A whole number of people, 0 to 9999; full-width digits read as ASCII; -1, 1e3, 2.5 refused. */
export const headcount = z
  .union([z.string(), z.number()], { error: "validation.required" })
  .transform((v) => (typeof v === "number" ? String(v) : nfkc(v)))
  .pipe(
    z
      .string()
      .min(1, { error: "validation.required" })
      .regex(/^\d{1,4}$/, { error: "accidents.errors.people" }),
  )
  .transform(Number);

const HOP_NAMES = { unit_to_bureau: "事故单位负责人→本局", bureau_to_superior: "本局→市政府及上级部门" } as const;
const hm = (d: Date) => formatDateTime(d, "zh");

/** 事实依据 of the proposed veto: which hop was late or missing, by how much, and the office's findings. */
export function vetoBasis(
  title: string,
  occurredAt: Date,
  hops: HopResult[],
  flags: ReportFlags,
  reasons: { false: string | null; concealed: string | null },
) {
  const parts: string[] = [];
  for (const h of hops) {
    if (h.state === "late")
      parts.push(
        `迟报：${HOP_NAMES[h.hop]}应于 ${hm(h.dueAt)} 前报告，实际 ${hm(h.reportedAt!)}，迟 ${h.lateMinutes} 分钟`,
      );
    if (h.state === "missing") parts.push(`漏报：${HOP_NAMES[h.hop]}应于 ${hm(h.dueAt)} 前报告，未报告`);
  }
  if (flags.isFalse) parts.push(`谎报：${reasons.false ?? "经查存在谎报"}`);
  if (flags.isConcealed) parts.push(`瞒报：${reasons.concealed ?? "经查存在瞒报"}`);
  return `${hm(occurredAt)} ${title}。${parts.join("；")}`;
}
