// The Chinese labels the report data carries with it (report-data.ts): the report is filed in Chinese
// whatever the viewer's locale, and a frozen snapshot must render the same without looking anything up
// later. Taken from messages/zh.json (reports.labels and the shared enums), so there is one wording.
import zh from "@/messages/zh.json";

type Dict = Record<string, string>;

const labels = zh.reports.labels;

export const ZH = {
  recordKind: labels.recordKind as Dict,
  hazardLevel: labels.hazardLevel as Dict,
  hazardStatus: labels.hazardStatus as Dict,
  accidentLevel: labels.accidentLevel as Dict,
  accidentFlag: labels.accidentFlag as Dict,
  situation: labels.situation as Dict,
  form: labels.form as Dict,
  leniency: labels.leniency as Dict,
  supervisionAssist: labels.supervisionAssist,
  unitGroup: zh.enums.unitGroup as Dict,
  assessmentStatus: zh.assessment.status as Dict,
  sanctionKind: zh.assessment.sanctionKind as Dict,
  sanctionStatus: zh.assessment.sanctionStatus as Dict,
  objectionStatus: zh.assessment.objectionStatus as Dict,
};

/** The label of `key` in `dict`, or the key itself when a newer enum value has no label yet. */
export function zhLabel(dict: Dict, key: string | null | undefined): string {
  if (key == null) return "";
  return dict[key] ?? key;
}
