// Health: 200 when the database answers, 503 otherwise. Opening it here also migrates it.
import { getHandle } from "@/db/client";
import { noteDatabaseError } from "@/lib/availability";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const h = await getHandle();
    await h.query("select 1");
    return Response.json({ status: "ok", database: h.kind }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    console.error("[health]", (e as Error).message);
    noteDatabaseError(e);
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
