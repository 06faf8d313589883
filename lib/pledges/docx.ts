// A pledge as a Word file in the style of an official document (公文): A4, margins 37/35/28/26 mm, title in
// 方正小标宋简体 二号, headings in 黑体/楷体, body in 仿宋 三号 (16 pt) on a 28 pt line, page numbers in the
// footer, signature lines for both parties. Every string is passed as a text run, never as markup.
import { AlignmentType, Document, Paragraph, TabStopType, TextRun } from "docx";
import {
  CONTENT_WIDTH,
  HEITI,
  INDENT_2,
  KAITI,
  LINE,
  PT,
  TITLE_FONT,
  TITLE_SIZE,
  font,
  gongwenDocxBuffer,
  gongwenPage,
  gongwenStyles,
  pageNumberFooter,
  run,
  spacing,
} from "@/lib/documents/gongwen-docx";
import type { PledgeDocument } from "./document";

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
    new Paragraph({
      spacing: { before: 240 },
      children: [run(`文本摘要（SHA-256）：${doc.contentHash}`, { size: 9 * PT, font: font("宋体", "Courier New") })],
    }),
  ];
}

export function pledgeDocx(doc: PledgeDocument): Document {
  return new Document({
    creator: "DualDuty",
    title: doc.title,
    description: `SHA-256 ${doc.contentHash}`,
    styles: gongwenStyles,
    sections: [
      {
        properties: gongwenPage(),
        footers: { default: pageNumberFooter() },
        children: [
          ...doc.titleLines.map(
            (line, i) =>
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: i === doc.titleLines.length - 1 ? { after: LINE } : {},
                children: [
                  i === 0
                    ? new TextRun({ text: line, font: TITLE_FONT, size: TITLE_SIZE })
                    : run(line, { font: KAITI }),
                ],
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
  return gongwenDocxBuffer(pledgeDocx(doc));
}
