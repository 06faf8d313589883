"use server";
// 述职 drafts: generate (or regenerate, confirmed, over the version the editor holds) the text from the
// year's records, and save an edited text with a version check. Scope: a leader's own; the office any
// leader's. One transaction and one audit entry each.
import { z } from "zod";
import { getStatement, getStatementFigures, insertStatement, listStatementLeaders, updateStatement } from "@/db/queries/statements";
import type { Db } from "@/db/client";
import { ActionError, defineAction } from "@/server/action";
import { orgDateOf, today } from "@/lib/clock";
import { buildStatementText } from "@/lib/records/statement";
import { bool, id, text, year } from "@/lib/validation";

const version = z
  .union([z.number(), z.string(), z.null(), z.undefined()])
  .transform((v) => (v === "" || v == null ? null : Number(v)))
  .pipe(z.number({ error: "validation.invalid" }).int({ error: "validation.invalid" }).min(1, { error: "validation.invalid" }).max(2_147_483_647).nullable());

/** The person must lead in the year (supervise units, or hold a leadership post); else nothing to write. */
async function requireLeader(db: Db, personId: number, y: number) {
  const date = orgDateOf(y, today());
  if (!(await listStatementLeaders(db, y, date, personId)).length) throw new ActionError("statement.errors.notLeader");
}

export const generateStatementAction = defineAction({
  name: "statement.generate",
  permission: "statement.edit",
  schema: z.strictObject({ year, personId: id, version, confirm: bool }),
  target: async (_db, input) => ({ personId: input.personId, year: input.year }),
  run: async ({ input, viewer, tx }) => {
    await requireLeader(tx, input.personId, input.year);
    const figures = await getStatementFigures(tx, input.personId, input.year);
    if (!figures) throw new ActionError("errors.notFound");
    const body = buildStatementText(figures);
    const existing = await getStatement(tx, input.personId, input.year);
    if (!existing) {
      const row = await insertStatement(tx, { personId: input.personId, year: input.year, body, updatedBy: viewer.userId });
      if (!row) throw new ActionError("errors.conflict");
      return {
        value: { version: row.version, body },
        audit: { action: "statement.generate", objectType: "duty_statement", objectId: row.id, after: { personId: input.personId, year: input.year, version: row.version } },
      };
    }
    // Regenerating overwrites an edited text: it must be confirmed, over the version the editor holds.
    if (!input.confirm) throw new ActionError("statement.errors.confirm", "confirm");
    if (input.version == null) throw new ActionError("errors.conflict");
    const row = await updateStatement(tx, { personId: input.personId, year: input.year, body, version: input.version, updatedBy: viewer.userId });
    if (!row) throw new ActionError("errors.conflict");
    return {
      value: { version: row.version, body },
      audit: {
        action: "statement.regenerate",
        objectType: "duty_statement",
        objectId: row.id,
        before: { version: existing.version },
        after: { personId: input.personId, year: input.year, version: row.version },
      },
    };
  },
});

export const saveStatementAction = defineAction({
  name: "statement.save",
  permission: "statement.edit",
  schema: z.strictObject({ year, personId: id, version: id, body: text(20000, { multiline: true }) }),
  target: async (_db, input) => ({ personId: input.personId, year: input.year }),
  run: async ({ input, viewer, tx }) => {
    await requireLeader(tx, input.personId, input.year);
    const row = await updateStatement(tx, { personId: input.personId, year: input.year, body: input.body, version: input.version, updatedBy: viewer.userId });
    if (!row) throw new ActionError("statement.errors.stale", "body");
    return {
      value: { version: row.version, body: input.body },
      audit: {
        action: "statement.save",
        objectType: "duty_statement",
        objectId: row.id,
        before: { version: input.version },
        after: { personId: input.personId, year: input.year, version: row.version, length: input.body.length },
      },
    };
  },
});
