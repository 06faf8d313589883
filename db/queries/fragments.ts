// SQL fragments shared by the queries, each built from the one definition of its rule in lib/.
import { sql } from "drizzle-orm";
import { LEADER_POST_KINDS } from "@/lib/org/post-kinds";
import { HOLDING_PRECEDENCE } from "@/lib/signing/cascade";

/** `('a', 'b', …)` from a fixed list of identifiers defined in lib/ (never from input). */
export const sqlList = (values: readonly string[]) => sql.raw(`(${values.map((k) => `'${k}'`).join(", ")})`);

/** `('director', 'party_secretary', …)`: the leader post kinds, for `kind in ${LEADER_KINDS_SQL}`. */
export const LEADER_KINDS_SQL = sqlList(LEADER_POST_KINDS);

/** The rank of a holding (`alias.type`) in HOLDING_PRECEDENCE: 0 primary, 1 acting, 2 concurrent. */
export const holdingRankAs = (alias: "h" | "ph") =>
  sql.raw(`case ${alias}.type ${HOLDING_PRECEDENCE.map((t, i) => `when '${t}' then ${i}`).join(" ")} end`);
