// The locale-bound date formatter for server components: lib/format/datetime in the viewer's language.
import { getLocale } from "next-intl/server";
import { formatDate, formatDateTime, type DateInput, type DateStyle } from "@/lib/format/datetime";

export type Dates = {
  date: (d: DateInput, opts?: { style?: DateStyle }) => string;
  dateTime: (d: DateInput, opts?: { style?: DateStyle; seconds?: boolean }) => string;
};

export async function getDates(): Promise<Dates> {
  const locale = await getLocale();
  return { date: (d, opts) => formatDate(d, locale, opts), dateTime: (d, opts) => formatDateTime(d, locale, opts) };
}
