import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "../client";
import { holdingInForceAs } from "./holdings";

/** Org health figures for the admin home page: one query. */
export async function getOrgFigures(db: Db, year: number, today: string) {
  type Figures = {
    units: number;
    posts: number;
    people: number;
    vacant_posts: number;
    units_without_head: number;
    units_without_leader: number;
  };
  const result = await db.execute(sql`
    with active_holdings as (
      select h.post_id from post_holdings h
      where ${holdingInForceAs("h", today)}
    )
    select
      (select count(*) from units where is_active)::int as units,
      (select count(*) from posts where is_active)::int as posts,
      (select count(*) from people where is_active)::int as people,
      (select count(*) from posts p where p.is_active and not exists (select 1 from active_holdings a where a.post_id = p.id))::int as vacant_posts,
      (select count(*) from units u where u.is_active and u.kind in ('section','affiliated','branch')
         and not exists (select 1 from posts p join active_holdings a on a.post_id = p.id where p.unit_id = u.id and p.kind = 'head' and p.is_active))::int as units_without_head,
      (select count(*) from units u where u.is_active and u.kind in ('section','affiliated','branch')
         and not exists (select 1 from supervisions s where s.unit_id = u.id and s.year = ${year}))::int as units_without_leader
  `);
  return rowsOf<Figures>(result)[0];
}
