// The annual assessment's part of "what needs me": one query for the year's open scheme.
// A unit head submits the self-assessment; the assessment team reviews submitted units (never its own);
// the office handles objections and proposed vetoes and deductions; the chairs decide, finalise and
// confirm 奖惩兑现.
import { sql } from "drizzle-orm";
import type { Role } from "@/lib/authz";
import { rowsOf, type Db } from "../client";

export type NeedsMeAssessmentAction =
  | "self"
  | "review"
  | "objection"
  | "veto"
  | "proposal"
  | "decide"
  | "publicise"
  | "finalise"
  | "sanction";

export type NeedsMeAssessment = {
  action: NeedsMeAssessmentAction;
  year: number;
  /** The unit concerned, or null for a whole-year step (decide, publicise, finalise, sanctions). */
  unitId: number | null;
  unitName: string | null;
  count: number;
};

export type NeedsMeAssessmentViewer = {
  personId: number | null;
  roles: readonly Role[];
  headedUnitIds: number[];
  liaisonUnitIds?: number[];
  ownUnitIds?: number[];
};

const intArray = (ids: number[]) => sql`${`{${ids.filter(Number.isInteger).join(",")}}`}::int[]`;

export async function getNeedsMeAssessment(db: Db, viewer: NeedsMeAssessmentViewer): Promise<NeedsMeAssessment[]> {
  const isOffice = viewer.roles.includes("committee_office");
  const isChair = viewer.roles.includes("committee_chair");
  const selfUnits = [...viewer.headedUnitIds, ...(viewer.liaisonUnitIds ?? [])];
  const ownUnits = [...new Set([...(viewer.ownUnitIds ?? []), ...viewer.headedUnitIds])];
  const pid = viewer.personId ?? 0;
  if (!isOffice && !isChair && selfUnits.length === 0 && pid === 0) return [];
  const result = await db.execute(sql`
    with s as (
      select id, year from assessment_schemes where status = 'published'
    ),
    a as (
      select a.id, a.scheme_id, a.unit_id, a.status, s.year, u.name as unit_name, u.sort_order
      from assessments a join s on s.id = a.scheme_id join units u on u.id = a.unit_id
    ),
    team as (
      select s.id as scheme_id from s
      where ${isOffice}::boolean or exists (select 1 from assessment_reviewers r where r.scheme_id = s.id and r.person_id = ${pid})
    ),
    waiting as (
      select 'self' as action, year, unit_id, unit_name, sort_order, 1 as n from a
      where status in ('open', 'self_assessed') and unit_id = any(${intArray(selfUnits)})
      union all
      select 'review', a.year, a.unit_id, a.unit_name, a.sort_order, 1 from a
      join team t on t.scheme_id = a.scheme_id
      where a.status = 'submitted' and not (a.unit_id = any(${intArray(ownUnits)}))
      union all
      select 'objection', a.year, a.unit_id, a.unit_name, a.sort_order, count(*)::int from a
      join objections o on o.assessment_id = a.id
      where ${isOffice}::boolean and o.status = 'open' group by a.year, a.unit_id, a.unit_name, a.sort_order
      union all
      select 'veto', a.year, a.unit_id, a.unit_name, a.sort_order, count(*)::int from a
      join veto_hits v on v.assessment_id = a.id
      where ${isOffice}::boolean and v.status = 'proposed' group by a.year, a.unit_id, a.unit_name, a.sort_order
      union all
      select 'proposal', a.year, a.unit_id, a.unit_name, a.sort_order, count(*)::int from a
      join deduction_proposals p on p.assessment_id = a.id
      where ${isOffice}::boolean and p.status = 'proposed' group by a.year, a.unit_id, a.unit_name, a.sort_order
      union all
      select case when bool_and(status = 'reviewed') then 'decide' when bool_and(status = 'decided') then 'publicise' else 'finalise' end,
        year, null, null, -1, count(*)::int from a
      where ${isChair}::boolean group by year
      having bool_and(status = 'reviewed') or bool_and(status = 'decided') or bool_and(status = 'publicised')
      union all
      select 'sanction', sa.year, null, null, -1, count(*)::int from sanctions sa
      where ${isChair}::boolean and sa.status = 'proposed' group by sa.year
    )
    select action, year, unit_id as "unitId", unit_name as "unitName", n as count
    from waiting order by year, action, sort_order, unit_id
  `);
  return rowsOf<NeedsMeAssessment>(result);
}
