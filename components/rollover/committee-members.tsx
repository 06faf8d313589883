import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { COMMITTEE_ROLES } from "@/lib/org/committee-seats";
import type { DefinedAction } from "@/server/action";

type Member = { id: number; role: string; isActive: boolean; personId: number; name: string; staffNo: string };
type Action = DefinedAction;

/** The prepared year's members, and the office's changes to them: another person, another seat,
 * deactivated (or back). Every change goes through an audited action. */
export async function CommitteeMembers({
  year,
  members,
  actions,
}: {
  year: number;
  members: Member[];
  actions: { replace: Action; seat: Action; active: Action };
}) {
  const t = await getTranslations();
  const role = (r: string) => t(`enums.committeeRole.${r}`);
  const memberOptions = members.map((m) => ({
    value: String(m.id),
    label: t("common.withNote", {
      text: m.name,
      note: m.isActive ? role(m.role) : [role(m.role), t("rollover.members.inactive")].join(t("common.listSep")),
    }),
  }));
  return (
    <div className="space-y-4">
      <table className="table">
        <caption className="mb-2 text-left font-semibold">{t("rollover.members.caption", { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("rollover.members.name")}</th>
            <th scope="col">{t("rollover.members.staffNo")}</th>
            <th scope="col">{t("rollover.members.seat")}</th>
            <th scope="col">{t("rollover.members.status")}</th>
            <th scope="col">{t("common.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id} className={m.isActive ? "" : "text-slate-500"}>
              <th scope="row" className="bg-transparent! font-normal!">
                {m.name}
              </th>
              <td className="font-mono">{m.staffNo}</td>
              <td>{role(m.role)}</td>
              <td>{m.isActive ? t("rollover.members.active") : t("rollover.members.inactive")}</td>
              <td>
                <ActionForm
                  action={actions.active}
                  inline
                  submitLabel={t(m.isActive ? "rollover.members.deactivate" : "rollover.members.activate", {
                    name: m.name,
                  })}
                  fields={[
                    { name: "memberId", label: "", type: "hidden", defaultValue: m.id },
                    { name: "active", label: "", type: "hidden", defaultValue: m.isActive ? "false" : "true" },
                  ]}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="replace-member-h" className="rounded border border-slate-200 p-3">
          <h3 id="replace-member-h" className="mb-2 font-medium">
            {t("rollover.members.replaceTitle")}
          </h3>
          <ActionForm
            action={actions.replace}
            submitLabel={t("rollover.members.replace")}
            successMessage={t("rollover.members.replaced")}
            fields={[
              {
                name: "memberId",
                label: t("rollover.members.member"),
                type: "select",
                required: true,
                options: memberOptions,
              },
              { name: "staffNo", label: t("rollover.members.newStaffNo"), required: true },
            ]}
          />
        </section>
        <section aria-labelledby="seat-member-h" className="rounded border border-slate-200 p-3">
          <h3 id="seat-member-h" className="mb-2 font-medium">
            {t("rollover.members.seatTitle")}
          </h3>
          <ActionForm
            action={actions.seat}
            submitLabel={t("rollover.members.changeSeat")}
            successMessage={t("rollover.members.seatChanged")}
            fields={[
              {
                name: "memberId",
                label: t("rollover.members.member"),
                type: "select",
                required: true,
                options: memberOptions,
              },
              {
                name: "role",
                label: t("rollover.members.newSeat"),
                type: "select",
                required: true,
                options: COMMITTEE_ROLES.map((r) => ({ value: r, label: role(r) })),
              },
            ]}
          />
        </section>
      </div>
    </div>
  );
}
