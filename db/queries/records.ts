// Work records (履职记录): the paginated list and one record with its people, units, duties, scheme items
// and files, read within the viewer's scope; the writes (a record with its links and evidence, more
// evidence later). Each read is one query; a write is a few batch inserts inside the caller's transaction.
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Db } from "../client";
import type { AuditedTx } from "../audited";
import { evidenceFiles, recordDutyItems, recordPeople, recordSchemeItems, recordUnits, workRecords } from "../schema";

export const RECORD_KINDS = ["meeting", "inspection", "training", "drill", "hazard_check", "report"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** What a viewer may read: every record, or those owned by or concerning `unitIds`, plus those they are on. */
export type RecordReadScope = { unitIds: "all" | number[]; personId: number | null };

export type RecordFilter = { kind?: RecordKind; unitId?: number; year?: number; person?: string; page: number; pageSize: number };

export type RecordRow = {
  id: number;
  kind: RecordKind;
  title: string;
  occurredOn: string;
  unitName: string;
  unitNames: string | null;
  leadName: string | null;
  peopleCount: number;
  itemCount: number;
  fileCount: number;
};

/** `col in (…)` for a list of integers; false for an empty list. */
export const idIn = (col: SQL, ids: number[]) =>
  ids.length ? sql`${col} in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})` : sql`false`;

/** The read scope as a condition on a `work_records` alias `r`. */
export function recordScopeSql(scope: RecordReadScope): SQL {
  if (scope.unitIds === "all") return sql`true`;
  const byPerson = scope.personId != null
    ? sql`exists (select 1 from record_people sp where sp.record_id = r.id and sp.person_id = ${scope.personId})`
    : sql`false`;
  return sql`(${idIn(sql`r.unit_id`, scope.unitIds)}
    or exists (select 1 from record_units su where su.record_id = r.id and ${idIn(sql`su.unit_id`, scope.unitIds)})
    or ${byPerson})`;
}

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One page of the records in scope, newest first, with the total; one query. */
export async function listRecords(db: Db, f: RecordFilter, scope: RecordReadScope) {
  const where: SQL[] = [recordScopeSql(scope)];
  if (f.kind) where.push(sql`r.kind = ${f.kind}`);
  if (f.unitId) {
    where.push(sql`(r.unit_id = ${f.unitId} or exists (select 1 from record_units fu where fu.record_id = r.id and fu.unit_id = ${f.unitId}))`);
  }
  if (f.year) where.push(sql`r.occurred_on between ${`${f.year}-01-01`}::date and ${`${f.year}-12-31`}::date`);
  if (f.person) {
    where.push(sql`exists (select 1 from record_people fp join people fpe on fpe.id = fp.person_id
      where fp.record_id = r.id and fpe.name like ${likePattern(f.person)})`);
  }
  const result = await db.execute(sql`
    select r.id, r.kind::text as kind, r.title, r.occurred_on::text as occurred_on, u.name as unit_name,
      (select string_agg(uu.name, '、' order by uu.sort_order, uu.id) from record_units ru join units uu on uu.id = ru.unit_id
        where ru.record_id = r.id) as unit_names,
      (select min(pe.name) from record_people rp join people pe on pe.id = rp.person_id
        where rp.record_id = r.id and rp.role = 'lead') as lead_name,
      (select count(*) from record_people rp where rp.record_id = r.id)::int as people_count,
      (select count(*) from record_duty_items d where d.record_id = r.id)::int as item_count,
      (select count(*) from evidence_files ef where ef.owner_type = 'record' and ef.owner_id = r.id)::int as file_count,
      count(*) over ()::int as total
    from work_records r
    join units u on u.id = r.unit_id
    where ${sql.join(where, sql` and `)}
    order by r.occurred_on desc, r.id desc
    limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}
  `);
  const rows = rowsOf<Record<string, unknown>>(result);
  return {
    total: rows.length ? Number(rows[0].total) : 0,
    page: f.page,
    pageSize: f.pageSize,
    rows: rows.map(
      (r): RecordRow => ({
        id: Number(r.id),
        kind: r.kind as RecordKind,
        title: String(r.title),
        occurredOn: String(r.occurred_on),
        unitName: String(r.unit_name),
        unitNames: (r.unit_names as string | null) ?? null,
        leadName: (r.lead_name as string | null) ?? null,
        peopleCount: Number(r.people_count),
        itemCount: Number(r.item_count),
        fileCount: Number(r.file_count),
      }),
    ),
  };
}

export type RecordDetail = {
  id: number;
  kind: RecordKind;
  title: string;
  occurredOn: string;
  summary: string;
  unitId: number;
  unitName: string;
  recordedBy: string | null;
  createdAt: string;
  people: { personId: number; name: string; role: "lead" | "participant" }[];
  units: { id: number; name: string }[];
  dutyItems: {
    listId: number;
    itemKey: string;
    year: number;
    ownerType: "unit" | "post" | "leader";
    unitName: string;
    postName: string | null;
    leaderName: string | null;
    text: string | null;
  }[];
  schemeItems: { id: number; code: string; content: string }[];
  files: { id: number; filename: string; mime: string; size: number; sha256: string; uploadedAt: string }[];
};

/** One record with everything linked to it (files without their bytes); one query. */
export async function getRecord(db: Db, id: number): Promise<RecordDetail | null> {
  const result = await db.execute(sql`
    select r.id, r.kind::text as kind, r.title, r.occurred_on::text as occurred_on, r.summary, r.unit_id, u.name as unit_name,
      coalesce(rbp.name, us.username) as recorded_by,
      to_char(r.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as created_at,
      (select coalesce(json_agg(json_build_object('personId', pe.id, 'name', pe.name, 'role', rp.role)
          order by rp.role, pe.name), '[]')::text
        from record_people rp join people pe on pe.id = rp.person_id where rp.record_id = r.id) as people,
      (select coalesce(json_agg(json_build_object('id', uu.id, 'name', uu.name) order by uu.sort_order, uu.id), '[]')::text
        from record_units ru join units uu on uu.id = ru.unit_id where ru.record_id = r.id) as units,
      (select coalesce(json_agg(json_build_object('listId', l.id, 'itemKey', d.item_key, 'year', l.year,
          'ownerType', l.owner_type, 'unitName', lu.name, 'postName', lp.name, 'leaderName', lpe.name, 'text', vi.text)
          order by l.year, lu.sort_order, l.id, vi.sort_order), '[]')::text
        from record_duty_items d
        join responsibility_lists l on l.id = d.list_id
        join units lu on lu.id = l.unit_id
        left join posts lp on lp.id = l.post_id
        left join people lpe on lpe.id = l.leader_id
        left join list_versions v on v.list_id = l.id and v.version_no = l.published_version_no
        left join list_version_items vi on vi.version_id = v.id and vi.item_key = d.item_key
        where d.record_id = r.id) as duty_items,
      (select coalesce(json_agg(json_build_object('id', si.id, 'code', si.code, 'content', si.content) order by si.sort_order, si.id), '[]')::text
        from record_scheme_items rs join scheme_items si on si.id = rs.scheme_item_id where rs.record_id = r.id) as scheme_items,
      (select coalesce(json_agg(json_build_object('id', f.id, 'filename', f.filename, 'mime', f.mime, 'size', f.size,
          'sha256', f.sha256, 'uploadedAt', to_char(f.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')) order by f.id), '[]')::text
        from evidence_files f where f.owner_type = 'record' and f.owner_id = r.id) as files
    from work_records r
    join units u on u.id = r.unit_id
    left join users us on us.id = r.recorded_by
    left join people rbp on rbp.id = us.person_id
    where r.id = ${id}
  `);
  const r = rowsOf<Record<string, unknown>>(result)[0];
  if (!r) return null;
  return {
    id: Number(r.id),
    kind: r.kind as RecordKind,
    title: String(r.title),
    occurredOn: String(r.occurred_on),
    summary: String(r.summary ?? ""),
    unitId: Number(r.unit_id),
    unitName: String(r.unit_name),
    recordedBy: (r.recorded_by as string | null) ?? null,
    createdAt: String(r.created_at),
    people: JSON.parse(String(r.people)),
    units: JSON.parse(String(r.units)),
    dutyItems: JSON.parse(String(r.duty_items)),
    schemeItems: JSON.parse(String(r.scheme_items)),
    files: JSON.parse(String(r.files)),
  };
}

/** The scope of a record for authorization: its own unit, the units it concerns, and its people. */
export function recordTargetOf(rec: Pick<RecordDetail, "unitId" | "units" | "people">, viewerPersonId: number | null) {
  const onRecord = viewerPersonId != null && rec.people.some((p) => p.personId === viewerPersonId);
  return { unitIds: [rec.unitId, ...rec.units.map((u) => u.id)], personId: onRecord ? viewerPersonId : null };
}

/** An evidence file of a record with its bytes and the record's scope (units, people); one query. */
export async function getRecordFile(db: Db, fileId: number) {
  const result = await db.execute(sql`
    select f.id, f.owner_id as record_id, f.filename, f.mime, f.size, f.sha256, f.data, r.unit_id,
      (select coalesce(json_agg(ru.unit_id), '[]')::text from record_units ru where ru.record_id = r.id) as unit_ids,
      (select coalesce(json_agg(rp.person_id), '[]')::text from record_people rp where rp.record_id = r.id) as person_ids
    from evidence_files f
    join work_records r on r.id = f.owner_id
    where f.id = ${fileId} and f.owner_type = 'record'
  `);
  const r = rowsOf<Record<string, unknown>>(result)[0];
  if (!r) return null;
  return {
    id: Number(r.id),
    recordId: Number(r.record_id),
    filename: String(r.filename),
    mime: String(r.mime),
    size: Number(r.size),
    sha256: String(r.sha256),
    data: r.data as Uint8Array,
    unitId: Number(r.unit_id),
    unitIds: JSON.parse(String(r.unit_ids)) as number[],
    personIds: JSON.parse(String(r.person_ids)) as number[],
  };
}

export type EvidenceInput = { filename: string; mime: string; size: number; sha256: string; data: Uint8Array };

export type NewRecord = {
  kind: RecordKind;
  title: string;
  occurredOn: string;
  summary: string;
  unitId: number;
  recordedBy: number | null;
  unitIds: number[];
  leadId: number;
  participantIds: number[];
  dutyItems: { listId: number; itemKey: string }[];
  schemeItemIds: number[];
  files: EvidenceInput[];
};

/** A record and all its links and files, as batch inserts in the caller's transaction. */
export async function createRecord(tx: AuditedTx, r: NewRecord) {
  const [row] = await tx
    .insert(workRecords)
    .values({ kind: r.kind, title: r.title, occurredOn: r.occurredOn, summary: r.summary, unitId: r.unitId, recordedBy: r.recordedBy })
    .returning({ id: workRecords.id });
  const recordId = row.id;
  const participants = [...new Set(r.participantIds)].filter((p) => p !== r.leadId);
  await tx.insert(recordPeople).values([
    { recordId, personId: r.leadId, role: "lead" as const },
    ...participants.map((personId) => ({ recordId, personId, role: "participant" as const })),
  ]);
  const unitIds = [...new Set(r.unitIds)];
  if (unitIds.length) await tx.insert(recordUnits).values(unitIds.map((unitId) => ({ recordId, unitId })));
  if (r.dutyItems.length) await tx.insert(recordDutyItems).values(r.dutyItems.map((d) => ({ recordId, ...d }))).onConflictDoNothing();
  const schemeItemIds = [...new Set(r.schemeItemIds)];
  if (schemeItemIds.length) await tx.insert(recordSchemeItems).values(schemeItemIds.map((schemeItemId) => ({ recordId, schemeItemId })));
  const files = await addRecordFiles(tx, recordId, r.files, r.recordedBy);
  return { id: recordId, files };
}

/** Evidence files of a record (immutable once stored); returns their ids and hashes. */
export async function addRecordFiles(tx: AuditedTx, recordId: number, files: EvidenceInput[], uploadedBy: number | null) {
  if (!files.length) return [];
  return tx
    .insert(evidenceFiles)
    .values(files.map((f) => ({ ownerType: "record", ownerId: recordId, ...f, uploadedBy })))
    .returning({ id: evidenceFiles.id, filename: evidenceFiles.filename, sha256: evidenceFiles.sha256, size: evidenceFiles.size });
}
