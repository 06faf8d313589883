// A 述职 draft as a Word file in the 公文 layout shared by every Word download (lib/documents/gongwen-docx):
// title in 方正小标宋简体 二号, 一、 headings in 黑体, body in 仿宋 三号 on a 28 pt line, page numbers in the
// footer. The stored text is passed as text runs, never as markup.
import { AlignmentType, Document, Paragraph, TextRun } from "docx";
import {
  HEITI,
  INDENT_2,
  LINE,
  TITLE_FONT,
  TITLE_SIZE,
  gongwenDocxBuffer,
  gongwenPage,
  gongwenStyles,
  pageNumberFooter,
  run,
  spacing,
} from "@/lib/documents/gongwen-docx";
import { statementParagraphs } from "./statement";

export function statementDocx(body: string): Document {
  const { title, paragraphs } = statementParagraphs(body);
  return new Document({
    creator: "DualDuty",
    title,
    styles: gongwenStyles,
    sections: [
      {
        properties: gongwenPage(),
        footers: { default: pageNumberFooter() },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: LINE },
            children: [new TextRun({ text: title, font: TITLE_FONT, size: TITLE_SIZE })],
          }),
          ...paragraphs.map(
            (p) =>
              new Paragraph({
                spacing,
                indent: { firstLine: INDENT_2 },
                children: [p.kind === "heading" ? run(p.text, { font: HEITI }) : run(p.text)],
              }),
          ),
        ],
      },
    ],
  });
}

export async function statementDocxBuffer(body: string): Promise<Buffer> {
  return gongwenDocxBuffer(statementDocx(body));
}
