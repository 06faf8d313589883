// What the unit-assessment actions share: the target looked up from the database, the assessment-team check
// (office or named reviewer, never one's own unit), the seen-version field, and storing an evidence file.
import { z } from "zod";
import type { Db } from "@/db/client";
import type { AuditedTx } from "@/db/audited";
import type { AuditRecord } from "@/db/queries/audit";
import { getAssessmentHeader, getSchemeItemOf, isNamedReviewer } from "@/db/queries/assessment-unit";
import { createAttachment } from "@/db/queries/assessment-unit-writes";
import { isOffice, isOwnUnit } from "@/components/assessment/unit-access";
import { ActionError } from "@/server/action";
import { checkAttachment, MAX_ATTACHMENT_BYTES, safeFilename, sha256Hex } from "@/lib/assessment/attachments";
import type { Viewer } from "@/lib/authz";
import { nfkc } from "@/lib/validation";

/** The row version the form showed: 0 when there was no row yet. */
export const seenVersion = z
  .union([z.number(), z.string()], { error: "validation.required" })
  .transform((v) => (typeof v === "string" ? Number(nfkc(v)) : v))
  .pipe(z.number({ error: "validation.invalid" }).int({ error: "validation.invalid" }).min(0, { error: "validation.invalid" }).max(2_147_483_647, { error: "validation.invalid" }));

/** The uploaded file: a File from the form's FormData (a string in its place is refused). */
export const uploadedFile = z.instanceof(File, { error: "assessment.errors.fileRequired" });

/** The assessment's unit and year, from the database, as the action's scope (roles are the year's). */
export async function assessmentTarget(db: Db, assessmentId: number) {
  const a = await getAssessmentHeader(db, assessmentId);
  return a ? { unitIds: [a.unitId], year: a.year } : undefined;
}

export async function headerOrThrow(tx: AuditedTx, assessmentId: number) {
  const a = await getAssessmentHeader(tx, assessmentId);
  if (!a) throw new ActionError("errors.notFound");
  return a;
}

/** The assessment team only (office or a named reviewer of the year), and never the reviewer's own unit.
 * Refusals are audited. */
export async function requireTeam(tx: AuditedTx, viewer: Viewer, a: { unitId: number; schemeId: number }) {
  if (isOwnUnit(viewer, a.unitId)) throw new ActionError("assessment.errors.ownUnit", undefined, true);
  if (!isOffice(viewer) && !(await isNamedReviewer(tx, a.schemeId, viewer.personId))) {
    throw new ActionError("assessment.errors.notReviewer", undefined, true);
  }
}

export async function itemOrThrow(tx: AuditedTx, schemeId: number, itemId: number, field = "itemId") {
  const item = await getSchemeItemOf(tx, schemeId, itemId);
  if (!item) throw new ActionError("validation.choice", field);
  return item;
}

/** Checks the file by content and stores it under the assessment; the audit entry keeps name, type, size
 * and hash (never the bytes). */
export async function storeEvidence(
  tx: AuditedTx,
  a: { id: number },
  file: File,
  opts: { purpose: "self" | "review"; itemId: number | null; userId: number },
): Promise<{ value: { id: number }; audit: AuditRecord }> {
  if (file.size > MAX_ATTACHMENT_BYTES) throw new ActionError("assessment.errors.fileTooLarge", "file");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const filename = safeFilename(file.name);
  const check = checkAttachment({ bytes, filename, declaredType: file.type });
  if (!check.ok) throw new ActionError(check.error, "file");
  const row = await createAttachment(tx, {
    assessmentId: a.id,
    purpose: opts.purpose,
    itemId: opts.itemId,
    refId: null,
    filename,
    mime: check.mime,
    size: bytes.length,
    sha256: sha256Hex(bytes),
    data: bytes,
    uploadedBy: opts.userId,
  });
  return {
    value: { id: row.id },
    audit: {
      action: `assessment.evidence.${opts.purpose}`,
      objectType: "attachment",
      objectId: row.id,
      after: { assessmentId: a.id, itemId: opts.itemId, filename, mime: check.mime, size: bytes.length, sha256: row.sha256 },
    },
  };
}
