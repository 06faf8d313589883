// A report document (blocks) as a Word file in the 公文 layout of lib/documents/gongwen-docx: title in
// 方正小标宋简体 二号, 一、 headings in 黑体 and （一） in 楷体 (Word heading styles, so they form the outline),
// body in 仿宋 三号 on a 28 pt line, tables in 仿宋 with their header row repeated on every page and rows
// that do not split, appendices each on a new page, page numbers in the footer. Text is passed as text runs.
import {
  AlignmentType,
  Document,
  FileChild,
  HeadingLevel,
  Paragraph,
  TabStopType,
  TextRun,
  type IXmlableObject,
} from "docx";
import {
  CONTENT_WIDTH,
  FANGSONG,
  HEITI,
  INDENT_2,
  KAITI,
  LINE,
  PT,
  TITLE_FONT,
  TITLE_SIZE,
  gongwenDocxBuffer,
  gongwenPage,
  gongwenStyles,
  pageNumberFooter,
  run,
  spacing,
} from "@/lib/documents/gongwen-docx";
import { type Block, type Cell, type ReportDocument, type TableBlock, cellText, groupSpans } from "./blocks";

/** Paragraph styles: headings keep the 公文 faces but are real headings (navigation pane, outline). */
const styles = {
  ...gongwenStyles,
  paragraphStyles: [
    {
      id: "Heading1",
      name: "heading 1",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { font: HEITI, size: 16 * PT, bold: false, color: "000000" },
      paragraph: { spacing, indent: { firstLine: INDENT_2 }, keepNext: true, outlineLevel: 0 },
    },
    {
      id: "Heading2",
      name: "heading 2",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { font: KAITI, size: 16 * PT, bold: false, color: "000000" },
      paragraph: { spacing, indent: { firstLine: INDENT_2 }, keepNext: true, outlineLevel: 1 },
    },
  ],
};

// Cell text takes its font from these styles (no font and size repeated on every run of every cell).
const tableStyles = [
  {
    id: "TableText",
    name: "Table Text",
    basedOn: "Normal",
    run: { font: FANGSONG, size: 10.5 * PT },
    paragraph: { spacing: { line: 240 } },
  },
  {
    id: "TableDense",
    name: "Table Text Dense",
    basedOn: "Normal",
    run: { font: FANGSONG, size: 9 * PT },
    paragraph: { spacing: { line: 240 } },
  },
  {
    id: "TableHead",
    name: "Table Heading",
    basedOn: "Normal",
    run: { font: HEITI, size: 10.5 * PT },
    paragraph: { spacing: { line: 240 }, alignment: AlignmentType.CENTER, keepNext: true },
  },
  {
    id: "TableHeadDense",
    name: "Table Heading Dense",
    basedOn: "Normal",
    run: { font: HEITI, size: 9 * PT },
    paragraph: { spacing: { line: 240 }, alignment: AlignmentType.CENTER, keepNext: true },
  },
];

/** An element in docx's own serialisable form: `{ name: [{ _attr }, ...children | text] }`; text is escaped by docx. */
type Xml =
  | { [name: string]: Xml[] | { _attr: Record<string, string | number> } | Record<string, never> }
  | { _attr: Record<string, string | number> }
  | string;

/**
 * A table written straight in docx's serialisable form. Built from TableRow/TableCell/Paragraph objects, a
 * large organisation's report (thousands of rows) took over ten seconds to pack; as plain objects it is
 * the same XML — w:tblHeader on the header row, w:cantSplit on every row, a fixed grid — in a fraction of
 * that, and docx still escapes every text when it writes it.
 */
class PlainTable extends FileChild {
  constructor(private readonly xml: Xml) {
    super("w:tbl");
  }
  override prepForXml(): IXmlableObject {
    return this.xml as IXmlableObject;
  }
}

const attr = (a: Record<string, string | number>) => ({ _attr: a });
const el = (name: string, ...children: Xml[]): Xml => ({ [name]: children });
const empty = (name: string): Xml => ({ [name]: {} });
const withAttr = (name: string, a: Record<string, string | number>): Xml => ({ [name]: attr(a) });
const border = (side: string) => withAttr(side, { "w:val": "single", "w:color": "auto", "w:sz": 4 });

