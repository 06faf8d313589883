// Test factories (integration tests only) for the organisation: units, posts, people holding them, logins
// with granted roles, 分管 and a year's committee. Each inserts one small thing with defaults a test can
// override and returns the row; names and codes are unique within a test file.
import type { AuditedTx } from "../audited";
import {
  committeeMembers,
  committees,
  people,
  postHoldings,
  posts,
  settings,
  supervisions,
  userRoles,
  users,
  units,
  type NewPerson,
  type NewPost,
  type NewUnit,
} from "../schema";
import { calendarYear, now } from "@/lib/clock";

let counter = 0;
/** A number unique within the test file, for names, codes and staff numbers. */
export const seq = () => ++counter;

/** `o` without its undefined fields, so that spreading it over defaults keeps them. */
export function given<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

type PostKind = NewPost["kind"];
type GrantedRole = (typeof userRoles.$inferInsert)["role"];
type CommitteeRole = (typeof committeeMembers.$inferInsert)["role"];

/** Holdings start here unless told otherwise: long enough before any year a test looks at. */
export const longAgo = () => `${calendarYear() - 10}-01-01`;

export async function makeUnit(tx: AuditedTx, o: Partial<NewUnit> = {}) {
  const i = seq();
  const [row] = await tx
    .insert(units)
    .values({ code: `U-${i}`, name: `单位${i}`, kind: "section", group: "regulatory", sortOrder: i, ...given(o) })
    .returning();
  return row;
}

export async function makePost(tx: AuditedTx, o: Partial<NewPost> & { unitId: number }) {
  const i = seq();
  const [row] = await tx
    .insert(posts)
    .values({ name: `岗位${i}`, kind: "staff", sortOrder: i, ...given(o) })
    .returning();
  return row;
}

export async function makePerson(tx: AuditedTx, o: Partial<NewPerson> = {}) {
  const i = seq();
  const [row] = await tx
    .insert(people)
    .values({ staffNo: `T${String(i).padStart(5, "0")}`, name: `人员${i}`, ...given(o) })
    .returning();
  return row;
}

export async function makeHolding(
  tx: AuditedTx,
  o: { personId: number; postId: number; type?: "primary" | "concurrent" | "acting"; startDate?: string; endDate?: string | null },
) {
  const [row] = await tx
    .insert(postHoldings)
    .values({ type: "primary", startDate: longAgo(), ...given(o) })
    .returning();
  return row;
}

/**
 * Someone in a unit: a person holding a post there (a new post unless `postId` is given). The post kind
 * decides the roles that follow from the org: `head` makes a unit head, a leader kind in the leadership
 * team a bureau leader.
 */
export async function makeMember(
  tx: AuditedTx,
  o: {
    unitId: number;
    postId?: number;
    post?: string;
    kind?: PostKind;
    name?: string;
    type?: "primary" | "concurrent" | "acting";
    startDate?: string;
    endDate?: string | null;
  },
) {
  const postId = o.postId ?? (await makePost(tx, { unitId: o.unitId, name: o.post, kind: o.kind ?? "staff" })).id;
  const person = await makePerson(tx, o.name ? { name: o.name } : {});
  await makeHolding(tx, { personId: person.id, postId, type: o.type, startDate: o.startDate, endDate: o.endDate });
  return { personId: person.id, postId, name: person.name };
}

/**
 * A login. `passwordHash` defaults to a value no password verifies (hash one with lib/auth/password when
 * the test signs in); `roles` are the granted roles (the others follow from the person's posts).
 */
export async function makeUser(
  tx: AuditedTx,
  o: { personId?: number | null; username?: string; passwordHash?: string; roles?: (GrantedRole | { role: GrantedRole; unitId: number })[] } = {},
) {
  const i = seq();
  const at = now();
  const [row] = await tx
    .insert(users)
    .values({
      username: o.username ?? `user${i}`,
      passwordHash: o.passwordHash ?? "x",
      personId: o.personId ?? null,
      passwordChangedAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  const grants = (o.roles ?? []).map((r) => (typeof r === "string" ? { role: r, unitId: null } : r));
  if (grants.length) await tx.insert(userRoles).values(grants.map((g) => ({ userId: row.id, ...g })));
  return row;
}

export async function makeSupervision(
  tx: AuditedTx,
  o: { year: number; leaderId: number; unitId: number; kind?: "primary" | "assist" },
) {
  const [row] = await tx
    .insert(supervisions)
    .values({ kind: "primary", ...given(o) })
    .returning();
  return row;
}

/** A year's committee (安委会) with its seats; the year counts as prepared once it exists. */
export async function makeCommittee(
  tx: AuditedTx,
  o: { year: number; officeUnitId: number; name?: string; members?: { personId: number; role: CommitteeRole; isActive?: boolean }[] },
) {
  const [committee] = await tx
    .insert(committees)
    .values({ year: o.year, name: o.name ?? `${o.year}年度安全生产委员会`, officeUnitId: o.officeUnitId })
    .returning();
  const members = o.members?.length
    ? await tx
        .insert(committeeMembers)
        .values(o.members.map((m) => ({ committeeId: committee.id, ...m })))
        .returning()
    : [];
  return { committee, members };
}

/** A setting (e.g. `signing_deadline_month_day`), replacing any value it had. */
export async function makeSetting(tx: AuditedTx, key: string, value: string) {
  await tx.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
}
