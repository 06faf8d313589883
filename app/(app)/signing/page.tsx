// 签订进度 (层层签订): the cascade tree with progress per level, who blocks whom, overdue rows, lists to
// sign again and open post handovers, for the working year unless `?year=` says otherwise. Three queries
// whatever the size of the bureau (the bureau's years, the board's two); the rules are plain functions in
// lib/signing.
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getSigningBoard } from "@/db/queries/signing-board";
import { Blockers } from "@/components/signing/blockers";
import { BoardFilter } from "@/components/signing/board-filter";
import { CascadeTree } from "@/components/signing/cascade-tree";
import { HandoverSection } from "@/components/signing/handover-section";
import { LevelProgressCards } from "@/components/signing/level-progress";
import { ResignSection } from "@/components/signing/resign-section";
import { NotPermitted } from "@/components/ui/not-permitted";
import { YearNotReady } from "@/components/ui/year-picker";
import { hasPermission } from "@/lib/authz";
import { today as clockToday } from "@/lib/clock";
import { guardPage } from "@/server/page-guard";
import { loadYearsInfo } from "@/server/years/page-year";
import { deadlineOf, isPastDeadline } from "@/lib/signing/deadline";
import { openHandovers } from "@/lib/signing/handover";
import { buildTree, filterEdges, filterOptions, levelProgress, resignRows, topBlockers } from "@/lib/signing/tree";
import { parseSigningParams, type SearchParams } from "./params";

export default async function SigningPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Like coverage, the board is not secret: everyone with signing.view sees the whole cascade.
  const { viewer, allowed } = await guardPage("signing.view", "/signing");
  if (!allowed) return <NotPermitted />;
  const info = await loadYearsInfo();
  const today = clockToday();
  const p = parseSigningParams(await searchParams, info.workingYear);
  const db = await getDb();
  const board = await getSigningBoard(db, p.year, today);
  const options = filterOptions(board.edges);
  const unitId = p.unitId && options.units.some((u) => u.id === p.unitId) ? p.unitId : undefined;
  const leaderId = p.leaderId && options.leaders.some((l) => l.id === p.leaderId) ? p.leaderId : undefined;
  const invalid = [...p.invalid, ...(p.unitId && !unitId ? ["unit"] : []), ...(p.leaderId && !leaderId ? ["leader"] : [])];
  const edges = filterEdges(board.edges, { unitId, leaderId });
  const past = isPastDeadline(p.year, board.deadlineMonthDay, today);
  // Handovers follow the unit filter; a leader filter keeps those in the units the leader's rows show.
  const shownUnits = new Set(edges.map((e) => e.unitId));
  const handovers = openHandovers(unitId || leaderId ? board.handovers.filter((h) => shownUnits.has(h.unitId)) : board.handovers);
  const t = await getTranslations("signing");
  const tc = await getTranslations("common");
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro", { year: p.year, deadline: deadlineOf(p.year, board.deadlineMonthDay) })}</p>
        <p className="text-xs text-slate-600">{t("orgDate", { date: board.orgDate })}</p>
      </div>
      <BoardFilter year={p.year} years={info} unitId={unitId} leaderId={leaderId} units={options.units} leaders={options.leaders} />
      {invalid.length > 0 && (
        <p role="alert" className="text-sm text-amber-800">
          {t("filter.ignored", { fields: invalid.map((f) => t(`filter.${f}`)).join(tc("listSep")) })}
        </p>
      )}
      <YearNotReady year={p.year} info={info} canRollover={hasPermission(viewer, "year.rollover")} workingHref="/signing" />
      {board.pledgeCount === 0 && info.dataYears.includes(p.year) && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          {t("notGenerated", { year: p.year })}
        </p>
      )}
      <LevelProgressCards levels={levelProgress(edges, past)} />
      <Blockers rows={topBlockers(edges)} />
      <ResignSection rows={resignRows(edges)} />
      <HandoverSection open={handovers.open} closed={handovers.closed} />
      <CascadeTree roots={buildTree(edges, past)} />
    </div>
  );
}
