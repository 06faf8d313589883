// Reads that server components make for themselves (a section on a person's or unit's page, the home
// dashboard): the database handle stays here, so components render what these return and import no db/.
import "server-only";
import { getDb } from "@/db/client";
import { listSanctionsForPerson, listSanctionsForUnit } from "@/db/queries/assessment-sanctions";
import { listPersonCases } from "@/db/queries/accountability";
import { listAssessmentProposals } from "@/db/queries/proposals";
import { getCoverageData } from "@/db/queries/coverage";
import { getResultsByYear, getSigningProgress } from "@/db/queries/dashboard";

export const readSanctionsForPerson = async (personId: number) => listSanctionsForPerson(await getDb(), personId);
export const readSanctionsForUnit = async (unitId: number) => listSanctionsForUnit(await getDb(), unitId);
export const readPersonCases = async (personId: number) => listPersonCases(await getDb(), personId);
export const readAssessmentProposals = async (assessmentId: number) => listAssessmentProposals(await getDb(), assessmentId);

/** The dashboard's three reads, together. */
export async function readDashboard(year: number, today: string) {
  const db = await getDb();
  const [levels, coverage, results] = await Promise.all([getSigningProgress(db, year, today), getCoverageData(db, year, today), getResultsByYear(db)]);
  return { levels, coverage, results };
}
