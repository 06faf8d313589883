import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ListState, PledgeState, Waiting } from "@/lib/signing/status";
import type { TreeNode } from "@/lib/signing/tree";

type T = Awaited<ReturnType<typeof getTranslations<"signing">>>;

export function waitingText(t: T, w: Waiting): string {
  if (w.act === "submit") return t("waiting.submit");
  if (w.act === "review" && !w.name) return t("waiting.reviewAnyone");
  return t(`waiting.${w.act}`, { name: w.name ?? "—" });
}

function pledgeText(t: T, s: PledgeState) {
  if (s.state === "none") return t("pledge.none");
  if (s.state === "complete") return t("pledge.complete");
  return waitingText(t, s.waiting);
}

function listText(t: T, s: ListState) {
  if (s.state === "none") return t("list.none");
  if (s.state === "signed") return t("list.signed");
  // 内容已变更: the row is party B's own, so the name adds nothing.
  if (s.state === "resign") return t("list.resign");
  return waitingText(t, s.waiting);
}

const tone = (done: boolean, overdue: boolean) => (done ? "text-green-800" : overdue ? "text-red-700" : "text-amber-800");

/** One relation: party B, then the pledge and the list confirmation, each linking to what to open. */
function Row({ node, t }: { node: TreeNode; t: T }) {
  const { edge: e, state: s } = node;
  const pledge = pledgeText(t, s.pledge);
  const list = listText(t, s.list);
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-1 text-sm">
      <span className="font-medium">{e.bName}</span>
      <span className="text-slate-600">{[e.unitName, e.bPost].filter(Boolean).join(" · ")}</span>
      {s.hasPledge && (
        <span className={tone(s.isPledgeDone, s.isOverdue)}>
          {t("tree.pledgeLabel")}
          {e.pledgeId != null ? (
            <Link className="underline" href={`/pledges/${e.pledgeId}`}>
              {pledge}
            </Link>
          ) : (
            pledge
          )}
        </span>
      )}
      <span className={tone(s.isListDone, s.isOverdue)}>
        {t("tree.listLabel")}
        {e.listId != null ? (
          <Link className="underline" href={`/duties/${e.listId}`}>
            {list}
          </Link>
        ) : (
          list
        )}
      </span>
      {s.isOverdue && <strong className="rounded bg-red-100 px-1.5 text-xs text-red-800">{t("overdue")}</strong>}
    </div>
  );
}

function Nodes({ nodes, t }: { nodes: TreeNode[]; t: T }) {
  return (
    <ul className="space-y-1">
      {nodes.map((n) => {
        const staff = n.children.filter((c) => c.edge.level === 3);
        const others = n.children.filter((c) => c.edge.level !== 3);
        const done = staff.filter((c) => c.state.isPledgeDone && c.state.isListDone).length;
        return (
          <li key={`${n.edge.level}:${n.edge.aId}:${n.edge.bId}:${n.edge.unitId}:${n.edge.listId}`} className="border-l-2 border-slate-200 pl-3">
            <Row node={n} t={t} />
            {others.length > 0 && <Nodes nodes={others} t={t} />}
            {staff.length > 0 && (
              <details className="ml-1">
                <summary className="cursor-pointer text-sm text-blue-800">{t("tree.staff", { done, total: staff.length })}</summary>
                <Nodes nodes={staff} t={t} />
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The cascade: 局长 → leaders → heads (the 局长's own units under him) → staff, collapsed per unit. */
export async function CascadeTree({ roots }: { roots: TreeNode[] }) {
  const t = await getTranslations("signing");
  return (
    <section aria-labelledby="sig-tree-h" className="card space-y-2">
      <h2 id="sig-tree-h" className="text-lg font-semibold">
        {t("tree.title")}
      </h2>
      <p className="text-sm text-slate-600">{t("tree.help")}</p>
      {roots.length === 0 ? <p className="text-sm">{t("tree.empty")}</p> : <Nodes nodes={roots} t={t} />}
    </section>
  );
}
