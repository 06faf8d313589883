import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UnitListItem } from "@/db/queries/org";

export type UnitNode = UnitListItem & { depth: number; children: UnitNode[] };

/** Builds the unit forest from a flat, ordered list; units whose parent is missing become roots. */
export function buildUnitTree(list: UnitListItem[]): UnitNode[] {
  const nodes = new Map<number, UnitNode>(list.map((u) => [u.id, { ...u, depth: 0, children: [] }]));
  const roots: UnitNode[] = [];
  for (const u of list) {
    const node = nodes.get(u.id)!;
    const parent = u.parentId != null ? nodes.get(u.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  // Depths from the roots; a unit reached twice (a cycle in bad data) is not walked again.
  const seen = new Set<number>();
  const walk = (n: UnitNode, depth: number) => {
    if (seen.has(n.id)) return;
    seen.add(n.id);
    n.depth = depth;
    n.children.forEach((c) => walk(c, depth + 1));
  };
  roots.forEach((r) => walk(r, 0));
  return roots;
}

/** Depth-first order, for indented select options. */
export function flattenUnitTree(roots: UnitNode[]): UnitNode[] {
  const out: UnitNode[] = [];
  const seen = new Set<number>();
  const walk = (n: UnitNode) => {
    if (seen.has(n.id)) return;
    seen.add(n.id);
    out.push(n);
    n.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}

/** Select options for a parent or office unit: active units, indented by depth, each named with its code
 * (`label`: the viewer's language's "name (code)", common.withNote). */
export function unitOptions(
  roots: UnitNode[],
  label: (name: string, code: string) => string,
  opts: { exclude?: number; includeInactive?: boolean } = {},
) {
  return flattenUnitTree(roots)
    .filter((u) => u.id !== opts.exclude && (opts.includeInactive || u.isActive))
    .map((u) => ({ value: String(u.id), label: `${"\u3000".repeat(u.depth)}${label(u.name, u.code)}` }));
}

/** The org tree as nested lists: name (linking to the unit page), code, kind, group and status. */
export async function UnitTree({ roots }: { roots: UnitNode[] }) {
  const t = await getTranslations();
  const seen = new Set<number>();
  const render = (nodes: UnitNode[], level: number) => (
    <ul className={level === 0 ? "space-y-1" : "ml-6 mt-1 space-y-1 border-l border-slate-200 pl-3"}>
      {nodes
        .filter((n) => !seen.has(n.id) && seen.add(n.id))
        .map((n) => (
          <li key={n.id}>
            <div className="flex flex-wrap items-baseline gap-2 text-sm">
              <Link href={`/admin/org/units/${n.id}`} className={`font-medium underline ${n.isActive ? "text-blue-800" : "text-slate-500"}`}>
                {n.name}
              </Link>
              <span className="font-mono text-xs text-slate-500">{n.code}</span>
              <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">{t(`enums.unitKind.${n.kind}`)}</span>
              {n.group && <span className="rounded bg-blue-50 px-1.5 text-xs text-blue-900">{t(`enums.unitGroup.${n.group}`)}</span>}
              {n.isActive ? (
                <span className="sr-only">{t("org.unit.active")}</span>
              ) : (
                <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t("org.unit.inactive")}</span>
              )}
            </div>
            {n.children.length > 0 && render(n.children, level + 1)}
          </li>
        ))}
    </ul>
  );
  return render(roots, 0);
}
