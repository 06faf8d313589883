// Times as the bureau reads them: Asia/Shanghai, "2026-11-27 10:05".
import { TIME_ZONE } from "@/lib/clock";

const fmt = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export function shanghaiDateTime(d: Date | string | null | undefined): string {
  if (!d) return "—";
  const parts = Object.fromEntries(fmt.formatToParts(new Date(d)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
