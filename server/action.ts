// Every server action goes through here: viewer → permission → strict zod parse → scoped, audited change.
import "server-only";
import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { recordAudit, withAudit, type AuditedTx } from "@/db/audited";
import type { AuditRecord } from "@/db/queries/audit";
import { can, forYear, hasPermissionInAnyYear, type Permission, type Target, type Viewer } from "@/lib/authz";
import { actorOf, getViewer } from "@/server/auth/viewer";
import { checkReauth } from "@/server/auth/reauth";
import { noteUnauthenticatedDenial } from "@/server/auth/denials";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation";
import { formInput, formValues, type FormValues } from "@/lib/form-data";
import { isDatabaseDown, isUnavailableError, noteDatabaseError } from "@/lib/availability";

export type ActionResult<T = unknown> =
  | { ok: true; data: T }
  /** `values`: what a submitted form held (no passwords, no files), so a form re-rendered after a refusal
   * without JavaScript shows the person's text again beside the errors. */
  | { ok: false; error: string; fieldErrors?: FieldErrors; values?: FormValues };

/** A form's state: the last result, or null before the first submission. */
export type ActionState<T = unknown> = ActionResult<T> | null;

/** What defineAction makes: called with its input, or by a form (useActionState) with (state, FormData). */
export type DefinedAction<T = unknown> = (input: unknown, form?: FormData) => Promise<ActionResult<T>>;

/** A defineAction action as a form uses it with useActionState: (the previous state, the form's data). */
export type FormAction<T = unknown> = (state: ActionState<T>, form: FormData) => Promise<ActionResult<T>>;

/** A refusal the handler raises on purpose; `error` is a message key, `field` optionally names the field. */
export class ActionError extends Error {
  constructor(
    public readonly key: string,
    public readonly field?: string,
    /** Also record the refusal in the audit log (after the rollback), e.g. a wrong password at signing. */
    public readonly isAudited = false,
  ) {
    super(key);
  }
}

/** A scope refusal raised inside the transaction. */
class Denied extends Error {}

type Ctx<I> = { viewer: Viewer; input: I; tx: AuditedTx };

export type ActionDef<S extends z.ZodType, T> = {
  name: string;
  permission: Permission;
  schema: S;
  /** The object's scope, looked up from the database by the parsed input (never taken from the client).
   * A target with a `year` resolves the viewer's roles for that year. */
  target?: (db: Db, input: z.output<S>, viewer: Viewer) => Promise<Target | undefined>;
  /** The year the action acts on when it has no target (e.g. the input's year): roles are that year's. */
  year?: (input: z.output<S>) => number;
  /** The password asked again (signing, finalising, reopening): checked before the transaction, wrong
   * answers counted with sign-in's (lib/auth/reauth.ts); the error is shown at the `password` field. */
  reauth?: (input: z.output<S>) => string;
  run: (ctx: Ctx<z.output<S>>) => Promise<{ value: T; audit: AuditRecord | AuditRecord[] }>;
};

export const ACTION_REGISTRY = new Map<string, Permission>();

const PG_ERRORS: Record<string, string> = {
  "23505": "errors.duplicate",
  "23503": "errors.reference",
  "23514": "errors.constraint",
  "42501": "errors.immutable",
};

const UNAVAILABLE = { ok: false as const, error: "errors.unavailable" };

