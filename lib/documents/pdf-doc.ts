// A pdfkit document for every PDF download: A4 (portrait with the 公文 margins, or landscape for wide
// tables), the text in OFL Chinese faces from npm embedded as subsets, so it renders on a machine with no
// Chinese system font: body text in Noto Serif SC (a 宋体-style face, where the Word files use 仿宋) from
// @expo-google-fonts/noto-serif-sc, titles in its bold (小标宋), headings and table headers in Noto Sans SC
// bold (黑体) from @embedpdf/fonts-sc. The bytes are collected in memory; page numbers "— n —" are
// written once the pages are known.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";

export const MM = 72 / 25.4;
export const PDF_MARGINS = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM };
/** Landscape pages (score sheets): narrower top and side margins, room for the page number below. */
export const PDF_MARGINS_LANDSCAPE = { top: 22 * MM, bottom: 28 * MM, left: 20 * MM, right: 20 * MM };

/** The faces: `regular` body text (宋/仿宋 role), `title` (小标宋 role), `bold` headings and table headers (黑体 role). */
const FONTS = {
  regular: { pkg: "@expo-google-fonts/noto-serif-sc", file: "400Regular/NotoSerifSC_400Regular.ttf" },
  title: { pkg: "@expo-google-fonts/noto-serif-sc", file: "700Bold/NotoSerifSC_700Bold.ttf" },
  bold: { pkg: "@embedpdf/fonts-sc", file: "fonts/NotoSansHans-Bold.otf" },
} as const;
export type FontName = keyof typeof FONTS;

/** The package's folder from a file it exports (@embedpdf/fonts-sc: its main file, one folder down). */
function packageDir(pkg: string): string | null {
  try {
    const req = createRequire(import.meta.url);
    const main: unknown = pkg === "@embedpdf/fonts-sc" ? req.resolve(pkg) : req.resolve(`${pkg}/package.json`);
    if (typeof main === "string" && path.isAbsolute(main))
      return pkg === "@embedpdf/fonts-sc" ? path.join(path.dirname(main), "..") : path.dirname(main);
  } catch {
    /* not resolvable from here: use the installed location */
  }
  return null;
}

/** A font file, found through its package, else where npm installs it (for a bundled server, where the
 * package does not resolve to a file). */
function fontPath(name: FontName): string {
  const { pkg, file } = FONTS[name];
  const dir = packageDir(pkg);
  const found = dir ? path.join(/* turbopackIgnore: true */ dir, file) : null;
  if (found && existsSync(found)) return found;
  const installed = path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", pkg, file);
  if (!existsSync(installed)) throw new Error(`PDF: the font package ${pkg} is not installed`);
  return installed;
}

/** A parsed font as pdfkit hands it over (a fontkit font: anything with `layout`). */
type ParsedFont = { layout: (...args: unknown[]) => unknown };
const parsed = new Map<FontName, ParsedFont>();

/**
 * The font for pdfkit: the file path the first time, then the font pdfkit parsed from it. Parsing an 8–15 MB
 * face takes most of a second, and pdfkit accepts an already parsed font, so each face is parsed
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
 * A new A4 document (portrait unless asked) with the fonts "regular", "title" and "bold" registered (regular
 * selected). `finish` writes the page numbers on every page and ends the document.
 */
export function newPdf(info: { title: string; subject?: string; landscape?: boolean }): PdfDoc {
  const margins = info.landscape ? PDF_MARGINS_LANDSCAPE : PDF_MARGINS;
  const pdf = new PDFDocument({
    size: "A4",
    layout: info.landscape ? "landscape" : "portrait",
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
  for (const name of ["bold", "title", "regular"] as const) {
    pdf.registerFont(name, fontSource(name));
    pdf.font(name);
    keepParsed(pdf, name);
  }
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
