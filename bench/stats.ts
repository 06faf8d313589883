// Small helpers shared by the benchmarks: a query counter and median/p95 summaries.
import type { Db } from "@/db/client";

/** Counts the statements issued through the query builder and `execute`. */
export function counting(db: Db): { db: Db; count: () => number } {
  let n = 0;
  const starters = new Set(["select", "selectDistinct", "execute", "insert", "update", "delete"]);
  const proxy = new Proxy(db, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop === "string" && starters.has(prop) && typeof value === "function") {
        return (...args: unknown[]) => {
          n++;
          return value.apply(target, args);
        };
      }
      return value;
    },
  });
  return { db: proxy, count: () => n };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
export const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

export function summary(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: fmt(quantile(s, 0.5)), p95: fmt(quantile(s, 0.95)), max: fmt(s[s.length - 1]) };
}
