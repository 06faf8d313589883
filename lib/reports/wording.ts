// The report files' wording: the same zh messages the web report uses (reports.doc), so the web page, Word
// and PDF read the same sentence for sentence, plus the few lines only a file needs (reportFiles.*). The
// files are filed in Chinese whatever the reader's interface language. Message arguments are inserted as
// plain text; they are never parsed as message syntax.
import { createTranslator } from "next-intl";
import zh from "@/messages/zh.json";

export const doc = createTranslator({ locale: "zh", messages: zh, namespace: "reports.doc" });
export const sheetWords = createTranslator({ locale: "zh", messages: zh, namespace: "reports.doc.sheet" });
export const fileWords = createTranslator({ locale: "zh", messages: zh, namespace: "reportFiles" });

type Dict = Record<string, string>;
const lookup = (dict: Dict) => (key: string | number) => dict[String(key)] ?? String(key);
export const pledgeLevelLabel = lookup(zh.reports.doc.pledgeLevel as Dict);
export const pledgeKindLabel = lookup(zh.reports.doc.pledgeKind as Dict);
