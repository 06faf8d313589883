// 生成责任书: the year's pledges that do not exist yet, from the cascade and party B's published lists.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import {
  createPledges,
  listItemsOfVersions,
  listPledgePairs,
  listUnitIndicatorTargets,
  lockPledgeGeneration,
  type PledgeLevel,
  type PledgePair,
} from "@/db/queries/pledges";
import { orgDateOf, shanghaiDate } from "@/lib/clock";
import { newPledgeFields, pledgeTargets } from "@/lib/pledges/targets";

export type GenerateResult = {
  year: number;
  /** Pledges created now, per level. */
  created: Record<PledgeLevel, number>;
  /** Pairs left out because party B has no published list, per level. */
  skipped: Record<PledgeLevel, number>;
  /** Pairs that already had a pledge this year. */
  existing: number;
  ids: number[];
};

/**
 * Creates the year's pledges that do not exist yet: level 1 局长 ↔ each other leader (责任书, B's leader
 * list); level 2 each leader ↔ the head(s) of each unit they supervise as 主管 (责任书, the unit's list);
 * level 3 each unit's head ↔ each deputy and staff member of the unit (承诺书, B's post list). The 责任书
 * carry the bureau's targets (`targets`, else the default); a 承诺书 its post's own and its unit's control
 * indicators (lib/pledges/targets.ts). Holders are read on `orgDateOf(year, shanghaiDate(now))`
 * (lib/clock.ts); a pair whose B has no published list is skipped and counted. Four queries and one bulk
 * insert whatever the size of the organisation.
 */
export async function generatePledges(tx: AuditedTx, year: number, now: Date, targets?: string | null): Promise<GenerateResult> {
  await lockPledgeGeneration(tx, year);
  const pairs = await listPledgePairs(tx, year, orgDateOf(year, shanghaiDate(now)));
  const out: GenerateResult = { year, created: { 1: 0, 2: 0, 3: 0 }, skipped: { 1: 0, 2: 0, 3: 0 }, existing: 0, ids: [] };
  const toCreate: PledgePair[] = [];
  for (const r of pairs) {
    if (r.has_pledge) out.existing++;
    else if (r.version_id == null) out.skipped[r.level]++;
    else toCreate.push(r);
  }
  if (!toCreate.length) return out;

  const [items, unitTargets] = await Promise.all([
    listItemsOfVersions(tx, [...new Set(toCreate.map((r) => r.version_id!))]),
    listUnitIndicatorTargets(tx, year, [...new Set(toCreate.filter((r) => r.level === 3).map((r) => r.unit_id))]),
  ]);
  const byVersion = new Map<number, typeof items>();
  for (const i of items) byVersion.set(i.versionId, [...(byVersion.get(i.versionId) ?? []), i]);

  const inserted = await createPledges(
    tx,
    toCreate.map((r) => ({
      ...newPledgeFields(
        r,
        year,
        byVersion.get(r.version_id!) ?? [],
        pledgeTargets(r.level, targets, { name: r.unit_name, indicators: unitTargets.get(r.unit_id) ?? [] }),
      ),
      createdAt: now,
      updatedAt: now,
    })),
  );
  for (const p of inserted) {
    out.created[p.level as PledgeLevel]++;
    out.ids.push(p.id);
  }
  return out;
}
