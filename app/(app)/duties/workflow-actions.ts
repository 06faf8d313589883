"use server";
// The list workflow: submit (editor), review (supervising leader), sign to confirm (the owner, with the
// password again), approve (committee office), return with a comment. Each step is a guarded status change.
import { z } from "zod";
import type { Db } from "@/db/client";
import type { AuditedTx } from "@/db/audited";
import { getListHeader, listWorkingItems } from "@/db/queries/duties";
import { createListEvent, createSignature, getPostNamesOf, listSignerIds, updateListStatus } from "@/db/queries/signoff";
import { ActionError, defineAction } from "@/server/action";
import type { Viewer } from "@/lib/authz";
import { now as clockNow, orgDateOf, shanghaiDate, today } from "@/lib/clock";
import { canonicalListContent, contentHash } from "@/lib/duties/content";
import { nextStatus, type ListStatus, type Step } from "@/lib/duties/workflow";
import { id, text } from "@/lib/validation";

const listInput = z.strictObject({ listId: id });

async function stepTo(tx: AuditedTx, viewer: Viewer, listId: number, step: Step, comment: string | null = null) {
  const list = await getListHeader(tx, listId);
  if (!list) throw new ActionError("errors.notFound");
  const to = nextStatus(step, list.status as ListStatus);
  if (!to) throw new ActionError("duties.workflow.wrongState");
  const row = await updateListStatus(tx, listId, [list.status], to);
  if (!row) throw new ActionError("errors.conflict");
  await createListEvent(tx, { listId, step, fromStatus: list.status, toStatus: to, actorUserId: viewer.userId, comment });
  return {
    value: { status: to },
    audit: { action: `duty.list.${step}`, objectType: "list", objectId: listId, before: { status: list.status }, after: { status: to, comment } },
  };
}

// Targets carry the list's year: its 分管 leaders and signers are that year's, whatever today's date.
const unitTarget = async (db: Db, listId: number) => {
  const list = await getListHeader(db, listId);
  return list ? { unitIds: [list.unitId], year: list.year } : undefined;
};

/** The viewer as target when they are one of the list's signers, so a 'self' grant covers them. */
const signerTarget = async (db: Db, listId: number, viewer: Viewer) => {
  const list = await getListHeader(db, listId);
  if (!list) return undefined;
  const signers = await listSignerIds(db, list, orgDateOf(list.year, today()));
  return { personId: viewer.personId != null && signers.includes(viewer.personId) ? viewer.personId : null, year: list.year };
};

export const submitListAction = defineAction({
  name: "duty.list.submit",
  permission: "duty.edit",
  schema: listInput,
  target: (db, input) => unitTarget(db, input.listId),
  run: ({ input, tx, viewer }) => stepTo(tx, viewer, input.listId, "submit"),
});

export const reviewListAction = defineAction({
  name: "duty.list.review",
  permission: "duty.review",
  schema: listInput,
  target: (db, input) => unitTarget(db, input.listId),
  run: ({ input, tx, viewer }) => stepTo(tx, viewer, input.listId, "review"),
});

export const approveListAction = defineAction({
  name: "duty.list.approve",
  permission: "duty.approve",
  schema: listInput,
  target: (db, input) => unitTarget(db, input.listId),
  run: ({ input, tx, viewer }) => stepTo(tx, viewer, input.listId, "approve"),
});

export const returnListAction = defineAction({
  name: "duty.list.return",
  permission: "duty.return",
  schema: z.strictObject({ listId: id, comment: text(500, { multiline: true }) }),
  // Whoever holds the step may return it: the reviewer while submitted, the signer while reviewed, the
  // committee office after that.
  target: async (db, input, viewer) => {
    const list = await getListHeader(db, input.listId);
    if (!list) return undefined;
    if (list.status === "submitted") return { unitIds: [list.unitId], year: list.year };
    if (list.status === "reviewed") return signerTarget(db, input.listId, viewer);
    return { year: list.year };
  },
  run: ({ input, tx, viewer }) => stepTo(tx, viewer, input.listId, "return", input.comment),
});

export const signListAction = defineAction({
  name: "duty.list.sign",
  permission: "duty.sign",
  schema: z.strictObject({
    listId: id,
    password: z.string({ error: "validation.required" }).min(1, { error: "validation.required" }).max(256),
    // The content the signer was shown (我的责任 sends the published version's hash): a list changed since
    // is refused rather than signed unseen.
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, { error: "validation.invalid" }).optional(),
  }),
  target: (db, input, viewer) => signerTarget(db, input.listId, viewer),
  reauth: (input) => input.password,
  run: async ({ input, tx, viewer }) => {
    const list = await getListHeader(tx, input.listId);
    if (!list) throw new ActionError("errors.notFound");
    const items = await listWorkingItems(tx, input.listId);
    const content = canonicalListContent(list, items);
    const hash = contentHash(content);
    if (input.contentHash !== undefined && input.contentHash !== hash) throw new ActionError("duties.workflow.changedSinceShown");
    const now = clockNow();
    const { signature, isNew } = await createSignature(tx, {
      listId: list.id,
      role: "confirm",
      signerUserId: viewer.userId,
      signerPersonId: viewer.personId,
      signerPost: viewer.personId ? await getPostNamesOf(tx, viewer.personId, shanghaiDate(now)) : null,
      content,
      contentHash: hash,
      method: "password",
      signedAt: now,
    });
    // A double submit finds the first signature and changes nothing more.
    if (!isNew) return { value: { signatureId: signature.id }, audit: { action: "duty.list.sign.repeat", objectType: "list", objectId: list.id, after: { signatureId: signature.id } } };
    const to = nextStatus("confirm", list.status as ListStatus);
    if (!to) throw new ActionError("duties.workflow.wrongState");
    if (to !== list.status) {
      if (!(await updateListStatus(tx, list.id, [list.status], to))) throw new ActionError("errors.conflict");
    }
    await createListEvent(tx, { listId: list.id, step: "confirm", fromStatus: list.status, toStatus: to, actorUserId: viewer.userId });
    return {
      value: { signatureId: signature.id },
      audit: { action: "duty.list.sign", objectType: "list", objectId: list.id, after: { signatureId: signature.id, contentHash: hash, status: to } },
    };
  },
});
