// What every evidence download route shares: the signed-in check with audited refusals, and the response
// that always downloads (never renders inline), is never cached, and runs nothing if opened anyway.
import { getDb, type Db } from "@/db/client";
import { recordAudit } from "@/db/audited";
import type { AuditActor } from "@/db/queries/audit";
import type { Viewer } from "@/lib/authz";
import { attachmentDisposition } from "@/lib/assessment/attachments";
import { actorOf, getViewer } from "@/lib/auth/viewer";

const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

export const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: NO_STORE });

export type DownloadStart =
  | { response: Response }
  | { response?: undefined; viewer: Viewer; db: Db; actor: AuditActor; id: number; deny: (status: number) => Promise<Response> };

/** Viewer, database and a numeric id — or the refusal to send (401/403 audited as denied, 400 for a bad id). */
export async function startDownload(rawId: string, audit: { action: string; objectType: string }): Promise<DownloadStart> {
  const viewer = await getViewer();
  const db = await getDb();
  const actor = await actorOf(viewer);
  const objectId = /^\d{1,9}$/.test(rawId) ? rawId : null;
  const deny = async (status: number) => {
    await recordAudit(db, actor, { ...audit, objectId, result: "denied" });
    return refuse(status, status === 401 ? "signedOut" : "forbidden");
  };
  if (!viewer) return { response: await deny(401) };
  if (viewer.mustChangePassword) return { response: await deny(403) };
  if (!objectId) return { response: refuse(400, "invalid") };
  return { viewer, db, actor, id: Number(objectId), deny };
}

export function fileResponse(file: { id: number; filename: string; mime: string; data: Uint8Array }): Response {
  return new Response(new Uint8Array(file.data), {
    headers: {
      ...NO_STORE,
      "Content-Type": file.mime,
      "Content-Length": String(file.data.length),
      "Content-Disposition": attachmentDisposition(file.filename, file.id),
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
