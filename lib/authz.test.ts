import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { can, forYear, hasPermission, hasPermissionInAnyYear, navFor, PERMISSIONS, ROLES, type Permission, type Role, type Viewer } from "./authz";

// The expected matrix, written out independently of the table: a permission added to the table without
// a row here, or a grant that changes, fails this test.
const EXPECTED: Record<Permission, Role[]> = {
  "home.view": [...ROLES],
  "profile.update": [...ROLES],
  "org.view": ["system_admin", "committee_office", "committee_member", "leader"],
  "org.manage": ["system_admin"],
  "user.manage": ["system_admin"],
  "role.manage": ["security_admin"],
  "settings.manage": ["security_admin"],
  "person.view": ["system_admin", "committee_office", "committee_member", "leader", "unit_head", "safety_liaison", "staff"],
  "duty.view": ["committee_office", "committee_member", "leader", "unit_head", "safety_liaison", "staff"],
  "duty.edit": ["committee_office", "unit_head", "safety_liaison"],
  "duty.publish": ["committee_office"],
  "template.manage": ["committee_office"],
  "year.rollover": ["committee_office"],
  "duty.review": ["leader"],
  "duty.sign": ["leader", "unit_head", "staff"],
  "duty.approve": ["committee_office"],
  "duty.return": ["committee_office", "leader", "unit_head", "staff"],
  "coverage.view": ["committee_office", "committee_member", "leader", "unit_head"],
  "signing.view": ["committee_office", "committee_member", "leader", "unit_head"],
  "assessment.view": ["committee_office", "committee_chair", "committee_member", "leader", "unit_head", "safety_liaison", "staff"],
  "scheme.manage": ["committee_office"],
  "scheme.approve": ["committee_chair"],
  "indicator.manage": ["committee_office"],
  "assessment.self.view": ["committee_office", "committee_chair", "leader", "unit_head", "safety_liaison"],
  "assessment.self.edit": ["unit_head", "safety_liaison"],
  "assessment.review": ["committee_office", "committee_member", "leader"],
  "assessment.veto": ["committee_office"],
  "assessment.decide": ["committee_chair"],
  "assessment.objection": ["unit_head"],
  "assessment.objection.decide": ["committee_office"],
  "assessment.reopen": ["committee_office"],
  "sanction.confirm": ["committee_chair"],
  "record.view": ["committee_office", "committee_chair", "committee_member", "leader", "unit_head", "safety_liaison", "staff"],
  "record.edit": ["committee_office", "leader", "unit_head", "safety_liaison", "staff"],
  "hazard.view": ["committee_office", "committee_chair", "committee_member", "leader", "unit_head", "safety_liaison"],
  "hazard.edit": ["committee_office", "unit_head", "safety_liaison"],
  "hazard.supervise": ["committee_office"],
  "accident.view": ["committee_office", "committee_chair", "committee_member", "leader"],
  "accident.edit": ["committee_office"],
  "accountability.view": ["committee_office", "committee_chair", "leader", "staff"],
  "accountability.edit": ["committee_office"],
  "trace.view": ["committee_office", "committee_chair"],
  "statement.edit": ["committee_office", "leader"],
  "report.view": ["committee_office", "committee_chair", "committee_member", "leader"],
  "report.edit": ["committee_office"],
  "report.approve": ["committee_office"],
  "scoresheet.view": ["committee_office", "committee_chair", "committee_member", "leader", "unit_head", "safety_liaison"],
  "audit.view": ["audit_admin"],
  "audit.verify": ["audit_admin"],
  "audit.export": ["audit_admin"],
};

function viewer(roles: Role[], extra: Partial<Viewer> = {}): Viewer {
  return {
    userId: 1,
    username: "u",
    personId: 10,
    personName: "张三",
    roles,
    locale: "zh",
    headedUnitIds: [],
    liaisonUnitIds: [],
    supervisedUnitIds: [],
    ownUnitIds: [],
    mustChangePassword: false,
    sessionId: "s",
    year: 2026,
    baseRoles: roles,
    byYear: {},
    ...extra,
  };
}

