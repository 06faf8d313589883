// The 事实依据 of the reporting veto an accident proposes, written from the computed report hops and the
// office's findings (the text the committee confirms or dismisses).
import type { HopResult, ReportFlags } from "./accident-level";
import { formatDateTime } from "@/lib/format/datetime";

const HOP_NAMES = { unit_to_bureau: "事故单位负责人→本局", bureau_to_superior: "本局→市政府及上级部门" } as const;
const hm = (d: Date) => formatDateTime(d, "zh");

/** Which hop was late or missing, by how much, and the office's findings of 谎报 and 瞒报. */
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
