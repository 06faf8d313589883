// The few codes the report data keeps as codes (indicator direction, pledge kind and level), in the same
// Chinese wording as the pages (messages/zh.json). Everything else arrives labelled in the data
// (lib/reports/data-labels.ts), so a frozen snapshot prints the same words forever; the files are filed
// in Chinese whatever the reader's interface language.
import zh from "@/messages/zh.json";

type Dict = Record<string, string>;
const of = (dict: Dict) => (code: string | number | null | undefined) => (code == null ? "" : (dict[String(code)] ?? String(code)));

export const directionLabel = of(zh.assessment.direction as Dict);
export const pledgeKindLabel = of(zh.pledges.kind as Dict);
export const pledgeLevelLabel = of(zh.pledges.level as Dict);

/** A sanction's status label once the chair has confirmed it (the data carries the label). */
export const SANCTION_CONFIRMED: string = zh.assessment.sanctionStatus.confirmed;
