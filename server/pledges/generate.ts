// 生成责任书: the year's pledges that do not exist yet, from the cascade and party B's published lists.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import { createPledges, listItemsOfVersions, listPledgePairs, lockPledgeGeneration, type PledgeLevel, type PledgePair } from "@/db/queries/pledges";
import { orgDateOf, shanghaiDate } from "@/lib/clock";
import { DEFAULT_TARGETS, renderPledge, targetLines, type PledgeKind } from "@/lib/pledges/render";

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
 * level 3 each unit's head ↔ each deputy and staff member of the unit (承诺书, B's post list). Holders are
 * read on `orgDateOf(year, shanghaiDate(now))` (lib/clock.ts); a pair whose B has no published list is
 * skipped and counted. Three queries and one bulk insert whatever the size of the organisation.
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

  const items = await listItemsOfVersions(tx, [...new Set(toCreate.map((r) => r.version_id!))]);
  const byVersion = new Map<number, typeof items>();
  for (const i of items) byVersion.set(i.versionId, [...(byVersion.get(i.versionId) ?? []), i]);

  const targetText = targetLines(targets?.trim() ? targets : DEFAULT_TARGETS).join("\n");
  const inserted = await createPledges(
    tx,
    toCreate.map((r) => {
      const kind: PledgeKind = r.level === 3 ? "commitment" : "responsibility";
      const doc = renderPledge({
        kind,
        year,
        bureau: r.bureau ?? "",
        partyA: { name: r.a_name, post: r.a_post, unit: r.a_unit },
        partyB: { name: r.b_name, post: r.b_post, unit: r.b_unit },
        unitName: r.unit_name,
        duties: byVersion.get(r.version_id!) ?? [],
        targets: targetText,
      });
      return {
        year,
        kind,
        level: r.level,
        partyAId: r.a_id,
        partyBId: r.b_id,
        unitId: r.unit_id,
        listId: r.list_id,
        title: doc.title,
        targets: targetText,
        content: doc.content,
        contentHash: doc.contentHash,
        createdAt: now,
        updatedAt: now,
      };
    }),
  );
  for (const p of inserted) {
    out.created[p.level as PledgeLevel]++;
    out.ids.push(p.id);
  }
  return out;
}
