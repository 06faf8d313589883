// The viewer's to-dos, read once per request: the home section and the navigation badge share it.
import { cache } from "react";
import { getDb } from "@/db/client";
import { getNeedsMe, type NeedsMe } from "@/db/queries/needs-me";
import { BUSINESS_ROLES } from "@/lib/authz";
import { requireViewer } from "@/lib/auth/viewer";
import { shanghaiDate, shanghaiYear } from "@/lib/clock";

/** Null for an account with no business role (administrators act on no list or pledge). */
export const loadNeedsMe = cache(async (): Promise<NeedsMe | null> => {
  const viewer = await requireViewer();
  if (!viewer.roles.some((r) => (BUSINESS_ROLES as readonly string[]).includes(r))) return null;
  const now = new Date();
  return getNeedsMe(await getDb(), viewer, shanghaiYear(now), shanghaiDate(now));
});
