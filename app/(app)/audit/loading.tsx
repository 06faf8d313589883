import { getTranslations } from "next-intl/server";

// A loading boundary also stops link prefetches here, so a prefetch never renders (and logs) an audit view.
export default async function AuditLoading() {
  const t = await getTranslations("common");
  return <p role="status">{t("loading")}</p>;
}
