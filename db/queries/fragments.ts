// SQL fragments shared by the queries, each built from the one definition of its rule in lib/.
import { sql } from "drizzle-orm";
import { LEADER_POST_KINDS } from "@/lib/org/post-kinds";

/** `('director', 'party_secretary', …)`: the leader post kinds, for `kind in ${LEADER_KINDS_SQL}`. */
export const LEADER_KINDS_SQL = sql.raw(`(${LEADER_POST_KINDS.map((k) => `'${k}'`).join(", ")})`);
