import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { committeeMembers, committees, people, postHoldings, posts, supervisions, units, users } from "../schema";
import { holdingInForce } from "./holdings";

/** A person with every holding (history included), supervisions and committee seats: four queries. */
export async function getPersonDetail(db: Db, personId: number) {
  const [person] = await db
    .select({ id: people.id, staffNo: people.staffNo, name: people.name, phone: people.phone, isActive: people.isActive, version: people.version, username: users.username })
    .from(people)
    .leftJoin(users, eq(users.personId, people.id))
    .where(eq(people.id, personId));
  if (!person) return undefined;
  const [holdings, supervised, seats] = await Promise.all([
    db
      .select({
        id: postHoldings.id,
        postId: posts.id,
        postName: posts.name,
        postKind: posts.kind,
        unitId: units.id,
        unitName: units.name,
        type: postHoldings.type,
        startDate: postHoldings.startDate,
        endDate: postHoldings.endDate,
      })
      .from(postHoldings)
      .innerJoin(posts, eq(posts.id, postHoldings.postId))
      .innerJoin(units, eq(units.id, posts.unitId))
      .where(eq(postHoldings.personId, personId))
      .orderBy(desc(postHoldings.startDate), desc(postHoldings.id)),
    db
      .select({ year: supervisions.year, unitId: units.id, unitName: units.name, kind: supervisions.kind })
      .from(supervisions)
      .innerJoin(units, eq(units.id, supervisions.unitId))
      .where(eq(supervisions.leaderId, personId))
      .orderBy(desc(supervisions.year), asc(units.sortOrder), asc(units.id)),
    db
      .select({ year: committees.year, role: committeeMembers.role })
      .from(committeeMembers)
      .innerJoin(committees, eq(committees.id, committeeMembers.committeeId))
      .where(and(eq(committeeMembers.personId, personId), eq(committeeMembers.isActive, true)))
      .orderBy(desc(committees.year)),
  ]);
  return { person, holdings, supervised, seats };
}

/** Units of a person's current posts, for scope checks. */
export async function getPersonUnitIds(db: Db, personId: number, today: string) {
  const rows = await db
    .select({ unitId: posts.unitId })
    .from(postHoldings)
    .innerJoin(posts, eq(posts.id, postHoldings.postId))
    .where(
      and(
        eq(postHoldings.personId, personId),
        holdingInForce(today),
      ),
    );
  return [...new Set(rows.map((r) => r.unitId))];
}
