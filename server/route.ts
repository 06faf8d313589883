// Every route handler goes through here, like every server action through defineAction: viewer → a
// password that must change → permission → zod-parsed params and query → the object looked up inside the
// transaction with its scope (and year) → one answer for unknown and out-of-scope ids → an audited,
// never-cached, never-sniffed response whose Content-Disposition comes from one helper.
import "server-only";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { recordAudit, withAudit, type AuditedTx } from "@/db/audited";
import type { AuditActor, AuditRecord } from "@/db/queries/audit";
import { can, forYear, hasPermissionInAnyYear, type Permission, type Target, type Viewer } from "@/lib/authz";
import { actorOf, getViewer } from "@/server/auth/viewer";
import { noteUnauthenticatedDenial } from "@/server/auth/denials";
import { attachmentHeader } from "@/lib/files/disposition";
import { isDatabaseDown, noteDatabaseError } from "@/lib/availability";

export const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } as const;

export const ROUTE_REGISTRY = new Map<string, Permission>();

/** `{ error, message }` with the message in the viewer's language; `error` is a key under `namespace`. */
export async function refuseRoute(status: number, error: string, namespace = "errors"): Promise<Response> {
  const t = await getTranslations(namespace);
  return Response.json({ error, message: t(error as never) }, { status, headers: status === 503 ? { ...NO_STORE, "Retry-After": "2" } : NO_STORE });
}

export type RouteFile = {
  bytes: Uint8Array | Buffer | string;
  type: string;
  /** The real (Chinese) file name, with its extension. */
  name: string;
  /** An ASCII name for old clients. */
  fallback: string;
  /** For files a browser could run (uploads): a CSP that runs nothing if opened anyway. */
  sandbox?: boolean;
};

type Loaded<O> = { object: O; target: Target; objectId?: number | string | null };

export type RouteDef<P extends z.ZodType, Q extends z.ZodType, O> = {
  /** The audit action of a download (and of its refusals). */
  name: string;
  objectType: string;
  permission: Permission;
  /** Where the refusal messages live (default `errors`): signedOut, forbidden, mustChangePassword,
   * invalidRequest, and the codes the params/query schemas name as their error messages. */
  messages?: string;
  params: P;
  query?: Q;
  /** The object and its scope from the database, inside the transaction; undefined for an unknown id. */
  load: (tx: Db, input: { params: z.output<P>; query: z.output<Q> }, viewer: Viewer) => Promise<Loaded<O> | undefined>;
  /** A rule beyond the permission table, on the viewer resolved for the object's year. */
  allow?: (viewer: Viewer, object: O, tx: Db) => Promise<boolean> | boolean;
  /** The file, and what the audit entry of the download keeps (never the bytes). A Response is sent as is
   * (e.g. a refusal specific to the object, such as a tampered edition). */
  respond: (ctx: { viewer: Viewer; object: O; tx: AuditedTx; query: z.output<Q>; actor: AuditActor }) => Promise<
    // `audit: null`: the response wrote its own entry in the transaction (the audit head is that entry).
    { file: RouteFile; audit?: Partial<AuditRecord> | null } | { response: Response; audit?: Partial<AuditRecord> | null }
  >;
};

/** Raised inside the transaction; the refusal is audited after the rollback (never on a second connection
 * while the transaction holds the embedded database). */
class Refusal extends Error {
  constructor(readonly objectId: number | string | null) {
    super("refused");
  }
}

function fileResponse(file: RouteFile): Response {
  const body = typeof file.bytes === "string" ? new TextEncoder().encode(file.bytes) : new Uint8Array(file.bytes);
  return new Response(body, {
    headers: {
      ...NO_STORE,
      "Content-Type": file.type,
      "Content-Length": String(body.length),
      "Content-Disposition": attachmentHeader(file.name, file.fallback),
      ...(file.sandbox ? { "Content-Security-Policy": "default-src 'none'; sandbox" } : {}),
    },
  });
}

const stringRecord = (v: URLSearchParams) => Object.fromEntries(v.entries());

type RouteCtx = { params: Promise<Record<string, string | string[]>> };

export function defineRoute<P extends z.ZodType, Q extends z.ZodType = z.ZodObject<Record<string, never>>, O = unknown>(def: RouteDef<P, Q, O>) {
  ROUTE_REGISTRY.set(def.name, def.permission);
  const handle = handleRoute(def);
  // The database unreachable (or a statement cut off by its timeout): 503 with a translated message, never
  // a 500 or a hang; the proxy answers 503 before this once the watcher confirms.
  return async (req: Request, ctx: RouteCtx): Promise<Response> => {
    if (isDatabaseDown()) return refuseRoute(503, "unavailable");
    try {
      return await handle(req, ctx);
    } catch (e) {
      if (noteDatabaseError(e)) return refuseRoute(503, "unavailable");
      throw e;
    }
  };
}

function handleRoute<P extends z.ZodType, Q extends z.ZodType, O>(def: RouteDef<P, Q, O>) {
  return async (req: Request, ctx: RouteCtx): Promise<Response> => {
    const raw = await ctx.params;
    const viewer = await getViewer();
    const db = await getDb();
    const actor = await actorOf(viewer);
    const rawId = typeof raw.id === "string" && /^\d{1,9}$/.test(raw.id) ? raw.id : null;
    const deny = async (status: number, objectId: number | string | null = rawId, error = "forbidden") => {
      await recordAudit(db, actor, { action: def.name, objectType: def.objectType, objectId, result: "denied" });
      return refuseRoute(status, error, def.messages);
    };
    // Signed out (a junk or stale cookie, a scan): counted per client and minute, summarised in the audit log.
    if (!viewer) {
      await noteUnauthenticatedDenial(db, actor, { action: def.name });
      return refuseRoute(401, "signedOut", def.messages);
    }
    if (viewer.mustChangePassword) return deny(403, rawId, "mustChangePassword");
    if (!hasPermissionInAnyYear(viewer, def.permission)) return deny(403);
    const params = def.params.safeParse(raw);
    const query = (def.query ?? z.strictObject({})).safeParse(stringRecord(new URL(req.url).searchParams));
    if (!params.success || !query.success) {
      const issue = (params.error ?? query.error)?.issues[0]?.message ?? "";
      return refuseRoute(400, /^invalid[A-Za-z]+$/.test(issue) ? issue : "invalidRequest", def.messages);
    }
    try {
      return await withAudit(db, actor, async (tx) => {
        const found = await def.load(tx, { params: params.data, query: query.data as z.output<Q> }, viewer);
        // Unknown ids and ids out of reach get the same answer, so ids cannot be probed.
        if (!found) throw new Refusal(rawId);
        const acting = found.target.year !== undefined ? forYear(viewer, found.target.year) : viewer;
        if (!can(acting, def.permission, found.target) || (def.allow && !(await def.allow(acting, found.object, tx)))) {
          throw new Refusal(found.objectId ?? rawId);
        }
        const out = await def.respond({ viewer: acting, object: found.object, tx, query: query.data as z.output<Q>, actor });
        const audit: AuditRecord[] = out.audit === null ? [] : [{ action: def.name, objectType: def.objectType, objectId: found.objectId ?? rawId, ...out.audit }];
        return { value: "file" in out ? fileResponse(out.file) : out.response, audit };
      });
    } catch (e) {
      if (e instanceof Refusal) return deny(403, e.objectId);
      throw e;
    }
  };
}
