// An accident's times as the form writes them: a datetime-local value ("2025-08-14T10:00") read and written
// in Asia/Shanghai, whatever the server's or the browser's zone.
import { shanghaiParts } from "@/lib/format/datetime";

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
