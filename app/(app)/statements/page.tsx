import { redirect } from "next/navigation";
import { requireViewer } from "@/server/auth/viewer";
import { pageYear } from "@/server/years/page-year";
import { parseSearchParams } from "@/server/page-params";
import { queryParam } from "@/lib/url-params";

export const dynamic = "force-dynamic";

/** `/statements?year=&person=`: the target of the year picker and of the links to "my statement": the chosen
 * year's statement page, by default the working year's. */
export default async function StatementsIndexPage({ searchParams }: { searchParams: Promise<{ year?: string | string[]; person?: string | string[] }> }) {
  await requireViewer();
  const sp = await searchParams;
  const { year } = await pageYear(sp.year);
  const asked = (await parseSearchParams({ person: queryParam.id }, sp)).person;
  const person = asked ? `?person=${asked}` : "";
  redirect(`/statements/${year}${person}`);
}