describe("permission table × every role", () => {
  it("has an expected row for every permission", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const permission of Object.keys(EXPECTED) as Permission[]) {
    for (const role of ROLES) {
      const allowed = EXPECTED[permission].includes(role);
      it(`${permission} × ${role} → ${allowed ? "allowed" : "denied"}`, () => {
        expect(hasPermission(viewer([role]), permission)).toBe(allowed);
      });
    }
  }
});

describe("scopes: in and out of scope", () => {
  const inUnit = { unitIds: [5], personId: 99 };
  const otherUnit = { unitIds: [6], personId: 98 };
  it("a unit head sees people of the unit they head, not another unit", () => {
    const v = viewer(["unit_head", "staff"], { headedUnitIds: [5], ownUnitIds: [5] });
    expect(can(v, "person.view", inUnit)).toBe(true);
    expect(can(v, "person.view", otherUnit)).toBe(false);
  });
  it("a leader sees people of supervised units only", () => {
    const v = viewer(["leader", "staff"], { supervisedUnitIds: [5] });
    expect(can(v, "person.view", inUnit)).toBe(true);
    expect(can(v, "person.view", otherUnit)).toBe(false);
  });
  it("staff see only themselves", () => {
    const v = viewer(["staff"], { ownUnitIds: [5] });
    expect(can(v, "person.view", { unitIds: [5], personId: 10 })).toBe(true);
    expect(can(v, "person.view", inUnit)).toBe(false);
  });
  it("an 'all' grant needs no target; a scoped one does", () => {
    expect(can(viewer(["system_admin"]), "org.manage")).toBe(true);
    expect(can(viewer(["unit_head"], { headedUnitIds: [5] }), "person.view")).toBe(false);
  });
  it("administrators see only their own navigation", () => {
    expect(navFor(viewer(["audit_admin"])).map((n) => n.key)).toEqual(["home", "profile", "audit"]);
    // Staff browse the lists they may read (their own), read-only.
    expect(navFor(viewer(["staff"])).map((n) => n.key)).toEqual(["home", "profile", "myDuties", "pledges", "duties", "assessment", "records", "accountability"]);
  });
});

// Every server action file goes through defineAction with a permission, except the few auth actions.
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