function plainTable(t: TableBlock, widths: number[]): PlainTable {
  const text = t.dense ? "TableDense" : "TableText";
  const head = t.dense ? "TableHeadDense" : "TableHead";
  const JC: Record<string, string> = { center: "center", right: "right" };
  const para = (style: string, s: string, jc?: string) =>
    el(
      "w:p",
      el("w:pPr", withAttr("w:pStyle", { "w:val": style }), ...(jc ? [withAttr("w:jc", { "w:val": jc })] : [])),
      ...(s ? [el("w:r", el("w:t", attr({ "xml:space": "preserve" }), s))] : []),
    );
  const tcW = widths.map((w) => withAttr("w:tcW", { "w:type": "dxa", "w:w": w }));
  const headerRow = el(
    "w:tr",
    el("w:trPr", empty("w:cantSplit"), empty("w:tblHeader")),
    ...t.columns.map((c, i) =>
      el(
        "w:tc",
        el(
          "w:tcPr",
          tcW[i],
          withAttr("w:shd", { "w:fill": "E7E6E6", "w:color": "auto", "w:val": "clear" }),
          withAttr("w:vAlign", { "w:val": "center" }),
        ),
        para(head, c.header),
      ),
    ),
  );
  const jcs = t.columns.map((c) => (c.align ? JC[c.align] : undefined));
  // A category over its items: the first cell of a run of equal first cells restarts a vertical merge, the
  // rest continue it (empty, as Word wants).
  const spans = groupSpans(t);
  const continues = (n: number) => spans[n] === 0;
  const restarts = (n: number) => spans[n] > 1;
  const firstCell = (n: number, c: Cell) =>
    continues(n)
      ? el("w:tc", el("w:tcPr", tcW[0], empty("w:vMerge")), para(text, ""))
      : el(
          "w:tc",
          el("w:tcPr", tcW[0], ...(restarts(n) ? [withAttr("w:vMerge", { "w:val": "restart" })] : [])),
          para(text, cellText(c), jcs[0]),
        );
  const rows = t.rows.length
    ? t.rows.map((r, n) =>
        el(
          "w:tr",
          el("w:trPr", empty("w:cantSplit")),
          firstCell(n, r[0]),
          ...r.slice(1).map((c, j) => el("w:tc", el("w:tcPr", tcW[j + 1]), para(text, cellText(c), jcs[j + 1]))),
        ),
      )
    : [
        el(
          "w:tr",
          el(
            "w:tc",
            el(
              "w:tcPr",
              withAttr("w:tcW", { "w:type": "dxa", "w:w": widths.reduce((a, b) => a + b, 0) }),
              withAttr("w:gridSpan", { "w:val": widths.length }),
            ),
            para(text, "（无）", "center"),
          ),
        ),
      ];
  const m = (side: string, w: number) => withAttr(side, { "w:type": "dxa", "w:w": w });
  return new PlainTable(
    el(
      "w:tbl",
      el(
        "w:tblPr",
        withAttr("w:tblW", { "w:type": "dxa", "w:w": widths.reduce((a, b) => a + b, 0) }),
        el("w:tblBorders", ...["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"].map(border)),
        withAttr("w:tblLayout", { "w:type": "fixed" }),
        el("w:tblCellMar", m("w:top", 40), m("w:left", 60), m("w:bottom", 40), m("w:right", 60)),
        withAttr("w:tblCaption", { "w:val": t.caption }),
      ),
      el("w:tblGrid", ...widths.map((w) => withAttr("w:gridCol", { "w:w": w }))),
      headerRow,
      ...rows,
    ),
  );
}

function table(t: TableBlock): (Paragraph | FileChild)[] {
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  const widths = t.columns.map((c) => Math.floor((c.width / total) * CONTENT_WIDTH));
  return [
    ...(t.heading
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { before: 120, after: 60 },
            children: [run(t.heading, { font: HEITI, size: 12 * PT })],
          }),
        ]
      : []),
    plainTable(t, widths),
    // Word needs a paragraph between two tables, or it joins them into one.
    new Paragraph({ spacing: { after: 0 }, children: [] }),
  ];
}

function block(b: Block): (Paragraph | FileChild)[] {
  switch (b.kind) {
    case "title":
      return b.lines.map(
        (text, i) =>
          new Paragraph({
            heading: i === b.lines.length - 1 ? HeadingLevel.TITLE : undefined,
            alignment: AlignmentType.CENTER,
            spacing: i === b.lines.length - 1 ? { after: LINE } : {},
            children: [new TextRun({ text, font: TITLE_FONT, size: TITLE_SIZE, color: "000000" })],
          }),
      );
    case "subtitle":
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing, children: [run(b.text, { font: KAITI })] })];
    case "heading":
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(b.text, { font: HEITI })] })];
    case "subheading":
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(b.text, { font: KAITI })] })];
    case "paragraph":
      return [new Paragraph({ spacing, indent: { firstLine: INDENT_2 }, children: [run(b.text)] })];
    case "line":
      return [
        new Paragraph({
          spacing: { before: 60 },
          children: [run(b.text, { size: 12 * PT, ...(b.bold ? { font: HEITI } : {}) })],
        }),
      ];
    case "appendix":
      return [
        new Paragraph({ pageBreakBefore: true, spacing, children: [run(b.label, { font: HEITI })] }),
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0 },
          spacing: { after: 240 },
          children: [new TextRun({ text: b.title, font: TITLE_FONT, size: 18 * PT })],
        }),
      ];
    case "signatures": {
      const tabStops = [{ type: TabStopType.LEFT, position: Math.round(CONTENT_WIDTH * 0.55) }];
      return [
        new Paragraph({ spacing, children: [run("")] }),
        ...b.rows.map(
          ([l, r]) =>
            new Paragraph({
              spacing: { line: LINE * 1.5, lineRule: spacing.lineRule },
              tabStops,
              children: [run(l), run("\t"), run(r)],
            }),
        ),
      ];
    }
    case "closing":
      return [
        new Paragraph({ spacing, keepNext: true, children: [run("")] }),
        ...b.lines.map(
          (text, i) =>
            new Paragraph({
              spacing,
              keepNext: i < b.lines.length - 1,
              alignment: AlignmentType.RIGHT,
              indent: { right: INDENT_2 },
              children: [run(text)],
            }),
        ),
      ];
    case "table":
      return table(b);
  }
}

export function reportDocx(doc: ReportDocument): Document {
  return new Document({
    creator: "DualDuty",
    title: doc.title,
    description: doc.edition ?? undefined,
    styles: { ...styles, paragraphStyles: [...styles.paragraphStyles, ...tableStyles] },
    sections: [
      { properties: gongwenPage(), footers: { default: pageNumberFooter() }, children: doc.blocks.flatMap(block) },
    ],
  });
}

/** The .docx bytes of a report document. */
export function reportDocxBuffer(doc: ReportDocument): Promise<Buffer> {
  return gongwenDocxBuffer(reportDocx(doc));
}
