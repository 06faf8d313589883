// A pdfkit document for every PDF download: A4 with the 公文 margins and Noto Sans SC (OFL, from the npm
// package @embedpdf/fonts-sc) embedded as a subset, so it renders on a machine with no Chinese system
// font; the bytes collected in memory; page numbers "— n —" written once the pages are known.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";

export const MM = 72 / 25.4;
export const PDF_MARGINS = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM };

const FONT_FILES = { regular: "NotoSansHans-Regular.otf", bold: "NotoSansHans-Bold.otf" } as const;
export type FontName = keyof typeof FONT_FILES;

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
  if (!existsSync(/* turbopackIgnore: true */ file))
    throw new Error("PDF: the font package @embedpdf/fonts-sc is not installed");
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
function fontSource(name: FontName): string {
  return (parsed.get(name) ?? fontPath(name)) as string;
}

function keepParsed(pdf: PDFKit.PDFDocument, name: FontName) {
  if (parsed.has(name)) return;
  const font = (pdf as unknown as { _font?: { font?: ParsedFont } })._font?.font;
  if (font && typeof font.layout === "function") parsed.set(name, font);
}

export type PdfDoc = {
  pdf: PDFKit.PDFDocument;
  /** Resolves with the bytes after `finish`. */
  finish: () => Promise<Buffer>;
  /** Width between the margins. */
  width: number;
  margins: typeof PDF_MARGINS;
};

/**
 * A new A4 document with the fonts "regular" and "bold" registered (regular selected). `finish` writes the
 * page numbers on every page and ends the document.
 */
export function newPdf(info: { title: string; subject?: string }): PdfDoc {
  const margins = PDF_MARGINS;
  const pdf = new PDFDocument({
    size: "A4",
    margins,
    bufferPages: true,
    // No default font (it would be Helvetica). Not ours either: pdfkit then finds "regular" equal to the
    // default face on every pdf.font("regular") call and never caches it by that name, re-opening the font
    // each time (most of the time of a long table).
    font: null,
    info: {
      Title: info.title,
      ...(info.subject ? { Subject: info.subject } : {}),
      Creator: "DualDuty",
      Producer: "DualDuty",
    },
    lang: "zh-CN",
  } as unknown as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (c: Buffer) => chunks.push(c));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  pdf.registerFont("regular", fontSource("regular"));
  pdf.registerFont("bold", fontSource("bold"));
  pdf.font("bold");
  keepParsed(pdf, "bold");
  pdf.font("regular");
  keepParsed(pdf, "regular");
  const finish = () => {
    addPageNumbers(pdf);
    pdf.end();
    return done;
  };
  return { pdf, finish, width: pdf.page.width - margins.left - margins.right, margins };
}

/** "— n —" in the bottom margin of every page. */
function addPageNumbers(pdf: PDFKit.PDFDocument) {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font("regular")
      .fontSize(14)
      .text(`— ${i + 1} —`, 0, pdf.page.height - 22 * MM, { width: pdf.page.width, align: "center", lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
}
