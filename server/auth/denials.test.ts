// Integration: a flood of signed-out requests with a junk session cookie (the viewer is null) is counted per
// client and minute, and the audit log gets at most one summary entry per client and window with the count.
// The requests that are only counted never take the audit head lock (shown on PostgreSQL, where a second
// connection can hold it).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { openTestDb } from "@/db/test-utils";
import { verifyAuditChain } from "@/db/queries/audit";
import { setClock } from "@/lib/clock";

let h: Awaited<ReturnType<typeof openTestDb>>;
const client = { ip: "203.0.113.7" };

vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db/client")>()),
  getDb: async () => h.db,
}));
vi.mock("@/server/auth/viewer", () => ({
  getViewer: async () => null,
  actorOf: async () => ({ userId: null, username: null, roles: [], ip: client.ip, userAgent: "flood/1.0", requestId: null }),
}));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));

const { defineRoute } = await import("@/server/route");
const { defineAction } = await import("@/server/action");
const { DENIAL_WINDOW_MS, MAX_CLIENTS_PER_WINDOW, SUMMARY_ACTION, summariseDenials } = await import("@/server/auth/denials");

const download = defineRoute({
  name: "test.flood.download",
  objectType: "record_file",
  permission: "record.view",
  params: z.strictObject({ id: z.string() }),
  load: async () => undefined,
  respond: async () => {
    throw new Error("never reached signed out");
  },
});
const action = defineAction({
  name: "test.flood.action",
  permission: "record.edit",
  schema: z.strictObject({}),
  run: async () => {
    throw new Error("never reached signed out");
  },
});
const get = () => download(new Request("http://localhost/api/records/files/1"), { params: Promise.resolve({ id: "1" }) });

type Row = { seq: number; ip: string | null; object_id: string | null; after: { count: number; clients?: number } };
const summaries = () => h.query<Row>(`select seq, ip, object_id, after from audit_log where action = $1 order by seq`, [SUMMARY_ACTION]);
const auditCount = async () => Number((await h.query<{ n: string }>("select count(*) as n from audit_log"))[0].n);

// A window starts on the minute: the clock is put just after one, so a burst stays inside it.
let base = 0;
beforeAll(async () => {
  h = await openTestDb();
  base = Math.ceil(Date.now() / DENIAL_WINDOW_MS) * DENIAL_WINDOW_MS + 10 * DENIAL_WINDOW_MS;
});
afterAll(async () => {
  setClock(null);
  await h?.cleanup();
});

describe("signed-out denials", () => {
  it("200 junk-cookie denials from one client: at most 2 audit entries whose counts add up to 200", async () => {
    setClock(new Date(base + 500));
    const before = await auditCount();
    const answers = await Promise.all(Array.from({ length: 200 }, get));
    expect(answers.every((r) => r.status === 401)).toBe(true);
    // While the window is open, nothing of the flood is in the audit log.
    expect(await auditCount()).toBe(before);
    // The window closes; the next client's first denial writes the summary.
    setClock(new Date(base + DENIAL_WINDOW_MS + 500));
    client.ip = "198.51.100.1";
    await get();
    const rows = (await summaries()).filter((r) => r.ip === "203.0.113.7");
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.length).toBeLessThanOrEqual(2);
    expect(rows.reduce((n, r) => n + r.after.count, 0)).toBe(200);
    expect(await verifyAuditChain(h.db)).toMatchObject({ ok: true });
  });

  it("signed-out action calls are counted the same way, and a second summary run writes nothing twice", async () => {
    client.ip = "203.0.113.8";
    setClock(new Date(base + 3 * DENIAL_WINDOW_MS + 500));
    const results = await Promise.all(Array.from({ length: 50 }, () => action({})));
    expect(results.every((r) => !r.ok && r.error === "errors.signedOut")).toBe(true);
    setClock(new Date(base + 4 * DENIAL_WINDOW_MS + 500));
    await Promise.all([summariseDenials(h.db), summariseDenials(h.db)]);
    await summariseDenials(h.db);
    const rows = (await summaries()).filter((r) => r.ip === "203.0.113.8");
    expect(rows).toHaveLength(1);
    expect(rows[0].after.count).toBe(50);
  });

  it("forged client addresses cannot multiply entries: past the cap they share one summary", async () => {
    setClock(new Date(base + 6 * DENIAL_WINDOW_MS + 500));
    const clients = MAX_CLIENTS_PER_WINDOW + 30;
    for (let i = 0; i < clients; i++) {
      client.ip = `192.0.2.${i}`;
      await get();
      if (i < 5) await get();
    }
    setClock(new Date(base + 7 * DENIAL_WINDOW_MS + 500));
    const before = (await summaries()).length;
    await summariseDenials(h.db);
    const rows = (await summaries()).slice(before);
    expect(rows).toHaveLength(MAX_CLIENTS_PER_WINDOW + 1);
    expect(rows.reduce((n, r) => n + r.after.count, 0)).toBe(clients + 5);
    expect(rows.find((r) => r.object_id === "*")?.after.clients).toBe(30);
  });

  it("requests that are only counted do not wait for the audit head lock (PostgreSQL)", async (ctx) => {
    if (!h.url) return ctx.skip();
    const { default: postgres } = await import("postgres");
    const other = postgres(h.url, { max: 1, onnotice: () => {} });
    client.ip = "203.0.113.9";
    setClock(new Date(base + 9 * DENIAL_WINDOW_MS + 500));
    await get(); // the client's first denial in the window (it may summarise, so it may take the lock)
    try {
      await other.begin(async (sql) => {
        await sql`select id from audit_head where id = 1 for update`;
        const counted = Promise.all(Array.from({ length: 50 }, get));
        const outcome = await Promise.race([counted.then(() => "done"), new Promise((r) => setTimeout(() => r("blocked"), 5000))]);
        expect(outcome).toBe("done");
      });
    } finally {
      await other.end();
    }
  });
});
