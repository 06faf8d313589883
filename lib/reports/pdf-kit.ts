// A report document (blocks) as a PDF: A4 with the 公文 margins (landscape when the document asks: the score
// sheets), the serif body face and the sans headings embedded (lib/documents/pdf-doc.ts), page numbers, and tables drawn cell by cell that break across pages with the header row
// repeated on each page; a row is never split. Strings are drawn as text; nothing is interpreted.
import { newPdf, type PdfDoc } from "@/lib/documents/pdf-doc";
import { type Block, type ReportDocument, type TableBlock, cellText } from "./blocks";

const BODY = 16;
const TITLE = 22;
const LINE_GAP = 5;
const PAD = 3;
const BORDER = "#000000";
const HEADER_FILL = "#e7e6e6";

type Ctx = PdfDoc & { bottom: () => number; heights: Map<string, number> };

/** Moves to a new page unless `h` points still fit on this one. */
function ensure(c: Ctx, h: number) {
  if (c.pdf.y + h > c.bottom()) c.pdf.addPage();
}

/**
 * Height of a cell's text, cached: the score sheets repeat the same item texts for every unit. 0 means one
 * line that fits, drawn without the line wrapper (most cells: numbers, names, dates).
 */
function measure(c: Ctx, font: string, size: number, text: string, width: number): number {
  if (!text) return 0;
  const key = `${font}\u0000${size}\u0000${width}\u0000${text}`;
  let h = c.heights.get(key);
  if (h === undefined) {
    const pdf = c.pdf.font(font).fontSize(size);
    h = !text.includes("\n") && pdf.widthOfString(text) <= width ? 0 : pdf.heightOfString(text, { width, lineGap: 1 });
    c.heights.set(key, h);
  }
  return h;
}

