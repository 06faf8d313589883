// 奖惩兑现 on a person's page (/people/[id], /my-duties) and a unit's assessment page: one line per entry,
// e.g. "2025 年度考核：年度考核不得评为优秀（特种设备检验研究院 一票否决：事故迟报）— 已确认". Nothing when none.
import { getTranslations } from "next-intl/server";
import type { SanctionView } from "@/db/queries/assessment-sanctions";
import { readSanctionsForPerson, readSanctionsForUnit } from "@/server/reads";

type ListProps = { rows: SanctionView[]; headingId: string; showPerson: boolean; className?: string };

async function SanctionList({ rows, headingId, showPerson, className }: ListProps) {
  const t = await getTranslations("assessment");
  if (!rows.length) return null;
  return (
    <section className={`card ${className ?? ""}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-2 font-semibold">
        {t("sanctions.title")}
      </h2>
      <ul className="space-y-1 text-sm">
        {rows.map((s) => (
          <li key={s.id} data-testid="sanction">
            {t("sanctions.line", { year: s.year, kind: t(`sanctionKind.${s.kind}`) })}
            {showPerson && s.personName && <>{t("sanctions.person", { name: s.personName })}</>}
            {s.ruleName ? t("sanctions.fromVeto", { unit: s.unitName, rule: s.ruleName }) : t("sanctions.fromUnit", { unit: s.unitName })}
            {s.dueDate && t("sanctions.due", { date: s.dueDate })}
            {" — "}
            <span className={s.status === "confirmed" ? "font-medium" : "text-slate-600"}>{t(`sanctionStatus.${s.status}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The entries a person carries: 年度考核不得评为优秀 for a unit they headed or supervised. */
export async function PersonSanctions({ personId, className }: { personId: number; className?: string }) {
  const rows = await readSanctionsForPerson(personId);
  return <SanctionList rows={rows} headingId={`person-sanctions-${personId}`} showPerson={false} className={className} />;
}

/** Everything that followed from a unit's assessments: its own entries and its people's. */
export async function UnitSanctions({ unitId, className }: { unitId: number; className?: string }) {
  const rows = await readSanctionsForUnit(unitId);
  return <SanctionList rows={rows} headingId={`unit-sanctions-${unitId}`} showPerson className={className} />;
}
