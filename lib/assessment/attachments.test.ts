// Evidence upload checks on real small files made here: a PDF, a PNG, a JPEG, a Word file written by the
// docx package, an Excel-shaped zip, and the hostile ones (macros, an .exe or HTML under a harmless name).
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";
import { Document, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import {
  attachmentDisposition,
  checkAttachment,
  detectKind,
  MAX_ATTACHMENT_BYTES,
  isZipBomb,
  MIME,
  safeFilename,
  sha256Hex,
  zipEntries,
} from "./attachments";

const enc = (s: string) => new TextEncoder().encode(s);

/** An entry compressed beforehand (a zip bomb's part): its deflated bytes, size and CRC as a zip declares them. */
type Deflated = { deflated: Uint8Array; size: number; crc: number };

/** A minimal zip writer (stored or deflated entries), enough to build Office-shaped files. */
function zip(files: Record<string, string | Uint8Array | Deflated>, deflate = false): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const pre = typeof content === "object" && "deflated" in content ? content : null;
    const raw = pre ? Buffer.alloc(0) : Buffer.from(typeof content === "string" ? enc(content) : (content as Uint8Array));
    const isDeflated = deflate || !!pre;
    const data = pre ? Buffer.from(pre.deflated) : deflate ? deflateRawSync(raw) : raw;
    const size = pre ? pre.size : raw.length;
    const nameBytes = Buffer.from(name, "utf8");
    const crc = pre ? pre.crc : crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(isDeflated ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(isDeflated ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const CONTENT_TYPES = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/main.xml" ContentType="${main}"/></Types>`;

const PDF_BYTES = enc("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
// A real 1×1 PNG.
const PNG_BYTES = new Uint8Array(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"),
);
const JPEG_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
const XLSX_BYTES = zip(
  {
    "[Content_Types].xml": CONTENT_TYPES("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    "xl/workbook.xml": "<workbook/>",
    "xl/worksheets/sheet1.xml": "<worksheet/>",
  },
  true,
);

async function realDocx() {
  const doc = new Document({ sections: [{ children: [new Paragraph("整改报告")] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe("detectKind", () => {
  it("reads PDF, PNG and JPEG from their signatures", () => {
    expect(detectKind(PDF_BYTES)).toBe("pdf");
    expect(detectKind(PNG_BYTES)).toBe("png");
    expect(detectKind(JPEG_BYTES)).toBe("jpg");
  });

  it("reads a Word file made by the docx package (deflated [Content_Types].xml) as docx", async () => {
    const bytes = await realDocx();
    expect(zipEntries(bytes)?.map((e) => e.name)).toContain("[Content_Types].xml");
    expect(detectKind(bytes)).toBe("docx");
  });

  it("reads a workbook-shaped zip as xlsx", () => {
    expect(detectKind(XLSX_BYTES)).toBe("xlsx");
  });

  it("flags a docx carrying vbaProject.bin, or declaring a macro-enabled type, as macro", () => {
    const withVba = zip({
      "[Content_Types].xml": CONTENT_TYPES("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
      "word/document.xml": "<document/>",
      "word/vbaProject.bin": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]),
    });
    expect(detectKind(withVba)).toBe("macro");
    const macroType = zip(
      {
        "[Content_Types].xml": CONTENT_TYPES("application/vnd.ms-excel.sheet.macroEnabled.main+xml"),
        "xl/workbook.xml": "<workbook/>",
      },
      true,
    );
    expect(detectKind(macroType)).toBe("macro");
  });

  it("refuses a zip that is not an Office document, or is both Word and Excel", () => {
    expect(detectKind(zip({ "readme.txt": "hello" }))).toBeNull();
    expect(
      detectKind(zip({ "[Content_Types].xml": CONTENT_TYPES("x"), "word/document.xml": "<d/>", "xl/workbook.xml": "<w/>" })),
    ).toBeNull();
    // A truncated zip (no central directory) is not read as anything.
    expect(detectKind(XLSX_BYTES.subarray(0, 60))).toBeNull();
  });

  it("refuses an executable and HTML whatever they are called", () => {
    expect(detectKind(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]))).toBeNull();
    expect(detectKind(enc("<!doctype html><script>alert(1)</script>"))).toBeNull();
  });
});

describe("checkAttachment", () => {
  it("accepts each kind with a matching name and declared type, and returns the type from the content", async () => {
    expect(checkAttachment({ bytes: PDF_BYTES, filename: "检查记录.pdf", declaredType: "application/pdf" })).toEqual({ ok: true, mime: "application/pdf", ext: "pdf" });
    expect(checkAttachment({ bytes: PNG_BYTES, filename: "photo.PNG", declaredType: "image/png" })).toMatchObject({ ok: true, ext: "png" });
    expect(checkAttachment({ bytes: JPEG_BYTES, filename: "现场.jpeg", declaredType: "image/jpeg" })).toMatchObject({ ok: true, ext: "jpg" });
    expect(checkAttachment({ bytes: await realDocx(), filename: "整改报告.docx", declaredType: MIME.docx })).toMatchObject({ ok: true, mime: MIME.docx });
    expect(checkAttachment({ bytes: XLSX_BYTES, filename: "台账.xlsx", declaredType: "" })).toMatchObject({ ok: true, mime: MIME.xlsx });
    expect(checkAttachment({ bytes: PDF_BYTES, filename: "a.pdf", declaredType: "application/octet-stream" })).toMatchObject({ ok: true });
  });

  it("refuses an .exe renamed .pdf and an HTML file renamed .png", () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...enc("This program cannot be run in DOS mode")]);
    expect(checkAttachment({ bytes: exe, filename: "report.pdf", declaredType: "application/pdf" })).toEqual({ ok: false, error: "assessment.errors.fileType" });
    const html = enc("<html><body><script>alert(document.cookie)</script></body></html>");
    expect(checkAttachment({ bytes: html, filename: "photo.png", declaredType: "image/png" })).toEqual({ ok: false, error: "assessment.errors.fileType" });
  });

  it("refuses a macro-carrying .docx", () => {
    const withVba = zip({
      "[Content_Types].xml": CONTENT_TYPES("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
      "word/document.xml": "<document/>",
      "word/vbaProject.bin": "VBA",
    });
    expect(checkAttachment({ bytes: withVba, filename: "report.docx", declaredType: MIME.docx })).toEqual({ ok: false, error: "assessment.errors.fileType" });
  });

  it("refuses a name or declared type that disagrees with the content", async () => {
    expect(checkAttachment({ bytes: PDF_BYTES, filename: "scan.png", declaredType: "image/png" })).toMatchObject({ ok: false, error: "assessment.errors.fileType" });
    expect(checkAttachment({ bytes: PDF_BYTES, filename: "scan.pdf", declaredType: "text/html" })).toMatchObject({ ok: false, error: "assessment.errors.fileType" });
    expect(checkAttachment({ bytes: await realDocx(), filename: "sheet.xlsx", declaredType: "" })).toMatchObject({ ok: false, error: "assessment.errors.fileType" });
    expect(checkAttachment({ bytes: PDF_BYTES, filename: "noextension", declaredType: "application/pdf" })).toMatchObject({ ok: false, error: "assessment.errors.fileType" });
  });

  it("refuses an empty file and one over 5 MB", () => {
    expect(checkAttachment({ bytes: new Uint8Array(0), filename: "a.pdf" })).toEqual({ ok: false, error: "assessment.errors.fileRequired" });
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(PDF_BYTES);
    expect(checkAttachment({ bytes: big, filename: "big.pdf", declaredType: "application/pdf" })).toEqual({ ok: false, error: "assessment.errors.fileTooLarge" });
    const atCap = new Uint8Array(MAX_ATTACHMENT_BYTES);
    atCap.set(PDF_BYTES);
    expect(checkAttachment({ bytes: atCap, filename: "cap.pdf", declaredType: "application/pdf" })).toMatchObject({ ok: true });
  });
});

describe("zip bombs", () => {
  const WORD_TYPES = CONTENT_TYPES("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
  /** `bytes` of one repeated byte, deflated as one stream fed 1 MB at a time (never all in memory). */
  async function compressible(bytes: number, fill = 0x20): Promise<Deflated> {
    const chunk = Buffer.alloc(1024 * 1024, fill);
    const deflater = createDeflateRaw({ level: 9 });
    const out: Buffer[] = [];
    deflater.on("data", (b: Buffer) => out.push(b));
    const done = new Promise((resolve) => deflater.on("end", resolve));
    let crc = 0;
    for (let left = bytes; left > 0; left -= chunk.length) {
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      crc = crc32(piece, crc);
      if (!deflater.write(piece)) await new Promise((r) => deflater.once("drain", r));
    }
    deflater.end();
    await done;
    return { deflated: new Uint8Array(Buffer.concat(out)), size: bytes, crc };
  }

  it("refuses the 300 KB .docx that inflates to 300 MB, at the field's message, without inflating it", async () => {
    const bomb = zip({ "[Content_Types].xml": WORD_TYPES, "word/document.xml": await compressible(300 * 1024 * 1024) }, true);
    expect(bomb.length).toBeLessThan(MAX_ATTACHMENT_BYTES);
    expect(detectKind(bomb)).toBe("bomb");
    const started = performance.now();
    expect(checkAttachment({ bytes: bomb, filename: "整改报告.docx", declaredType: MIME.docx })).toEqual({ ok: false, error: "assessment.errors.fileArchive" });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses many highly compressible parts: too many entries, too much in all, or too high a ratio", async () => {
    const part = await compressible(2 * 1024 * 1024);
    const many: Record<string, string | Deflated> = { "[Content_Types].xml": WORD_TYPES, "word/document.xml": "<d/>" };
    for (let i = 0; i < 60; i++) many[`word/media/part${i}.xml`] = part; // 120 MB declared in all
    expect(checkAttachment({ bytes: zip(many, true), filename: "a.docx" })).toEqual({ ok: false, error: "assessment.errors.fileArchive" });
    const few: Record<string, string | Deflated> = { "[Content_Types].xml": WORD_TYPES, "word/document.xml": "<d/>", "word/a.xml": part };
    expect(checkAttachment({ bytes: zip(few, true), filename: "a.docx" })).toEqual({ ok: false, error: "assessment.errors.fileArchive" });
    const tiny: Record<string, string> = { "[Content_Types].xml": WORD_TYPES, "word/document.xml": "<d/>" };
    for (let i = 0; i < 1001; i++) tiny[`word/p${i}.xml`] = "<p/>";
    expect(checkAttachment({ bytes: zip(tiny), filename: "a.docx" })).toEqual({ ok: false, error: "assessment.errors.fileArchive" });
  });

  it("refuses entries that share one compressed stream (overlapping local data)", () => {
    const honest = zip({ "[Content_Types].xml": WORD_TYPES, "word/document.xml": "<document/>" });
    const entries = zipEntries(honest)!;
    expect(isZipBomb(entries)).toBe(false);
    expect(isZipBomb([...entries, { ...entries[1], name: "word/copy.xml" }])).toBe(true);
  });

  it("accepts a normal Word file and a text-heavy one well inside the limits", async () => {
    expect(checkAttachment({ bytes: await realDocx(), filename: "整改报告.docx", declaredType: MIME.docx })).toMatchObject({ ok: true, ext: "docx" });
    const paragraphs = Array.from({ length: 3000 }, (_, i) => new Paragraph(`第 ${i + 1} 条：按月开展特种设备安全检查并记录整改情况。`));
    const long = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
    expect(checkAttachment({ bytes: long, filename: "台账说明.docx", declaredType: MIME.docx })).toMatchObject({ ok: true, ext: "docx" });
  });
});

describe("names and downloads", () => {
  it("keeps the last path segment without control or reserved characters", () => {
    expect(safeFilename("C:\\Users\\x\\检查\u0000记录.pdf")).toBe("检查_记录.pdf");
    expect(safeFilename("../../etc/passwd")).toBe("passwd");
    expect(safeFilename(`${"长".repeat(200)}.pdf`)).toHaveLength(120);
    expect(safeFilename(`${"长".repeat(200)}.pdf`).endsWith(".pdf")).toBe(true);
  });

  it("gives an ASCII fallback and the UTF-8 name in Content-Disposition", () => {
    expect(attachmentDisposition("检查记录(1).pdf", 7)).toBe(
      `attachment; filename="attachment-7.pdf"; filename*=UTF-8''${encodeURIComponent("检查记录")}%281%29.pdf`,
    );
  });

  it("hashes with SHA-256", () => {
    expect(sha256Hex(enc("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
