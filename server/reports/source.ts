import "server-only";
// The one choice of which report edition is rendered, for the web pages and the downloads alike: the asked
// approved edition; else the year's standing approved edition; else the live records with the working
// draft's texts (or none: a preview). An approved edition renders from its frozen snapshot, its hash
// checked: a snapshot that no longer matches is "tampered" and never rendered. A unit's score sheet follows
// the same choice (an approved edition holds every unit's sheet as frozen).
import type { Db } from "@/db/client";
import { getAnnualReportData } from "@/db/queries/report-data";
import { getScoreSheet } from "@/db/queries/report-sheets";
import { getReportEdition, listReportEditions, type ReportEdition } from "@/db/queries/reports";
import type { Edition } from "@/lib/reports/blocks";
import { isSnapshotIntact } from "@/lib/reports/hash";
import type { AnnualReportData, ScoreSheet } from "@/lib/reports/types";

export type Source = {
  data: AnnualReportData;
  edition: Edition;
  /** The approved edition shown, or the working draft whose texts were used; null for a preview. */
  report: ReportEdition | null;
  reportId: number | null;
  snapshotHash: string | null;
  from: "approved" | "live";
};

/** An approved edition whose snapshot no longer matches its hash: refused, never rendered. */
export type Tampered = { tampered: true; report: ReportEdition };

export const isTampered = (s: unknown): s is Tampered => typeof s === "object" && s != null && "tampered" in s;

type Approved = NonNullable<Awaited<ReturnType<typeof getReportEdition>>>;

/** An approved edition as a source, or tampered when its snapshot no longer matches its hash. */
export function frozen(e: Approved): Source | Tampered {
  const { snapshot, ...report } = e;
  if (!snapshot || !isSnapshotIntact(snapshot, e.snapshotHash)) return { tampered: true, report };
  return {
    data: snapshot,
    edition: { approvedAt: (e.approvedAt ?? e.updatedAt).toISOString(), hash: e.snapshotHash! },
    report,
    reportId: e.id,
    snapshotHash: e.snapshotHash,
    from: "approved",
  };
}

/** An approved edition of the year, asked for by id. */
export async function editionSource(db: Db, year: number, editionId: number): Promise<Source | Tampered | "notFound"> {
  const e = await getReportEdition(db, editionId);
  if (!e || e.year !== year || e.status !== "approved") return "notFound";
  return frozen(e);
}

/** The standing approved edition among the year's editions (newest first): the latest, when it is approved
 * (no draft started since). */
async function standingOf(db: Db, editions: ReportEdition[]): Promise<Source | Tampered | null> {
  const [latest] = editions;
  if (latest?.status !== "approved") return null;
  const e = await getReportEdition(db, latest.id);
  return e ? frozen(e) : null;
}

/** The year's standing approved edition, if any. */
export async function standingSource(db: Db, year: number): Promise<Source | Tampered | null> {
  return standingOf(db, await listReportEditions(db, year));
}

/**
 * The year's report data: the asked approved edition ("notFound" when the id is no approved edition of the
 * year); else the standing approved edition; else the live records with the working draft's texts (or
 * none: a preview).
 */
export async function annualSource(
  db: Db,
  year: number,
  editionId: number | null,
): Promise<Source | Tampered | "notFound"> {
  if (editionId != null) return editionSource(db, year, editionId);
  const editions = await listReportEditions(db, year);
  const standing = await standingOf(db, editions);
  if (standing) return standing;
  const draft = editions.find((e) => e.status === "draft") ?? null;
  const data = await getAnnualReportData(db, year, { problems: draft?.problems ?? "", plans: draft?.plans ?? "" });
  return {
    data,
    edition: { draft: true },
    report: draft,
    reportId: draft?.id ?? null,
    snapshotHash: null,
    from: "live",
  };
}

export type SheetSource = Omit<Source, "data" | "edition"> & {
  /** The unit's sheet; null when the unit has no assessment that year (or none in the edition). */
  sheet: ScoreSheet | null;
  /** An approved edition's line; null for a live sheet, which carries its own 考核状态. */
  edition: Edition;
};

/** A unit's 考核评分表 by the same choice: from the asked or standing approved edition, else the stored scores. */
export async function sheetSource(
  db: Db,
  year: number,
  unitId: number,
  editionId: number | null,
): Promise<SheetSource | Tampered | "notFound"> {
  const approved = editionId != null ? await editionSource(db, year, editionId) : await standingSource(db, year);
  if (approved === "notFound" || isTampered(approved)) return approved;
  if (approved) {
    const { data, ...rest } = approved;
    return { ...rest, sheet: data.scoreSheets.find((s) => s.unitId === unitId) ?? null };
  }
  const sheet = (await getScoreSheet(db, year, unitId)) ?? null;
  return { sheet, edition: null, report: null, reportId: null, snapshotHash: null, from: "live" };
}

/** A page's choice: the asked edition, or — when the id is no approved edition of the year — the default
 * one, with `unknownEdition` set so the page can say so (a download refuses it instead). */
export async function shownSource<T>(
  asked: number | null,
  choose: (editionId: number | null) => Promise<T | "notFound">,
): Promise<{ source: T; unknownEdition: boolean }> {
  const first = await choose(asked);
  if (first !== "notFound") return { source: first, unknownEdition: false };
  const fallback = await choose(null);
  // Without an asked id the choice is the standing edition or the live records: never "notFound".
  if (fallback === "notFound") throw new Error("no default report edition");
  return { source: fallback, unknownEdition: true };
}
