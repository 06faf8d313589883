// The text of a 责任书 / 承诺书, fixed when the pledge is generated: plain functions, no I/O. The text is
// what both parties sign (its SHA-256 is stored with the pledge and with each signature), so the same input
// must always give the same text, byte for byte.
import { createHash } from "node:crypto";

export type PledgeKind = "responsibility" | "commitment";

export type PledgeParty = { name: string; post: string; unit: string };

export type PledgeDuty = {
  text: string;
  category: string;
  responsibilityType: string;
  standard: string | null;
  sortOrder: number;
};

export type PledgeInput = {
  kind: PledgeKind;
  year: number;
  /** The bureau's name, for the preamble; empty leaves it out. */
  bureau: string;
  partyA: PledgeParty;
  partyB: PledgeParty;
  /** The unit the pledge belongs to (party B's unit, or the supervised unit). */
  unitName: string;
  duties: PledgeDuty[];
  /** The year's targets, one per line. */
  targets: string;
};

export const KIND_NAMES: Record<PledgeKind, string> = {
  responsibility: "安全生产责任书",
  commitment: "安全生产承诺书",
};

/** Category order and labels as in the duty lists (DESIGN §2). */
export const CATEGORY_LABELS: Record<string, string> = {
  leadership: "组织领导",
  implementation: "责任落实",
  supervision: "监管履职",
  hazard: "隐患治理",
  training: "教育培训",
  emergency: "应急管理",
  accident: "事故报告",
  investment: "安全投入",
  internal: "内部安全",
};

export const RESPONSIBILITY_LABELS: Record<string, string> = {
  first: "第一责任",
  leadership: "领导责任",
  direct: "直接责任",
  post: "岗位责任",
};

/** The demo bureau's yearly targets, used when the committee office gives none. */
export const DEFAULT_TARGETS = [
  "全年不发生较大及以上生产安全责任事故，一般生产安全事故起数和死亡人数同比下降",
  "重大事故隐患整改率100%，一般事故隐患整改率不低于98%",
  "安全生产责任清单制定率、签订率和公示率均达到100%",
  "特种设备定期检验率不低于99%，万台特种设备死亡人数控制在0.3以下",
  "全员安全生产教育培训覆盖率100%，年度应急演练不少于2次",
  "生产安全事故和突发事件及时、准确报告，杜绝迟报、漏报、谎报、瞒报",
].join("\n");

const CN_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 1 → 一, 12 → 十二, 20 → 二十 (enough for section numbering). */
export function chineseNumber(n: number): string {
  if (n <= 10) return CN_DIGITS[n];
  if (n < 20) return `十${CN_DIGITS[n - 10]}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ""}`;
  return String(n);
}

/** Line endings unified, trailing spaces removed, blank lines dropped. */
function lines(s: string): string[] {
  return s
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/\s+$/u, "").replace(/^\s+/u, ""))
    .filter((l) => l.length > 0);
}

/** One-line form of a field: inner line breaks become spaces, so a numbered item stays one item. */
const oneLine = (s: string) => lines(s).join(" ");

/** A sentence ends with Chinese punctuation: "。" is added unless it ends with one already. */
const sentence = (s: string) => (/[。；！？.;!?）)]$/u.test(s) ? s : `${s}。`);

/** Targets as lines, without any numbering the writer typed ("1.", "（1）", "一、", "-"). */
export function targetLines(targets: string): string[] {
  return lines(targets)
    .map((l) => l.replace(/^(\d{1,3}[.、．)）]|[（(]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[-•·*])\s*/u, ""))
    .map((l) => l.replace(/[；;。，,]+$/u, ""))
    .filter((l) => l.length > 0);
}

export function pledgeTitle(input: Pick<PledgeInput, "kind" | "year" | "unitName" | "partyB">): string {
  return `${input.year}年度${KIND_NAMES[input.kind]}（${input.unitName}·${input.partyB.name}）`;
}

const partyLine = (p: PledgeParty) => `${p.name}（${[p.unit, p.post].filter(Boolean).join(" ")}）`;

