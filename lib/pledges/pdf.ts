// A pledge as a PDF: A4, the same margins and text as the Word file, the serif body face (where the Word file
// uses 仿宋) and the sans headings embedded (lib/documents/pdf-doc.ts) — no system font is needed. Strings are drawn as text; nothing is interpreted.
import { newPdf } from "@/lib/documents/pdf-doc";
import type { PledgeDocument } from "./document";

const BODY = 16;
const TITLE = 22;
const LINE_GAP = 5;
const ELECTRONIC = "（已电子签署）";

export async function pledgePdfBuffer(doc: PledgeDocument): Promise<Buffer> {
  const { pdf, finish, width, margins } = newPdf({ title: doc.title, subject: `SHA-256 ${doc.contentHash}` });
  const indent = 2 * BODY;

  const [main, ...rest] = doc.titleLines;
  pdf.font("title").fontSize(TITLE).text(main, { width, align: "center", lineGap: LINE_GAP });
  for (const line of rest) pdf.font("regular").fontSize(BODY).text(line, { width, align: "center", lineGap: LINE_GAP });
  pdf.moveDown(0.8);
  for (const p of doc.paragraphs) {
    const opts = { width, lineGap: LINE_GAP, align: "left" as const };
    if (p.kind === "heading")
      pdf
        .font("bold")
        .fontSize(BODY)
        .text(p.text, { ...opts, indent });
    else if (p.kind === "subheading")
      pdf
        .font("bold")
        .fontSize(BODY)
        .text(p.text, { ...opts, indent });
    else if (p.kind === "parties") pdf.font("regular").fontSize(BODY).text(p.text, opts);
    else if (p.kind === "detail")
      pdf
        .font("regular")
        .fontSize(BODY)
        .text(p.text, margins.left + indent, undefined, { ...opts, width: width - indent, indent });
    else
      pdf
        .font("regular")
        .fontSize(BODY)
        .text(p.text, margins.left, undefined, { ...opts, indent });
    pdf.x = margins.left;
  }

  // Signature lines: both parties side by side, kept together on one page.
  const block = 5 * (BODY + LINE_GAP) + 30;
  if (pdf.y + block > pdf.page.height - margins.bottom) pdf.addPage();
  else pdf.moveDown(1.5);
  const col = width / 2;
  const top = pdf.y;
  let bottom = top;
  doc.signatures.forEach((s, i) => {
    const x = margins.left + i * col;
    const opts = { width: col - 8, lineGap: LINE_GAP };
    pdf.font("regular").fontSize(BODY);
    pdf.text(`${s.label}：${s.name}`, x, top, opts);
    pdf.text(s.signed ? ELECTRONIC : " ", x, undefined, opts);
    pdf.text(`日期：${s.date}`, x, undefined, opts);
    bottom = Math.max(bottom, pdf.y);
  });
  pdf.y = bottom;
  pdf.x = margins.left;
  pdf.moveDown(1);
  pdf.font("regular").fontSize(8).text(`文本摘要（SHA-256）：${doc.contentHash}`, margins.left, undefined, { width });

  return finish();
}
