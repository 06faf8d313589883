// A backup restored elsewhere has the same counts and an intact audit chain.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { openTestDb } from "./test-utils";
import { seedDemoIfEmpty } from "./scripts/seed";
import { verifyAuditChain } from "./queries/audit";
import { backupDatabase, restoreDatabase } from "./backup";

const work = mkdtempSync(path.join(tmpdir(), "dd-backup-"));
let h: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => {
  await h?.cleanup();
  rmSync(work, { recursive: true, force: true });
});

const COUNTS = "select (select count(*) from units)::int u, (select count(*) from people)::int p, (select count(*) from audit_log)::int a";

describe("backup and restore", () => {
  it("round-trips the demo bureau with counts and the audit chain", async () => {
    const file = path.join(work, "backup.bin");
    let restored;
    if (h.url) {
      await seedDemoIfEmpty(h);
      await backupDatabase({ url: h.url }, file);
      const target = new URL(h.url);
      target.pathname = `${target.pathname}_r`;
      await h.query(`create database ${target.pathname.slice(1)}`);
      try {
        await restoreDatabase({ url: target.toString(), dir: undefined }, file);
        restored = await openDatabase({ url: target.toString(), migrate: false });
        expect(await restored.query(COUNTS)).toEqual(await h.query(COUNTS));
        expect(await verifyAuditChain(restored.db)).toMatchObject({ ok: true });
      } finally {
        await restored?.close();
        await h.query(`drop database if exists ${target.pathname.slice(1)} with (force)`);
      }
    } else {
      const dir = path.join(work, "src");
      const src = await openDatabase({ dir });
      await seedDemoIfEmpty(src);
      const before = await src.query(COUNTS);
      await src.close();
      await backupDatabase({ dir }, file);
      const dest = path.join(work, "dest");
      await restoreDatabase({ dir: dest }, file);
      restored = await openDatabase({ dir: dest });
      try {
        expect(await restored.query(COUNTS)).toEqual(before);
        expect((before[0] as { u: number }).u).toBeGreaterThan(20);
        expect(await verifyAuditChain(restored.db)).toMatchObject({ ok: true });
      } finally {
        await restored.close();
      }
    }
  });
});
