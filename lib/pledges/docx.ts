// A pledge as a Word file in the style of an official document (公文): A4, margins 37/35/28/26 mm, title in
// 方正小标宋简体 二号, headings in 黑体/楷体, body in 仿宋 三号 (16 pt) on a 28 pt line, page numbers in the
// footer, signature lines for both parties. Every string is passed as a text run, never as markup.
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type IRunOptions,
} from "docx";
import type { PledgeDocument } from "./document";

/** Millimetres to twips, rounded (docx's own helper truncates: 37 mm would be 2097). */
const mm = (n: number) => Math.round((n * 1440) / 25.4);
const PT = 2; // docx sizes are half-points
const BODY_SIZE = 16 * PT; // 三号
const TITLE_SIZE = 22 * PT; // 二号
const LINE = 28 * 20; // exact 28 pt line, in twips
const INDENT_2 = 2 * 16 * 20; // two characters of 16 pt, in twips
const CONTENT_WIDTH = 11906 - mm(28) - mm(26);

/** Chinese text in the East Asian font; digits and Latin letters in a matching Latin face. */
const font = (eastAsia: string, latin: string) => ({ eastAsia, ascii: latin, hAnsi: latin, cs: latin, hint: "eastAsia" });
// 仿宋/楷体/黑体 ship with every Chinese Windows and WPS (the older 仿宋_GB2312 often does not).
const FANGSONG = font("仿宋", "FangSong");
const HEITI = font("黑体", "SimHei");
const KAITI = font("楷体", "KaiTi");
// 方正小标宋简体 where installed; Word substitutes another font otherwise; Latin characters in SimHei.
const TITLE_FONT = font("方正小标宋简体", "SimHei");

const run = (text: string, opts: Partial<IRunOptions> = {}) => new TextRun({ text, font: FANGSONG, size: BODY_SIZE, ...opts });
const spacing = { line: LINE, lineRule: LineRuleType.EXACT };

function paragraph(p: PledgeDocument["paragraphs"][number]): Paragraph {
  switch (p.kind) {
    case "heading":
      return new Paragraph({ spacing, indent: { firstLine: INDENT_2 }, children: [run(p.text, { font: HEITI })] });
    case "subheading":
      return new Paragraph({ spacing, indent: { firstLine: INDENT_2 }, children: [run(p.text, { font: KAITI })] });
    case "parties":
      return new Paragraph({ spacing, children: [run(p.text)] });
    case "detail":
      return new Paragraph({ spacing, indent: { left: INDENT_2, firstLine: INDENT_2 }, children: [run(p.text)] });
    default:
      return new Paragraph({ spacing, indent: { firstLine: INDENT_2 }, children: [run(p.text)] });
  }
}

function signatureBlock(doc: PledgeDocument): Paragraph[] {
  const [a, b] = doc.signatures;
  const tabStops = [{ type: TabStopType.LEFT, position: Math.round(CONTENT_WIDTH / 2) }];
  const both = (left: string, right: string) =>
    new Paragraph({ spacing, tabStops, children: [run(left), run("\t"), run(right)] });
  const signed = (s: typeof a) => (s.signed ? "（已电子签署）" : "");
  return [
    new Paragraph({ spacing, children: [run("")] }),
    both(`${a.label}：${a.name}`, `${b.label}：${b.name}`),
    both(signed(a), signed(b)),
    both(`日期：${a.date}`, `日期：${b.date}`),
    new Paragraph({ spacing: { before: 240 }, children: [run(`文本摘要（SHA-256）：${doc.contentHash}`, { size: 9 * PT, font: font("宋体", "Courier New") })] }),
  ];
}

export function pledgeDocx(doc: PledgeDocument): Document {
  return new Document({
    creator: "DualDuty",
    title: doc.title,
    description: `SHA-256 ${doc.contentHash}`,
    styles: { default: { document: { run: { font: FANGSONG, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: {
              top: mm(37),
              bottom: mm(35),
              left: mm(28),
              right: mm(26),
              footer: mm(25),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: font("宋体", "SimSun"), size: 14 * PT })],
              }),
            ],
          }),
        },
        children: [
          ...doc.titleLines.map(
            (line, i) =>
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: i === doc.titleLines.length - 1 ? { after: LINE } : {},
                children: [i === 0 ? new TextRun({ text: line, font: TITLE_FONT, size: TITLE_SIZE }) : run(line, { font: KAITI })],
              }),
          ),
          ...doc.paragraphs.map(paragraph),
          ...signatureBlock(doc),
        ],
      },
    ],
  });
}

/** The .docx bytes. */
export async function pledgeDocxBuffer(doc: PledgeDocument): Promise<Buffer> {
  return Packer.toBuffer(pledgeDocx(doc));
}