export function defineAction<S extends z.ZodType, T>(def: ActionDef<S, T>) {
  ACTION_REGISTRY.set(def.name, def.permission);
  const run = runAction(def);
  // The database unreachable (or a statement cut off by its timeout): a translated refusal at once, nothing
  // half-saved (the transaction never committed); the proxy answers 503 once the watcher confirms.
  const guarded = async (input: unknown): Promise<ActionResult<T>> => {
    if (isDatabaseDown()) return UNAVAILABLE;
    try {
      return await run(input);
    } catch (e) {
      if (noteDatabaseError(e)) return UNAVAILABLE;
      throw e;
    }
  };
  // Called with the input (an object, or a FormData), or as a form action by useActionState: (previous
  // state, FormData) — from the browser's own POST before JavaScript runs, or from React after. The
  // previous state is never input.
  const action: DefinedAction<T> = async (raw, form) => {
    const submitted = form instanceof FormData ? form : raw instanceof FormData ? raw : null;
    const result = await guarded(submitted ? formInput(submitted) : raw);
    return !result.ok && submitted ? { ...result, values: formValues(submitted) } : result;
  };
  return action;
}

function runAction<S extends z.ZodType, T>(def: ActionDef<S, T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const viewer = await getViewer();
    const db = await getDb();
    const actor = await actorOf(viewer);
    // Signed out: counted per client and minute and summarised in the audit log, never one entry per call.
    if (!viewer) {
      await noteUnauthenticatedDenial(db, actor, { action: def.name });
      return { ok: false, error: "errors.signedOut" };
    }
    // A password that must change is changed first: no action runs before (pages redirect; this holds for calls).
    if (viewer.mustChangePassword) return { ok: false, error: "errors.mustChangePassword" };
    const parsed = def.schema.safeParse(raw);
    const deny = async () => {
      await recordAudit(db, actor, { action: def.name, objectType: "action", result: "denied" });
      return { ok: false as const, error: "errors.forbidden" };
    };
    if (!hasPermissionInAnyYear(viewer, def.permission)) return deny();
    if (!parsed.success) {
      const { fieldErrors, formError } = fieldErrorsOf(parsed.error);
      return { ok: false, error: formError ?? "validation.fix", fieldErrors };
    }
    // The password asked again is checked first, outside the transaction: a wrong one is counted even
    // though the action is refused.
    if (def.reauth) {
      const checked = await checkReauth(db, viewer, def.reauth(parsed.data), actor);
      if (checked === "wrong") return { ok: false, error: "validation.fix", fieldErrors: { password: "auth.wrongPassword" } };
      if (checked === "locked") return { ok: false, error: "auth.reauthLocked" };
    }
    try {
      // The target (scope and year) is read inside the transaction that acts on it, so the check and the
      // change see the same state.
      const data = await withAudit(db, actor, async (tx) => {
        const found = def.target ? await def.target(tx, parsed.data, viewer) : undefined;
        if (def.target && !found) throw new Denied();
        const year = found?.year ?? def.year?.(parsed.data);
        const target = found && year !== undefined ? { ...found, year } : found;
        const acting = year !== undefined ? forYear(viewer, year) : viewer;
        if (!can(acting, def.permission, target)) throw new Denied();
        return def.run({ viewer: acting, input: parsed.data, tx });
      });
      return { ok: true, data };
    } catch (e) {
      // Audited after the rollback (never on a second connection while the transaction holds the database).
      if (e instanceof Denied) return deny();
      if (e instanceof ActionError) {
        if (e.isAudited) await recordAudit(db, actor, { action: def.name, objectType: "action", result: "denied", after: { reason: e.key } });
        return e.field
          ? { ok: false, error: "validation.fix", fieldErrors: { [e.field]: e.key } }
          : { ok: false, error: e.key };
      }
      if (isUnavailableError(e)) throw e;
      const code = (e as { code?: string; cause?: { code?: string } }).cause?.code ?? (e as { code?: string }).code;
      if (code && PG_ERRORS[code]) {
        const message = String((e as { cause?: { message?: string } }).cause?.message ?? (e as Error).message);
        if (message.includes("role_separation")) return { ok: false, error: "errors.roleSeparation" };
        return { ok: false, error: PG_ERRORS[code] };
      }
      const requestId = actor.requestId ?? "-";
      console.error(`[action ${def.name}] request ${requestId}`, e);
      return { ok: false, error: "errors.internal" };
    }
  };
}
