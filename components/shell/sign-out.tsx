import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/server/auth/actions";

export async function SignOutButton() {
  const t = await getTranslations("nav");
  return (
    <form action={signOutAction}>
      <button type="submit" className="text-sm text-slate-200 underline hover:text-white">
        {t("signOut")}
      </button>
    </form>
  );
}
