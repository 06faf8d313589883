import { getTranslations } from "next-intl/server";
import type { LevelProgress, Tally } from "@/lib/signing/tree";

function Bar({ label, tally, text }: { label: string; tally: Tally; text: string }) {
  return (
    <div>
      <p className="text-sm">{text}</p>
      <progress
        className="h-2 w-full accent-green-700"
        value={tally.done}
        max={Math.max(tally.total, 1)}
        aria-label={label}
        aria-valuetext={text}
      />
    </div>
  );
}

/** One card per level of the cascade: pledges and list confirmations done of due, re-signs, overdue. */
export async function LevelProgressCards({ levels }: { levels: LevelProgress[] }) {
  const t = await getTranslations("signing.levels");
  return (
    <section aria-labelledby="sig-levels-h" className="space-y-3">
      <h2 id="sig-levels-h" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div className="grid gap-3 md:grid-cols-3">
        {levels.map((l) => {
          const h = `sig-level-${l.level}`;
          const pledges = t("tally", { label: t("pledges"), ...l.pledges });
          const lists = t("tally", { label: t("lists"), ...l.lists });
          return (
            <section key={l.level} aria-labelledby={h} className="card space-y-2">
              <h3 id={h} className="font-medium">
                {t(String(l.level))}
              </h3>
              {l.pledges.total + l.lists.total === 0 ? (
                <p className="text-sm text-slate-600">{t("none")}</p>
              ) : (
                <>
                  <Bar label={`${t(String(l.level))} ${t("pledges")}`} tally={l.pledges} text={pledges} />
                  <Bar label={`${t(String(l.level))} ${t("lists")}`} tally={l.lists} text={lists} />
                  <p className="flex flex-wrap gap-3 text-sm">
                    {l.resign > 0 && <span className="text-amber-800">{t("resign", { count: l.resign })}</span>}
                    {l.overdue > 0 && <span className="font-medium text-red-700">{t("overdue", { count: l.overdue })}</span>}
                  </p>
                </>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
