// What an overdue 重大 hazard proposes for its unit's assessment (DESIGN §3): one more occurrence of the
// 隐患治理 deduction rule, and, for a 挂牌督办 hazard more than SUPERVISED_VETO_AFTER_DAYS late, the hazard
// veto — with the wording the office reads. Plain functions over plain rows.
import { SUPERVISED_VETO_AFTER_DAYS } from "./hazard-workflow";

export type OverdueHazard = {
  hazardId: number;
  title: string;
  deadline: string;
  isSupervised: boolean;
  /** The unit's assessment of the year the proposal goes to. */
  assessmentId: number;
  daysLate: number;
};

/** Proposals only from 1 January of their year on: a year not begun has nothing overdue yet. */
export const isYearBegun = (year: number, today: string) => today >= `${year}-01-01`;

export const overdueDeductionReason = (h: OverdueHazard, today: string) =>
  `${h.isSupervised ? "挂牌督办" : ""}重大隐患「${h.title}」整改期限 ${h.deadline} 已过，至 ${today} 仍未销号（逾期 ${h.daysLate} 天）`;

/** A 挂牌督办 hazard this late proposes the veto too. */
export const isVetoLate = (h: OverdueHazard) => h.isSupervised && h.daysLate > SUPERVISED_VETO_AFTER_DAYS;

export const overdueVetoBasis = (h: OverdueHazard) =>
  `挂牌督办重大隐患「${h.title}」整改期限 ${h.deadline}，逾期 ${h.daysLate} 天（超过 ${SUPERVISED_VETO_AFTER_DAYS} 天）仍未销号`;
