// GET /api/statements/:year?person=:id — a leader's 述职 draft (一岗双责 section) as Word, 公文 layout: the
// stored text, or a fresh draft from the records when none is stored. A leader's own; the office any
// leader's. Audited; never cached.
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/audited";
import { getStatement, getStatementFigures, listStatementLeaders } from "@/db/queries/statements";
import { can } from "@/lib/authz";
import { actorOf, getViewer } from "@/lib/auth/viewer";
import { orgDateOf, today } from "@/lib/clock";
import { buildStatementText, statementTitle } from "@/lib/records/statement";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: NO_STORE });

export async function GET(req: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year: rawYear } = await params;
  const rawPerson = new URL(req.url).searchParams.get("person");
  const viewer = await getViewer();
  const db = await getDb();
  const actor = await actorOf(viewer);
  const valid = /^\d{4}$/.test(rawYear) && +rawYear >= 2000 && +rawYear <= 2100 && (rawPerson === null || /^\d{1,9}$/.test(rawPerson));
  const personId = rawPerson !== null && valid ? Number(rawPerson) : (viewer?.personId ?? null);
  const deny = async (status: number) => {
    await recordAudit(db, actor, { action: "statement.download", objectType: "duty_statement", objectId: personId, result: "denied", after: { year: rawYear } });
    return refuse(status, status === 401 ? "signedOut" : "forbidden");
  };
  if (!viewer) return deny(401);
  if (viewer.mustChangePassword) return deny(403);
  if (!valid || personId == null) return refuse(400, "invalid");
  const year = Number(rawYear);
  if (!can(viewer, "statement.edit", { personId, year })) return deny(403);
  if (!(await listStatementLeaders(db, year, orgDateOf(year, today()), personId)).length) return refuse(404, "notFound");
  const [stored, figures] = await Promise.all([getStatement(db, personId, year), getStatementFigures(db, personId, year)]);
  if (!figures) return refuse(404, "notFound");
  const body = stored?.body ?? buildStatementText(figures);
  const { statementDocxBuffer } = await import("@/lib/records/statement-docx");
  const bytes = await statementDocxBuffer(body);
  await recordAudit(db, actor, {
    action: "statement.download",
    objectType: "duty_statement",
    objectId: stored?.id ?? null,
    after: { personId, year, version: stored?.version ?? null, generated: !stored },
  });
  const name = `${statementTitle(figures)}.docx`.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, "_");
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...NO_STORE,
      "Content-Type": DOCX,
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="statement-${year}-${personId}.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });
}
