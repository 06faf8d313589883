"use server";
// Work records: a new record with its people, units, duty and scheme items and evidence files; more evidence
// on an existing record. Strict input, scope from the database, one transaction and one audit entry each.
import { z } from "zod";
import { addRecordFiles, createRecord, getRecord, recordTargetOf, RECORD_KINDS, type EvidenceInput } from "@/db/queries/records";
import { listSchemeItemChoices } from "@/db/queries/record-choices";
import { ActionError, defineAction } from "@/server/action";
import { checkAttachment, safeFilename, sha256Hex } from "@/lib/assessment/attachments";
import { today as clockToday } from "@/lib/clock";
import { date, enumOf, id, optionalText, text } from "@/lib/validation";
import { loadDutyChoices, recordCreateTarget } from "./record-checks";

/** Ticked boxes or chosen options (a form: one value or several), "3,5,8" or [3, 5, 8]; none when absent:
 * at most `max` ids. */
const idList = (max: number) =>
  z
    .union([z.string().max(4000, { error: "validation.tooLong" }), z.array(z.union([z.number(), z.string()]))])
    .optional()
    .transform((v) => (v == null ? [] : Array.isArray(v) ? v : v.split(",").map((s) => s.trim()).filter(Boolean)))
    .pipe(z.array(id).max(max, { error: "validation.tooLong" }));

/** "listId:itemKey": the duty items a record fulfils (a form's ticked boxes, or one "a:b,c:d" string). */
const dutyItemList = z
  .union([z.string().max(8000, { error: "validation.tooLong" }), z.array(z.string().max(200, { error: "validation.tooLong" }))])
  .optional()
  .transform((v) => (v == null ? [] : Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^\d{1,9}:[A-Za-z0-9-]{1,64}$/, { error: "validation.invalid" })).max(50, { error: "validation.tooLong" }))
  .transform((v) => v.map((s) => ({ listId: Number(s.split(":")[0]), itemKey: s.split(":")[1] })));

/** The evidence files sent with one submission (a multiple file input): at most three. */
const files = z
  .union([z.instanceof(File), z.array(z.instanceof(File))], { error: "validation.invalid" })
  .optional()
  .transform((v) => (v == null ? [] : Array.isArray(v) ? v : [v]))
  .pipe(z.array(z.instanceof(File)).max(3, { error: "records.errors.batchTooLarge" }));

const recordSchema = z.strictObject({
  kind: enumOf(RECORD_KINDS),
  title: text(200),
  occurredOn: date,
  summary: optionalText(4000, { multiline: true }),
  unitId: id,
  unitIds: idList(50),
  leadId: id,
  participantIds: idList(200),
  dutyItems: dutyItemList,
  schemeItemIds: idList(50),
  files,
});

/** Reads and checks the uploaded files (type by content, 5 MB each); a refusal names the `files` field. */
async function evidenceOf(files: File[]): Promise<EvidenceInput[]> {
  const out: EvidenceInput[] = [];
  for (const f of files) {
    if (f.size === 0 && !f.name) continue;
    const bytes = new Uint8Array(await f.arrayBuffer());
    const check = checkAttachment({ bytes, filename: f.name, declaredType: f.type });
    if (!check.ok) throw new ActionError(check.error, "files");
    out.push({ filename: safeFilename(f.name), mime: check.mime, size: bytes.length, sha256: sha256Hex(bytes), data: bytes });
  }
  return out;
}

export const createRecordAction = defineAction({
  name: "record.create",
  permission: "record.edit",
  schema: recordSchema,
  target: (db, input, viewer) => recordCreateTarget(db, input, viewer, clockToday()),
  run: async ({ input, viewer, tx }) => {
    const today = clockToday();
    if (input.occurredOn > today) throw new ActionError("records.errors.future", "occurredOn");
    const year = Number(input.occurredOn.slice(0, 4));
    if (input.dutyItems.length) {
      const choices = await loadDutyChoices(tx, viewer, input.unitId, year);
      const allowed = new Set(choices.flatMap((l) => l.items.map((i) => `${l.listId}:${i.itemKey}`)));
      if (!input.dutyItems.every((d) => allowed.has(`${d.listId}:${d.itemKey}`))) throw new ActionError("records.errors.itemNotAllowed", "dutyItems");
    }
    if (input.schemeItemIds.length) {
      const scheme = new Set((await listSchemeItemChoices(tx, year)).map((s) => s.id));
      if (!input.schemeItemIds.every((s) => scheme.has(s))) throw new ActionError("records.errors.schemeItem", "schemeItemIds");
    }
    const files = await evidenceOf(input.files);
    const unitIds = input.unitIds.length ? input.unitIds : [input.unitId];
    const created = await createRecord(tx, {
      kind: input.kind,
      title: input.title,
      occurredOn: input.occurredOn,
      summary: input.summary ?? "",
      unitId: input.unitId,
      recordedBy: viewer.userId,
      unitIds,
      leadId: input.leadId,
      participantIds: input.participantIds,
      dutyItems: input.dutyItems,
      schemeItemIds: input.schemeItemIds,
      files,
    });
    return {
      value: { id: created.id },
      audit: {
        action: "record.create",
        objectType: "work_record",
        objectId: created.id,
        after: {
          kind: input.kind,
          title: input.title,
          occurredOn: input.occurredOn,
          unitId: input.unitId,
          unitIds,
          leadId: input.leadId,
          participantIds: input.participantIds,
          dutyItems: input.dutyItems,
          schemeItemIds: input.schemeItemIds,
          files: created.files.map((f) => ({ id: f.id, filename: f.filename, size: f.size, sha256: f.sha256 })),
        },
      },
    };
  },
});

export const addRecordFilesAction = defineAction({
  name: "record.file.add",
  permission: "record.edit",
  schema: z.strictObject({ recordId: id, files }),
  target: async (db, input, viewer) => {
    // Editing follows the record's own unit (not the units it concerns), or the viewer being on it.
    const rec = await getRecord(db, input.recordId);
    return rec ? { ...recordTargetOf(rec, viewer.personId), unitIds: [rec.unitId] } : undefined;
  },
  run: async ({ input, viewer, tx }) => {
    const files = await evidenceOf(input.files);
    if (!files.length) throw new ActionError("assessment.errors.fileRequired", "files");
    const stored = await addRecordFiles(tx, input.recordId, files, viewer.userId);
    return {
      value: { count: stored.length },
      audit: {
        action: "record.file.add",
        objectType: "work_record",
        objectId: input.recordId,
        after: { files: stored.map((f) => ({ id: f.id, filename: f.filename, size: f.size, sha256: f.sha256 })) },
      },
    };
  },
});
