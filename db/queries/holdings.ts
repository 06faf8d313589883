import { sql } from "drizzle-orm";
import { postHoldings } from "../schema";

/** A post holding in force on `date` (acting and concurrent included): started, and not ended before it. */
export const holdingInForce = (date: string) =>
  sql`${postHoldings.startDate} <= ${date}::date and (${postHoldings.endDate} is null or ${postHoldings.endDate} >= ${date}::date)`;

/** The same rule in raw SQL over a `post_holdings` alias (`h`, `ph`, …). */
export const holdingInForceAs = (alias: "h" | "ph" | "z", date: string) => {
  const a = sql.raw(alias);
  return sql`${a}.start_date <= ${date}::date and (${a}.end_date is null or ${a}.end_date >= ${date}::date)`;
};