/** Duties grouped by category in the list order: （一）组织领导 … with items numbered 1..n throughout. */
function dutyLines(duties: PledgeDuty[]): string[] {
  const order = Object.keys(CATEGORY_LABELS);
  const rank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
  const sorted = [...duties].sort((a, b) => a.sortOrder - b.sortOrder);
  const categories = [...new Set(sorted.map((d) => d.category))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const out: string[] = [];
  let n = 0;
  categories.forEach((c, i) => {
    out.push(`（${chineseNumber(i + 1)}）${CATEGORY_LABELS[c] ?? c}`);
    for (const d of sorted.filter((x) => x.category === c)) {
      n++;
      const type = RESPONSIBILITY_LABELS[d.responsibilityType] ?? d.responsibilityType;
      out.push(`${n}. 【${type}】${sentence(oneLine(d.text))}`);
      if (d.standard && oneLine(d.standard)) out.push(`   考核标准：${sentence(oneLine(d.standard))}`);
    }
  });
  return out;
}

/**
 * The canonical text: title, parties, preamble, then 一、责任目标 二、责任内容 三、考核与奖惩 四、其他.
 * Lines joined with "\n", ending with one "\n".
 */
export function renderPledgeText(input: PledgeInput): string {
  const { kind, year, partyA, partyB } = input;
  const doc = kind === "commitment" ? "本承诺书" : "本责任书";
  const bureau = oneLine(input.bureau);
  const targets = targetLines(input.targets);
  const duties = dutyLines(input.duties);
  const preamble =
    kind === "commitment"
      ? `为贯彻落实《中华人民共和国安全生产法》，坚持“党政同责、一岗双责、齐抓共管、失职追责”，按照“管业务必须管安全”的要求，${bureau ? `落实${bureau}` : "落实"}${year}年度安全生产责任，乙方向甲方郑重承诺，认真履行本岗位安全生产职责，特签订${doc}。`
      : `为贯彻落实《中华人民共和国安全生产法》，坚持“党政同责、一岗双责、齐抓共管、失职追责”，按照“管行业必须管安全、管业务必须管安全”的要求，${bureau ? `落实${bureau}` : "落实"}${year}年度安全生产责任，经甲乙双方协商一致，签订${doc}。`;
  const out: string[] = [
    pledgeTitle(input),
    "",
    `甲方：${partyLine(partyA)}`,
    `乙方：${partyLine(partyB)}`,
    "",
    preamble,
    "",
    "一、责任目标",
    ...(targets.length ? targets.map((t, i) => `${i + 1}. ${t}。`) : ["1. 按照本单位年度安全生产工作要点确定。"]),
    "",
    "二、责任内容",
    kind === "commitment"
      ? "乙方承诺认真履行以下安全生产职责（依据乙方岗位安全生产责任清单）："
      : "乙方认真履行以下安全生产职责（依据乙方安全生产责任清单）：",
    ...(duties.length ? duties : ["（一）按照乙方安全生产责任清单履行职责。"]),
    "",
    "三、考核与奖惩",
    `1. ${doc}履行情况纳入${year}年度安全生产责任制考核，考核结果与评先评优、绩效考核和干部任用挂钩。`,
    `2. 实行安全生产“一票否决”：乙方职责范围内发生较大及以上生产安全责任事故、重大事故隐患挂牌督办逾期未整改，或者事故迟报、漏报、谎报、瞒报的，年度考核不得评为优秀，取消当年评先评优资格。`,
    "3. 对履职尽责、成效突出的，按规定给予表彰奖励；对失职失责的，依规依纪依法追究责任；符合尽职免责情形的，依规从轻、减轻或者免予追责。",
    "",
    "四、其他",
    `1. ${doc}期限自${year}年1月1日起至${year}年12月31日止。`,
    `2. 期限内乙方岗位或者职责发生变化的，由继任人员重新签订${doc}。`,
    `3. ${doc}一式两份，甲乙双方各执一份，自双方签署之日起生效。`,
    `4. 签订双方：甲方 ${partyLine(partyA)}；乙方 ${partyLine(partyB)}。`,
  ];
  return `${out.join("\n")}\n`;
}

export function pledgeHash(content: string): string {
  return createHash("sha256").update(content, "utf8").digest("hex");
}

/** Title, text and hash of a new pledge. */
export function renderPledge(input: PledgeInput): { title: string; content: string; contentHash: string } {
  const content = renderPledgeText(input);
  return { title: pledgeTitle(input), content, contentHash: pledgeHash(content) };
}
