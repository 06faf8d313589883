// GET /api/statements/:year?person=:id — a leader's 述职 draft (一岗双责 section) as Word, 公文 layout: the
// stored text, or a fresh draft from the records when none is stored. A leader's own; the office any
// leader's. Audited; never cached (defineRoute).
import { z } from "zod";
import { getStatement, getStatementFigures, listStatementLeaders } from "@/db/queries/statements";
import { orgDateOf, today } from "@/lib/clock";
import { buildStatementText, statementTitle } from "@/lib/records/statement";
import { defineRoute } from "@/server/route";
import { routeId, year } from "@/lib/validation";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const GET = defineRoute({
  name: "statement.download",
  objectType: "duty_statement",
  permission: "statement.edit",
  params: z.strictObject({ year }),
  query: z.strictObject({ person: routeId.optional() }),
  load: async (tx, { params, query }, viewer) => {
    const personId = query.person ?? viewer.personId;
    if (personId == null) return undefined;
    if (!(await listStatementLeaders(tx, params.year, orgDateOf(params.year, today()), personId)).length) return undefined;
    const [stored, figures] = await Promise.all([getStatement(tx, personId, params.year), getStatementFigures(tx, personId, params.year)]);
    if (!figures) return undefined;
    return { object: { personId, year: params.year, stored, figures }, objectId: stored?.id ?? null, target: { personId, year: params.year } };
  },
  respond: async ({ object: { personId, year: y, stored, figures } }) => {
    const { statementDocxBuffer } = await import("@/lib/records/statement-docx");
    const bytes = await statementDocxBuffer(stored?.body ?? buildStatementText(figures));
    return {
      file: { bytes, type: DOCX, name: `${statementTitle(figures)}.docx`, fallback: `statement-${y}-${personId}.docx` },
      audit: { after: { personId, year: y, version: stored?.version ?? null, generated: !stored } },
    };
  },
});