function table(c: Ctx, t: TableBlock) {
  const { pdf, margins, width } = c;
  const size = t.dense ? 8 : 9.5;
  const total = t.columns.reduce((s, col) => s + col.width, 0);
  const widths = t.columns.map((col) => (col.width / total) * width);
  const xs = widths.map((_, i) => margins.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const maxRow = c.bottom() - margins.top - 40;

  const oneLine = pdf.font("regular").fontSize(size).currentLineHeight(true) + 1;
  const rowHeight = (texts: string[], font: string) =>
    Math.min(
      maxRow,
      Math.max(oneLine, ...texts.map((s, i) => measure(c, font, size, s, widths[i] - 2 * PAD))) + 2 * PAD,
    );

  /** `continued`: the first cell continues the group above (no text, no line above it). */
  const drawRow = (texts: string[], h: number, header: boolean, continued = false) => {
    const y = pdf.y;
    if (header) pdf.rect(margins.left, y, width, h).fill(HEADER_FILL);
    pdf
      .fillColor("#000000")
      .font(header ? "bold" : "regular")
      .fontSize(size);
    const font = header ? "bold" : "regular";
    texts.forEach((s, i) => {
      if (!s || (continued && i === 0)) return;
      const align = header ? "center" : (t.columns[i].align ?? "left");
      const w = widths[i] - 2 * PAD;
      if (measure(c, font, size, s, w) === 0) pdf.text(s, xs[i] + PAD, y + PAD, { width: w, align, lineBreak: false });
      else pdf.text(s, xs[i] + PAD, y + PAD, { width: w, height: h - 2 * PAD, align, lineGap: 1, ellipsis: true });
    });
    pdf.lineWidth(0.5).strokeColor(BORDER);
    pdf.moveTo(continued ? xs[1] : margins.left, y).lineTo(margins.left + width, y);
    pdf.moveTo(margins.left, y + h).lineTo(margins.left + width, y + h);
    for (const x of [...xs, margins.left + width]) pdf.moveTo(x, y).lineTo(x, y + h);
    pdf.stroke();
    pdf.x = margins.left;
    pdf.y = y + h;
  };

  const headers = t.columns.map((col) => col.header);
  const headerH = rowHeight(headers, "bold");
  const rows = t.rows.length ? t.rows.map((r) => r.map(cellText)) : [["（无）", ...headers.slice(1).map(() => "")]];
  const firstH = rowHeight(rows[0], "regular");

  // The heading, the header row and the first row stay together.
  pdf.moveDown(0.5);
  ensure(c, (t.heading ? 20 : 0) + headerH + firstH);
  if (t.heading) {
    pdf.font("bold").fontSize(11).text(t.heading, margins.left, pdf.y, { width, align: "center" });
    pdf.moveDown(0.3);
  }
  drawRow(headers, headerH, true);
  let previous: string | null = null;
  for (const r of rows) {
    let continued = !!t.groupFirstColumn && r[0] === previous;
    const h = rowHeight(continued ? ["", ...r.slice(1)] : r, "regular");
    if (pdf.y + h > c.bottom()) {
      pdf.addPage();
      drawRow(headers, headerH, true);
      continued = false; // the group's name again at the top of the new page
    }
    drawRow(r, h, false, continued);
    previous = r[0];
  }
  pdf.moveDown(0.3);
}

function block(c: Ctx, b: Block) {
  const { pdf, margins, width } = c;
  const at = (opts: PDFKit.Mixins.TextOptions = {}) => ({ width, lineGap: LINE_GAP, ...opts });
  pdf.x = margins.left;
  switch (b.kind) {
    case "title":
      for (const line of b.lines)
        pdf
          .font("title")
          .fontSize(TITLE)
          .text(line, margins.left, undefined, at({ align: "center" }));
      pdf.moveDown(0.6);
      return;
    case "subtitle":
      pdf
        .font("regular")
        .fontSize(BODY)
        .text(b.text, margins.left, undefined, at({ align: "center" }));
      return;
    case "heading":
    case "subheading":
      pdf.moveDown(0.2);
      ensure(c, 3 * (BODY + LINE_GAP));
      pdf
        .font("bold")
        .fontSize(BODY)
        .text(b.text, margins.left, undefined, at({ indent: 2 * BODY }));
      return;
    case "paragraph":
      pdf
        .font("regular")
        .fontSize(BODY)
        .text(b.text, margins.left, undefined, at({ indent: 2 * BODY }));
      return;
    case "line":
      pdf
        .font(b.bold ? "bold" : "regular")
        .fontSize(11)
        .text(b.text, margins.left, undefined, at({ lineGap: 2 }));
      return;
    case "appendix":
      pdf.addPage();
      pdf.font("bold").fontSize(BODY).text(b.label, margins.left, undefined, at());
      pdf
        .font("title")
        .fontSize(18)
        .text(b.title, margins.left, undefined, at({ align: "center" }));
      pdf.moveDown(0.5);
      return;
    case "signatures": {
      ensure(c, b.rows.length * 2.2 * (BODY + LINE_GAP));
      pdf.moveDown(1);
      for (const [l, r] of b.rows) {
        const y = pdf.y;
        pdf
          .font("regular")
          .fontSize(BODY)
          .text(l, margins.left, y, { width: width * 0.55, lineBreak: false });
        pdf.text(r, margins.left + width * 0.55, y, { width: width * 0.45, lineBreak: false });
        pdf.x = margins.left;
        pdf.y = y + 2 * (BODY + LINE_GAP);
      }
      return;
    }
    case "closing":
      ensure(c, (b.lines.length + 2) * (BODY + LINE_GAP));
      pdf.moveDown(1);
      for (const line of b.lines)
        pdf
          .font("regular")
          .fontSize(BODY)
          .text(line, margins.left, undefined, at({ width: width - 2 * BODY, align: "right" }));
      return;
    case "table":
      table(c, b);
      return;
  }
}

/** The PDF bytes of a report document. */
export function reportPdfBuffer(doc: ReportDocument): Promise<Buffer> {
  const base = newPdf({ title: doc.title, subject: doc.edition ?? undefined, landscape: doc.landscape });
  const c: Ctx = { ...base, bottom: () => base.pdf.page.height - base.margins.bottom, heights: new Map() };
  for (const b of doc.blocks) block(c, b);
  return base.finish();
}
