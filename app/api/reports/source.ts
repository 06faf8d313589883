// Where a report download's data comes from: an approved edition's frozen snapshot (its hash checked: a
// snapshot that no longer matches is refused, never served), or the live records through the report-data
// queries with the working draft's texts — the same choice the web report page makes.
import type { Db } from "@/db/client";
import { getAnnualReportData } from "@/db/queries/report-data";
import { getReportEdition, listReportEditions } from "@/db/queries/reports";
import type { Edition } from "@/lib/reports/blocks";
import { isSnapshotIntact } from "@/lib/reports/hash";
import type { AnnualReportData } from "@/lib/reports/types";

export type Source = {
  data: AnnualReportData;
  edition: Edition;
  /** The edition read (approved) or the working draft whose texts were used; null for a preview. */
  reportId: number | null;
  snapshotHash: string | null;
  from: "approved" | "live";
};

type Approved = NonNullable<Awaited<ReturnType<typeof getReportEdition>>>;

/** An approved edition as a source, or "tampered" when its snapshot no longer matches its hash. */
export function frozen(e: Approved): Source | "tampered" {
  if (!e.snapshot || !isSnapshotIntact(e.snapshot, e.snapshotHash)) return "tampered";
  return {
    data: e.snapshot,
    edition: { approvedAt: (e.approvedAt ?? e.updatedAt).toISOString(), hash: e.snapshotHash! },
    reportId: e.id,
    snapshotHash: e.snapshotHash,
    from: "approved",
  };
}

/** An approved edition of the year, asked for by id. */
export async function editionSource(
  db: Db,
  year: number,
  editionId: number,
): Promise<Source | "notFound" | "tampered"> {
  const e = await getReportEdition(db, editionId);
  if (!e || e.year !== year || e.status !== "approved") return "notFound";
  return frozen(e);
}

/** The year's standing approved edition: the latest edition when it is approved (no draft started since). */
export async function standingSource(db: Db, year: number): Promise<Source | "tampered" | null> {
  const [latest] = await listReportEditions(db, year);
  if (latest?.status !== "approved") return null;
  const e = await getReportEdition(db, latest.id);
  return e ? frozen(e) : null;
}

/**
 * The year's report data, as the web page shows it: the asked approved edition; else the standing approved
 * edition; else the live records with the working draft's texts (or none: a preview).
 */
export async function annualSource(
  db: Db,
  year: number,
  editionId: number | null,
): Promise<Source | "notFound" | "tampered"> {
  if (editionId != null) return editionSource(db, year, editionId);
  const standing = await standingSource(db, year);
  if (standing) return standing;
  const draft = (await listReportEditions(db, year)).find((e) => e.status === "draft");
  const data = await getAnnualReportData(db, year, { problems: draft?.problems ?? "", plans: draft?.plans ?? "" });
  return { data, edition: { draft: true }, reportId: draft?.id ?? null, snapshotHash: null, from: "live" };
}
