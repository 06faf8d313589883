import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UnitPost } from "@/db/queries/org";
import { holdingType, postKind, type Unit } from "@/db/schema";
import { ActionForm } from "@/components/ui/action-form";
import { assignHoldingAction, createPostAction, endHoldingAction, setPostActiveAction } from "./actions";

type Props = { unit: Unit; posts: UnitPost[]; canManage: boolean; today: string };

/** 岗位: the unit's posts with their current holders, (de)activation and the new-post form. */
export async function PostsSection({ unit, posts, canManage, today }: Props) {
  const t = await getTranslations();
  return (
    <section className="card space-y-4" aria-labelledby="posts-h">
      <h2 id="posts-h" className="font-semibold">
        {t("org.post.heading")}
      </h2>
      {posts.length === 0 ? (
        <p className="text-sm text-slate-600">{t("org.post.none")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("org.post.name")}</th>
              <th scope="col">{t("org.post.kind")}</th>
              <th scope="col">{t("org.post.holders")}</th>
              <th scope="col">{t("org.post.status")}</th>
              {canManage && <th scope="col">{t("common.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {posts.map((p) => (
              <tr key={p.id} className={p.isActive ? "" : "text-slate-500"}>
                <th scope="row" className="bg-transparent! align-top font-normal!">
                  {p.name}
                </th>
                <td>{t(`enums.postKind.${p.kind}`)}</td>
                <td>
                  {p.holders.length === 0 ? (
                    <span className="text-amber-800">{t("org.post.vacant")}</span>
                  ) : (
                    <ul>
                      {p.holders.map((h) => (
                        <li key={h.holdingId}>
                          <Link className="text-blue-700 underline" href={`/people/${h.personId}`}>
                            {h.name}
                          </Link>{" "}
                          <span className="text-xs text-slate-600">
                            {t(`enums.holdingType.${h.type}`)}
                            {h.startDate > today && ` · ${t("org.holding.startsOn", { date: h.startDate })}`}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{p.isActive ? t("org.post.active") : t("org.post.inactive")}</td>
                {canManage && (
                  <td>
                    <ActionForm
                      action={setPostActiveAction}
                      inline
                      submitLabel={p.isActive ? t("org.post.deactivate") : t("org.post.activate")}
                      fields={[
                        { name: "id", label: "id", type: "hidden", defaultValue: p.id },
                        { name: "active", label: "active", type: "hidden", defaultValue: p.isActive ? "false" : "true" },
                      ]}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage && unit.isActive && (
        <section aria-labelledby="new-post-h" className="border-t border-slate-200 pt-3">
          <h3 id="new-post-h" className="mb-2 font-semibold">
            {t("org.post.create")}
          </h3>
          <ActionForm
            action={createPostAction}
            inline
            submitLabel={t("org.post.create")}
            successMessage={t("org.post.created")}
            fields={[
              { name: "unitId", label: "unitId", type: "hidden", defaultValue: unit.id },
              { name: "name", label: t("org.post.name"), required: true },
              {
                name: "kind",
                label: t("org.post.kind"),
                type: "select",
                required: true,
                defaultValue: "staff",
                options: postKind.enumValues.map((k) => ({ value: k, label: t(`enums.postKind.${k}`) })),
              },
            ]}
          />
        </section>
      )}
    </section>
  );
}

/** 任职: who holds the unit's posts now (or from a later date), ending a holding, and assigning a person. */
export async function HoldingsSection({ unit, posts, canManage, today }: Props) {
  const t = await getTranslations();
  const rows = posts.flatMap((p) => p.holders.map((h) => ({ ...h, postName: p.name })));
  const activePosts = posts.filter((p) => p.isActive);
  return (
    <section className="card space-y-4" aria-labelledby="holdings-h">
      <h2 id="holdings-h" className="font-semibold">
        {t("org.holding.heading")}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("org.holding.none")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("org.holding.post")}</th>
              <th scope="col">{t("org.holding.person")}</th>
              <th scope="col">{t("org.holding.staffNo")}</th>
              <th scope="col">{t("org.holding.type")}</th>
              <th scope="col">{t("org.holding.start")}</th>
              <th scope="col">{canManage ? t("org.holding.endHeading") : t("org.holding.end")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((h) => (
              <tr key={h.holdingId}>
                <td>{h.postName}</td>
                <th scope="row" className="bg-transparent! align-top font-normal!">
                  <Link className="text-blue-700 underline" href={`/people/${h.personId}`}>
                    {h.name}
                  </Link>
                </th>
                <td className="font-mono">{h.staffNo}</td>
                <td>{t(`enums.holdingType.${h.type}`)}</td>
                <td>{h.startDate}</td>
                <td>
                  {h.endDate ? (
                    h.endDate
                  ) : canManage ? (
                    <ActionForm
                      action={endHoldingAction}
                      inline
                      submitLabel={t("org.holding.endSubmit")}
                      successMessage={t("org.holding.ended")}
                      fields={[
                        { name: "id", label: "id", type: "hidden", defaultValue: h.holdingId },
                        { name: "endDate", label: t("org.holding.end"), type: "date", required: true, defaultValue: today },
                      ]}
                    />
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage && unit.isActive && activePosts.length > 0 && (
        <div className="border-t border-slate-200 pt-3">
          <p className="mb-2 text-sm text-slate-600">{t("org.holding.assignHint")}</p>
          <ActionForm
            action={assignHoldingAction}
            inline
            submitLabel={t("org.holding.assign")}
            successMessage={t("org.holding.assigned")}
            fields={[
              {
                name: "postId",
                label: t("org.holding.post"),
                type: "select",
                required: true,
                options: activePosts.map((p) => ({ value: String(p.id), label: p.name })),
              },
              { name: "staffNo", label: t("org.holding.staffNo"), required: true },
              {
                name: "type",
                label: t("org.holding.type"),
                type: "select",
                required: true,
                defaultValue: "primary",
                options: holdingType.enumValues.map((k) => ({ value: k, label: t(`enums.holdingType.${k}`) })),
              },
              { name: "startDate", label: t("org.holding.start"), type: "date", required: true, defaultValue: today },
            ]}
          />
        </div>
      )}
    </section>
  );
}
