// Dates as the bureau sees them: Asia/Shanghai.
export const TIME_ZONE = "Asia/Shanghai";

export function shanghaiDate(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function shanghaiYear(now: Date): number {
  return Number(shanghaiDate(now).slice(0, 4));
}
