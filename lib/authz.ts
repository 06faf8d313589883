// The one permission table: `resource.action` → role → scope. Deny by default.
export const ADMIN_ROLES = ["system_admin", "security_admin", "audit_admin"] as const;
export const BUSINESS_ROLES = [
  "committee_office",
  "committee_chair",
  "committee_member",
  "leader",
  "unit_head",
  "safety_liaison",
  "staff",
] as const;
export const ROLES = [...ADMIN_ROLES, ...BUSINESS_ROLES] as const;
export type Role = (typeof ROLES)[number];

/** all: everything; supervised: units in the leader's 分管 set for the year; unit: units headed or
 * liaised; self: the viewer's own person. */
export type Scope = "all" | "supervised" | "unit" | "self";

export const PERMISSIONS = {
  "home.view": {
    system_admin: "all",
    security_admin: "all",
    audit_admin: "all",
    committee_office: "all",
    committee_chair: "all",
    committee_member: "all",
    leader: "all",
    unit_head: "all",
    safety_liaison: "all",
    staff: "all",
  },
  "profile.update": {
    system_admin: "self",
    security_admin: "self",
    audit_admin: "self",
    committee_office: "self",
    committee_chair: "self",
    committee_member: "self",
    leader: "self",
    unit_head: "self",
    safety_liaison: "self",
    staff: "self",
  },
  "org.view": { system_admin: "all", committee_office: "all", committee_member: "all", leader: "all" },
  "org.manage": { system_admin: "all" },
  "user.manage": { system_admin: "all" },
  "role.manage": { security_admin: "all" },
  "settings.manage": { security_admin: "all" },
  "person.view": {
    system_admin: "all",
    committee_office: "all",
    committee_member: "all",
    leader: "supervised",
    unit_head: "unit",
    safety_liaison: "unit",
    staff: "self",
  },
  /** Read a responsibility list: all for the committee, supervised units for leaders, own unit for heads,
   * the lists that apply to them for staff (checked with the list's unit and post holders). */
  "duty.view": {
    committee_office: "all",
    committee_member: "all",
    leader: "supervised",
    unit_head: "unit",
    safety_liaison: "unit",
    staff: "self",
  },
  /** Edit a draft: the committee office anywhere; a unit's head or safety liaison for the unit's lists. */
  "duty.edit": { committee_office: "all", unit_head: "unit", safety_liaison: "unit" },
  /** Publish a version (公示) and start a new year from the last. */
  "duty.publish": { committee_office: "all" },
  "template.manage": { committee_office: "all" },
  /** 年度切换: prepare year Y+1 from Y (committee, 分管, lists, scheme, indicators, pledges, deadline). */
  "year.rollover": { committee_office: "all" },
  /** Workflow: a supervising leader reviews; the owner signs (checked against the list's signers);
   * the committee office approves for the committee; returning follows whoever holds the step. */
  "duty.review": { leader: "supervised" },
  "duty.sign": { leader: "self", unit_head: "self", staff: "self" },
  "duty.approve": { committee_office: "all" },
  "duty.return": { committee_office: "all", leader: "supervised", unit_head: "self", staff: "self" },
  "coverage.view": { committee_office: "all", committee_member: "all", leader: "all", unit_head: "all" },
  /** The signing board (层层签订): the whole cascade, like coverage. */
  "signing.view": { committee_office: "all", committee_member: "all", leader: "all", unit_head: "all" },
  /** The annual assessment: scheme and results (results reach everyone once publicised; the query
   * narrows what a unit head or staff member sees before that). */
  "assessment.view": {
    committee_office: "all",
    committee_chair: "all",
    committee_member: "all",
    leader: "all",
    unit_head: "unit",
    safety_liaison: "unit",
    staff: "self",
  },
  /** Build the year's scheme and control indicators, copy last year's, publish. */
  "scheme.manage": { committee_office: "all" },
  /** The committee approves the scheme, decides, publicises, finalises and confirms 奖惩兑现. */
  "scheme.approve": { committee_chair: "all" },
  "indicator.manage": { committee_office: "all" },
  /** A unit's self-assessment: read and write by its head or liaison; read by the office, the
   * committee's chairs, supervising leaders and named reviewers (checked in the query). Not by other
   * units' heads, even when they sit on the committee. */
  "assessment.self.view": { committee_office: "all", committee_chair: "all", leader: "supervised", unit_head: "unit", safety_liaison: "unit" },
  "assessment.self.edit": { unit_head: "unit", safety_liaison: "unit" },
  /** The assessment team (考核组): the office and named members; never their own unit (checked in run). */
  "assessment.review": { committee_office: "all", committee_member: "all", leader: "all" },
  "assessment.veto": { committee_office: "all" },
  "assessment.decide": { committee_chair: "all" },
  "assessment.objection": { unit_head: "unit" },
  "assessment.objection.decide": { committee_office: "all" },
  "assessment.reopen": { committee_office: "all" },
  "sanction.confirm": { committee_chair: "all" },
  /** Work records (履职记录): everyone records their own work; heads and liaisons for their unit; the
   * office for any unit. Reading follows the unit (leaders: units supervised). */
  "record.view": { committee_office: "all", committee_chair: "all", committee_member: "all", leader: "supervised", unit_head: "unit", safety_liaison: "unit", staff: "self" },
  "record.edit": { committee_office: "all", leader: "self", unit_head: "unit", safety_liaison: "unit", staff: "self" },
  /** Hazards: entered by the unit or the office; acceptance and 销号 and 挂牌督办 by the office. */
  "hazard.view": { committee_office: "all", committee_chair: "all", committee_member: "all", leader: "supervised", unit_head: "unit", safety_liaison: "unit" },
  "hazard.edit": { committee_office: "all", unit_head: "unit", safety_liaison: "unit" },
  "hazard.supervise": { committee_office: "all" },
  /** Accidents and accountability cases: the office records them; the committee and leaders read. */
  "accident.view": { committee_office: "all", committee_chair: "all", committee_member: "all", leader: "all" },
  "accident.edit": { committee_office: "all" },
  "accountability.view": { committee_office: "all", committee_chair: "all", leader: "all", staff: "self" },
  "accountability.edit": { committee_office: "all" },
  /** 问责倒查: who held the duty then, what they signed, what evidence exists. */
  "trace.view": { committee_office: "all", committee_chair: "all" },
  /** The 述职 draft: a leader's own; the office may prepare any leader's. */
  "statement.edit": { committee_office: "all", leader: "self" },
  /** The bureau's annual accountability report: the committee, its office and the leaders. */
  "report.view": { committee_office: "all", committee_chair: "all", committee_member: "all", leader: "all" },
  /** Edit the draft's texts, start a new draft, approve (freeze) it: the committee office. */
  "report.edit": { committee_office: "all" },
  "report.approve": { committee_office: "all" },
  /** A unit's score sheet (考核评分表): a unit head or liaison sees their own unit's. */
  "scoresheet.view": { committee_office: "all", committee_chair: "all", committee_member: "all", leader: "all", unit_head: "unit", safety_liaison: "unit" },
  "audit.view": { audit_admin: "all" },
  "audit.verify": { audit_admin: "all" },
  "audit.export": { audit_admin: "all" },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Permission = keyof typeof PERMISSIONS;

/** What a year gives a person: the units they supervise (分管) and their seat on that year's committee. */
export type YearFacts = { supervisedUnitIds: number[]; committeeSeat: string | null };

export type Viewer = {
  userId: number;
  username: string;
  personId: number | null;
  personName: string | null;
  /** Roles for `year`: the base roles plus what that year's 分管 and committee give. */
  roles: Role[];
  locale: "zh" | "en";
  /** Units whose head post the viewer holds. */
  headedUnitIds: number[];
  /** Units the viewer is safety liaison for. */
  liaisonUnitIds: number[];
  /** Units the viewer supervises (分管) in `year`. */
  supervisedUnitIds: number[];
  /** Units of the posts the viewer holds. */
  ownUnitIds: number[];
  mustChangePassword: boolean;
  sessionId: string;
  /** The year the year-scoped roles and scopes are computed for (the working year unless resolved for an object's year). */
  year: number;
  /** Roles that do not depend on a year: granted roles, and what the posts held today give. */
  baseRoles: Role[];
  /** Year-scoped facts for every year the person has any (分管 or a committee seat). */
  byYear: Record<number, YearFacts>;
};

const LEADER_SEATS_CHAIR = new Set(["chair", "executive_vice_chair"]);

/** The viewer's roles and scopes for year `year`: authority over a year's lists, pledges, assessment and
 * report follows the committee and 分管 *of that year*, whatever today's date. The one place this is computed. */
export function forYear<V extends Pick<Viewer, "baseRoles" | "byYear" | "year" | "roles" | "supervisedUnitIds">>(viewer: V, year: number): V {
  if (year === viewer.year) return viewer;
  const facts = viewer.byYear[year] ?? { supervisedUnitIds: [], committeeSeat: null };
  return { ...viewer, year, roles: yearRoles(viewer.baseRoles, facts), supervisedUnitIds: facts.supervisedUnitIds };
}

/** Base roles plus the year's: leader by 分管, committee member and chair by seat. */
export function yearRoles(baseRoles: readonly Role[], facts: YearFacts): Role[] {
  const roles = new Set<Role>(baseRoles);
  if (facts.supervisedUnitIds.length) roles.add("leader");
  if (facts.committeeSeat) roles.add("committee_member");
  if (facts.committeeSeat && LEADER_SEATS_CHAIR.has(facts.committeeSeat)) roles.add("committee_chair");
  return [...roles];
}

/** The object acted on: its units and person for the scope, and its year when it belongs to one (a list,
 * pledge, assessment, report): roles are then those of that year. */
export type Target = { unitIds?: number[]; personId?: number | null; year?: number };

function covers(viewer: Viewer, scope: Scope, target?: Target): boolean {
  if (scope === "all") return true;
  if (!target) return false;
  const inUnits = (ids: number[]) => (target.unitIds ?? []).some((u) => ids.includes(u));
  switch (scope) {
    case "self":
      return target.personId != null && target.personId === viewer.personId;
    case "unit":
      return inUnits([...viewer.headedUnitIds, ...viewer.liaisonUnitIds]) || covers(viewer, "self", target);
    case "supervised":
      return inUnits(viewer.supervisedUnitIds) || covers(viewer, "self", target);
  }
}

/** True when any of the viewer's roles grants the permission over the target. */
export function can(viewer: Pick<Viewer, Exclude<keyof Viewer, "sessionId">> | Viewer, permission: Permission, target?: Target): boolean {
  const v = target?.year !== undefined && viewer.byYear ? forYear(viewer as Viewer, target.year) : viewer;
  const grants = PERMISSIONS[permission] as Partial<Record<Role, Scope>>;
  return v.roles.some((role) => {
    const scope = grants[role];
    return scope !== undefined && covers(v as Viewer, scope, target);
  });
}

/** True when the viewer holds the permission in some year (a first, cheap gate before the object's year is known). */
export function hasPermissionInAnyYear(viewer: Pick<Viewer, "roles" | "baseRoles" | "byYear">, permission: Permission): boolean {
  if (hasPermission(viewer, permission)) return true;
  return Object.values(viewer.byYear ?? {}).some((facts) => hasPermission({ roles: yearRoles(viewer.baseRoles, facts) }, permission));
}

/** True when the viewer holds the permission at all (for showing a page or a link). */
export function hasPermission(viewer: Pick<Viewer, "roles">, permission: Permission): boolean {
  const grants = PERMISSIONS[permission] as Partial<Record<Role, Scope>>;
  return viewer.roles.some((r) => grants[r] !== undefined);
}

export type NavItem = { key: string; href: string; permission: Permission };

export const NAV: NavItem[] = [
  { key: "home", href: "/", permission: "home.view" },
  { key: "profile", href: "/profile", permission: "profile.update" },
  { key: "myDuties", href: "/my-duties", permission: "duty.view" },
  { key: "pledges", href: "/pledges", permission: "duty.view" },
  // Everyone who may read a list browses the ones in their reach; editing stays with duty.edit.
  { key: "duties", href: "/duties", permission: "duty.view" },
  { key: "coverage", href: "/coverage", permission: "coverage.view" },
  { key: "signing", href: "/signing", permission: "signing.view" },
  { key: "assessment", href: "/assessment", permission: "assessment.view" },
  { key: "records", href: "/records", permission: "record.view" },
  { key: "hazards", href: "/hazards", permission: "hazard.view" },
  { key: "accidents", href: "/accidents", permission: "accident.view" },
  { key: "accountability", href: "/accountability", permission: "accountability.view" },
  { key: "trace", href: "/trace", permission: "trace.view" },
  { key: "rollover", href: "/rollover", permission: "year.rollover" },
  { key: "reports", href: "/reports", permission: "scoresheet.view" },
  { key: "org", href: "/admin/org", permission: "org.view" },
  { key: "users", href: "/admin/users", permission: "user.manage" },
  { key: "roles", href: "/admin/roles", permission: "role.manage" },
  { key: "audit", href: "/audit", permission: "audit.view" },
];

export function navFor(viewer: Pick<Viewer, "roles">): NavItem[] {
  return NAV.filter((n) => hasPermission(viewer, n.permission));
}
