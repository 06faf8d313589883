// How a list is named on screen: 单位清单 · 质量监督科, 岗位清单 · 质量监督科 · 科长, 领导清单 · 杜明远.
type Named = { ownerType: string; unitName: string | null; postName: string | null; leaderName: string | null };
type T = (key: string, values?: Record<string, string>) => string;

export function listLabel(t: T, l: Named): string {
  if (l.ownerType === "leader") return t("list.leaderList", { name: l.leaderName ?? "" });
  if (l.ownerType === "post") return t("list.postList", { unit: l.unitName ?? "", post: l.postName ?? "" });
  return t("list.unitList", { unit: l.unitName ?? "" });
}