describe("server actions", () => {
  const root = path.resolve(__dirname, "..");
  const files = [...walk(path.join(root, "app")), ...walk(path.join(root, "lib")), ...walk(path.join(root, "server"))].filter(
    (f) => /\.(ts|tsx)$/.test(f) && /^\s*["']use server["'];/m.test(readFileSync(f, "utf8")),
  );
  const AUTH_ACTIONS = ["app/(auth)/login/actions.ts", "server/auth/actions.ts", "server/i18n/actions.ts"];
  it("every exported action in app/ is made by defineAction with a permission", () => {
    for (const f of files) {
      const rel = path.relative(root, f);
      if (AUTH_ACTIONS.includes(rel)) continue;
      const src = readFileSync(f, "utf8");
      const exported = [...src.matchAll(/export\s+(?:const|async function|function)\s+(\w+)/g)].map((m) => m[1]);
      const defined = [...src.matchAll(/export\s+const\s+(\w+)\s*=\s*defineAction\(\s*\{[\s\S]*?permission:\s*"([\w.]+)"/g)];
      expect(defined.map((d) => d[1]).sort(), rel).toEqual(exported.sort());
      for (const d of defined) expect(Object.keys(PERMISSIONS), `${rel}: ${d[1]}`).toContain(d[2]);
    }
  });
});

// Every route handler goes through defineRoute with a permission, except Auth.js's own and the health check.
describe("route handlers", () => {
  const root = path.resolve(__dirname, "..");
  const PUBLIC = ["app/api/auth/[...nextauth]/route.ts", "app/api/health/route.ts"];
  it("every exported handler in app/api is made by defineRoute with a permission", () => {
    const routes = walk(path.join(root, "app", "api")).filter((f) => f.endsWith("route.ts"));
    expect(routes.length).toBeGreaterThan(5);
    for (const f of routes) {
      const rel = path.relative(root, f);
      if (PUBLIC.includes(rel)) continue;
      const src = readFileSync(f, "utf8");
      const handlers = [...src.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
      const defined = [...src.matchAll(/export\s+const\s+(GET|POST|PUT|PATCH|DELETE)\s*=\s*defineRoute\(\s*\{[\s\S]*?permission:\s*"([\w.]+)"/g)];
      expect(handlers.length, rel).toBeGreaterThan(0);
      expect(defined.map((d) => d[1]).sort(), rel).toEqual(handlers.sort());
      for (const d of defined) expect(Object.keys(PERMISSIONS), `${rel}: ${d[1]}`).toContain(d[2]);
    }
  });
});

// Writes to the database happen only in db/ (query functions that take an AuditedTx).
describe("one way to mutate", () => {
  const root = path.resolve(__dirname, "..");
  it("no insert/update/delete outside db/", () => {
    const offenders = ["app", "lib", "server", "components"]
      .flatMap((d) => walk(path.join(root, d)))
      .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith(".test.ts"))
      .filter((f) => /\b(db|tx|\w+Db|database)\s*\.\s*(insert|update|delete)\(/.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });
  it("every write function in db/queries takes an AuditedTx", () => {
    const dir = path.join(root, "db", "queries");
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".ts") && !x.endsWith(".test.ts"))) {
      const src = readFileSync(path.join(dir, f), "utf8");
      const fns = src.split(/\nexport async function /).slice(1);
      for (const fn of fns) {
        const name = fn.slice(0, fn.indexOf("("));
        const writes = /\.(insert|update|delete)\(/.test(fn.split(/\nexport /)[0]);
        // countDenial: a signed-out request is counted, and the window's audit summary stands for the count.
        if (!writes || name === "touchSession" || name === "appendAudit" || name === "countDenial") continue;
        expect(fn.slice(0, fn.indexOf(")")), `${f}: ${name}`).toMatch(/tx: AuditedTx/);
      }
    }
  });
});

describe("authority follows the year acted on", () => {
  // The 2026 chair and 分管 leader of unit 7, read in 2027 when the 2027 committee no longer has them.
  const y = { Y: 2026, next: 2027 };
  const v = viewer(["leader", "staff"], {
    year: y.next,
    baseRoles: ["leader", "staff"],
    byYear: {
      [y.Y]: { supervisedUnitIds: [7], committeeSeat: "chair" },
      [y.next]: { supervisedUnitIds: [8], committeeSeat: null },
    },
    supervisedUnitIds: [8],
  });
  it("last year's chair decides last year, not this one", () => {
    expect(can(v, "assessment.decide", { year: y.Y })).toBe(true);
    expect(can(v, "assessment.decide", { year: y.next })).toBe(false);
    expect(can(v, "assessment.decide")).toBe(false);
  });
  it("分管 scopes are the year's", () => {
    expect(can(v, "duty.review", { unitIds: [7], year: y.Y })).toBe(true);
    expect(can(v, "duty.review", { unitIds: [7], year: y.next })).toBe(false);
    expect(can(v, "duty.review", { unitIds: [8], year: y.next })).toBe(true);
    expect(can(v, "duty.review", { unitIds: [8], year: y.Y })).toBe(false);
  });
  it("forYear recomputes roles and scopes, and a year with nothing leaves the base roles", () => {
    const last = forYear(v, y.Y);
    expect(last.roles).toEqual(expect.arrayContaining(["committee_member", "committee_chair", "leader"]));
    expect(last.supervisedUnitIds).toEqual([7]);
    expect(forYear(v, 2030).roles.sort()).toEqual(["leader", "staff"]);
    expect(forYear(v, y.next)).toBe(v);
  });
  it("the first gate admits a permission held in any year", () => {
    expect(hasPermission(v, "assessment.decide")).toBe(false);
    expect(hasPermissionInAnyYear(v, "assessment.decide")).toBe(true);
    expect(hasPermissionInAnyYear(viewer(["staff"]), "assessment.decide")).toBe(false);
  });
});
