// A pledge as a PDF: pdfkit, A4, the same margins and text as the Word file, with Noto Sans SC (OFL, from
// the npm package @embedpdf/fonts-sc) embedded as a subset — no system font is needed. Strings are drawn
// as text; nothing is interpreted.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { PledgeDocument } from "./document";

const MM = 72 / 25.4;
const FONT_FILES = { regular: "NotoSansHans-Regular.otf", bold: "NotoSansHans-Bold.otf" } as const;
type FontName = keyof typeof FONT_FILES;

/** Where npm installs the fonts: for a bundled server, where the package does not resolve to a file. */
const INSTALLED: Record<FontName, () => string> = {
  regular: () => path.join(process.cwd(), "node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf"),
  bold: () => path.join(process.cwd(), "node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Bold.otf"),
};

/** A font file of @embedpdf/fonts-sc, found from the package's main file (it exports no font paths). */
function fontPath(name: FontName): string {
  try {
    const main: unknown = createRequire(import.meta.url).resolve("@embedpdf/fonts-sc");
    if (typeof main === "string" && path.isAbsolute(main)) {
      const file = path.join(path.dirname(main), "..", "fonts", FONT_FILES[name]);
      if (existsSync(/* turbopackIgnore: true */ file)) return file;
    }
  } catch {
    /* not resolvable from here: use the installed location */
  }
  const file = INSTALLED[name]();
  if (!existsSync(/* turbopackIgnore: true */ file)) throw new Error("pledge PDF: the font package @embedpdf/fonts-sc is not installed");
  return file;
}

/** A parsed font as pdfkit hands it over (a fontkit font: anything with `layout`). */
type ParsedFont = { layout: (...args: unknown[]) => unknown };
const parsed = new Map<FontName, ParsedFont>();

/**
 * The font for pdfkit: the file path the first time, then the font pdfkit parsed from it. Parsing an 8 MB
 * OpenType face takes most of a second, and pdfkit accepts an already parsed font, so each face is parsed
 * once per process; every document still embeds its own subset of the glyphs it uses.
 */
function fontSource(name: FontName): string | ParsedFont {
  return parsed.get(name) ?? fontPath(name);
}

function keepParsed(pdf: PDFKit.PDFDocument, name: FontName) {
  if (parsed.has(name)) return;
  const font = (pdf as unknown as { _font?: { font?: ParsedFont } })._font?.font;
  if (font && typeof font.layout === "function") parsed.set(name, font);
}

const BODY = 16;
const TITLE = 22;
const LINE_GAP = 5;
const ELECTRONIC = "（已电子签署）";

export async function pledgePdfBuffer(doc: PledgeDocument): Promise<Buffer> {
  const margins = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM };
  const pdf = new PDFDocument({
    size: "A4",
    margins,
    bufferPages: true,
    // The default font would be Helvetica; start with ours instead.
    font: fontSource("regular") as string,
    info: { Title: doc.title, Subject: `SHA-256 ${doc.contentHash}`, Creator: "DualDuty", Producer: "DualDuty" },
    lang: "zh-CN",
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (c: Buffer) => chunks.push(c));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  keepParsed(pdf, "regular");
  pdf.registerFont("regular", fontSource("regular") as string);
  pdf.registerFont("bold", fontSource("bold") as string);
  pdf.font("bold");
  keepParsed(pdf, "bold");
  const width = pdf.page.width - margins.left - margins.right;
  const indent = 2 * BODY;

  const [main, ...rest] = doc.titleLines;
  pdf.font("bold").fontSize(TITLE).text(main, { width, align: "center", lineGap: LINE_GAP });
  for (const line of rest) pdf.font("regular").fontSize(BODY).text(line, { width, align: "center", lineGap: LINE_GAP });
  pdf.moveDown(0.8);
  for (const p of doc.paragraphs) {
    const opts = { width, lineGap: LINE_GAP, align: "left" as const };
    if (p.kind === "heading") pdf.font("bold").fontSize(BODY).text(p.text, { ...opts, indent });
    else if (p.kind === "subheading") pdf.font("bold").fontSize(BODY).text(p.text, { ...opts, indent });
    else if (p.kind === "parties") pdf.font("regular").fontSize(BODY).text(p.text, opts);
    else if (p.kind === "detail")
      pdf.font("regular").fontSize(BODY).text(p.text, margins.left + indent, undefined, { ...opts, width: width - indent, indent });
    else pdf.font("regular").fontSize(BODY).text(p.text, margins.left, undefined, { ...opts, indent });
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

  // Page numbers "— n —" in the bottom margin of every page.
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font("regular").fontSize(14).text(`— ${i + 1} —`, 0, pdf.page.height - 22 * MM, { width: pdf.page.width, align: "center", lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}
