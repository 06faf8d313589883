// The viewer's to-dos, read once per request: the home section and the navigation badge share it.
import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getNeedsMe, type NeedsMe } from "@/db/queries/needs-me";
import { getNeedsMeAssessment, type NeedsMeAssessment } from "@/db/queries/needs-me-assessment";
import { BUSINESS_ROLES } from "@/lib/authz";
import { requireViewer } from "@/server/auth/viewer";
import { today } from "@/lib/clock";

export type NeedsMeAll = NeedsMe & { assessments: NeedsMeAssessment[] };

/** Null for an account with no business role (administrators act on no list, pledge or assessment). */
export const loadNeedsMe = cache(async (): Promise<NeedsMeAll | null> => {
  const viewer = await requireViewer();
  if (!viewer.roles.some((r) => (BUSINESS_ROLES as readonly string[]).includes(r))) return null;
  const db = await getDb();
  // The working year's lists and pledges (viewer.year: the viewer is not resolved for another year here),
  // the holdings of today. No query for the year: the layout's badge reads this on every page.
  const [needs, assessments] = await Promise.all([
    getNeedsMe(db, viewer, viewer.year, today()),
    getNeedsMeAssessment(db, viewer),
  ]);
  return { ...needs, assessments, total: needs.total + assessments.length };
});
