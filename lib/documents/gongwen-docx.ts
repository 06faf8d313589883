// The Word layout of an official document (公文, GB/T 9704-2012) shared by every Word download: A4, margins
// 37/35/28/26 mm top/bottom/left/right, title in 方正小标宋简体 二号, headings in 黑体/楷体, body in 仿宋 三号
// (16 pt) on an exact 28 pt line, page numbers "— n —" in the footer. The font table names a fallback
// (w:altName, GB2312 charset) for each Chinese face, so Word and WPS substitute a Chinese font of the same
// kind where the named one is not installed.
import {
  AlignmentType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type Document,
  type IRunOptions,
} from "docx";

/** Millimetres to twips, rounded (docx's own helper truncates: 37 mm would be 2097). */
export const mm = (n: number) => Math.round((n * 1440) / 25.4);
export const PT = 2; // docx sizes are half-points
export const BODY_SIZE = 16 * PT; // 三号
export const TITLE_SIZE = 22 * PT; // 二号
export const LINE = 28 * 20; // exact 28 pt line, in twips
export const INDENT_2 = 2 * 16 * 20; // two characters of 16 pt, in twips
export const PAGE = { width: 11906, height: 16838 }; // A4 in twips
export const MARGINS = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
export const CONTENT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;

/** Chinese text in the East Asian font; digits and Latin letters in a matching Latin face. */
export const font = (eastAsia: string, latin: string) => ({
  eastAsia,
  ascii: latin,
  hAnsi: latin,
  cs: latin,
  hint: "eastAsia" as const,
});
// 仿宋/楷体/黑体 ship with every Chinese Windows and WPS (the older 仿宋_GB2312 often does not).
export const FANGSONG = font("仿宋", "FangSong");
export const HEITI = font("黑体", "SimHei");
export const KAITI = font("楷体", "KaiTi");
export const SONGTI = font("宋体", "SimSun");
// 方正小标宋简体 where installed, else the fallback named in the font table; Latin characters in SimHei.
export const TITLE_FONT = font("方正小标宋简体", "SimHei");

export const spacing = { line: LINE, lineRule: LineRuleType.EXACT };

export const run = (text: string, opts: Partial<IRunOptions> = {}) =>
  new TextRun({ text, font: FANGSONG, size: BODY_SIZE, ...opts });

/** Page size and margins of a 公文 section (footer 25 mm from the edge, where the page number sits). */
export const gongwenPage = () => ({
  page: {
    size: PAGE,
    margin: { ...MARGINS, footer: mm(25) },
  },
});

/** "— n —" centred in 宋体 四号. */
export const pageNumberFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: SONGTI, size: 14 * PT })],
      }),
    ],
  });

/** The default run of a 公文: 仿宋 三号. */
export const gongwenStyles = { default: { document: { run: { font: FANGSONG, size: BODY_SIZE } } } };

// Each Chinese face with the font Word should use when it is missing (w:altName) and the GB2312 charset
// (86), so the substitute is a Chinese face: 方正小标宋简体 → 宋体 (the usual stand-in for 小标宋 titles).
const FONTS: { name: string; altName: string; family: string; pitch: string; panose: string }[] = [
  { name: "方正小标宋简体", altName: "宋体", family: "script", pitch: "fixed", panose: "02000000000000000000" },
  { name: "仿宋", altName: "FangSong", family: "modern", pitch: "fixed", panose: "02010609060101010101" },
  { name: "黑体", altName: "SimHei", family: "modern", pitch: "fixed", panose: "02010609060101010101" },
  { name: "楷体", altName: "KaiTi", family: "modern", pitch: "fixed", panose: "02010609060101010101" },
  { name: "宋体", altName: "SimSun", family: "auto", pitch: "variable", panose: "02010600030101010101" },
  { name: "FangSong", altName: "仿宋", family: "modern", pitch: "fixed", panose: "02010609060101010101" },
  { name: "SimHei", altName: "黑体", family: "modern", pitch: "fixed", panose: "02010609060101010101" },
  { name: "KaiTi", altName: "楷体", family: "modern", pitch: "fixed", panose: "02010609060101010101" },
  { name: "SimSun", altName: "宋体", family: "auto", pitch: "variable", panose: "02010600030101010101" },
  { name: "Courier New", altName: "宋体", family: "modern", pitch: "fixed", panose: "02070309020205020404" },
];

const FONT_TABLE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  FONTS.map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/>` +
      `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join("") +
  "</w:fonts>";

/** The .docx bytes, with the 公文 font table (fallbacks) in place of docx's empty one. */
export async function gongwenDocxBuffer(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc, undefined, [{ path: "word/fontTable.xml", data: FONT_TABLE }]);
}
