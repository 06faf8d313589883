// The Word and PDF writers on a real pledge text: A4, Chinese text readable back, signature lines.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { contentDisposition, pledgeDocument } from "./document";
import { pledgeDocxBuffer } from "./docx";
import { pledgePdfBuffer } from "./pdf";
import { renderPledge } from "./render";

const rendered = renderPledge({
  kind: "commitment",
  year: 2026,
  bureau: "示例市质量技术监督局",
  partyA: { name: "钱卫东", post: "科长", unit: "质量监督科" },
  partyB: { name: "齐小萌", post: "质量监督员", unit: "质量监督科" },
  unitName: "质量监督科",
  duties: Array.from({ length: 14 }, (_, i) => ({
    text: `第${i + 1}项职责 <w:t>&amp; "引号" 不是标记</w:t>`,
    category: i % 2 ? "hazard" : "training",
    responsibilityType: "post",
    standard: "每季度至少1次，整改率100%",
    sortOrder: i,
  })),
  targets: "全年不发生较大及以上生产安全责任事故\n重大隐患整改率100%",
});
const doc = pledgeDocument({
  id: 7,
  title: rendered.title,
  content: rendered.content,
  contentHash: rendered.contentHash,
  partyAName: "钱卫东",
  partyBName: "齐小萌",
  signatures: [{ party: "b", signedAt: new Date("2026-11-27T02:00:00Z") }],
});

/** One entry of a zip file (stored or deflated), found through the central directory. */
function unzipEntry(zip: Buffer, name: string): string | null {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = zip.readUInt16LE(eocd + 10); n > 0; n--) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extra = zip.readUInt16LE(p + 30);
    const comment = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    if (zip.toString("utf8", p + 46, p + 46 + nameLen) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    p += 46 + nameLen + extra + comment;
  }
  return null;
}

describe("pledge document", () => {
  it("splits the stored text into typed paragraphs after the title", () => {
    expect(doc.paragraphs[0]).toEqual({ kind: "parties", text: "甲方：钱卫东（质量监督科 科长）" });
    expect(doc.paragraphs.some((p) => p.kind === "heading" && p.text === "一、责任目标")).toBe(true);
    expect(doc.paragraphs.some((p) => p.kind === "subheading" && p.text === "（一）隐患治理")).toBe(true);
    expect(doc.paragraphs.some((p) => p.kind === "detail" && p.text.startsWith("考核标准："))).toBe(true);
    expect(doc.signatures.map((s) => [s.name, s.signed, s.date])).toEqual([
      ["钱卫东", false, "　　年　　月　　日"],
      ["齐小萌", true, "2026年11月27日"],
    ]);
  });

  it("names the download with the Chinese title and an ASCII fallback", () => {
    const h = contentDisposition(doc.fileName, "pdf", 7);
    expect(h).toBe(`attachment; filename="pledge-7.pdf"; filename*=UTF-8''${encodeURIComponent(`${rendered.title}-7.pdf`)}`);
    expect(contentDisposition('a"b/c', "docx", 1)).toContain(`filename*=UTF-8''a_b_c.docx`);
  });
});

describe("Word", () => {
  it("is an A4 docx with 公文 margins, 仿宋 三号 body, page numbers, signature lines and the text as text", async () => {
    const t0 = performance.now();
    const buf = await pledgeDocxBuffer(doc);
    console.log(`docx: ${buf.length} bytes in ${Math.round(performance.now() - t0)} ms`);
    expect(buf.subarray(0, 2).toString()).toBe("PK");
    const xml = unzipEntry(buf, "word/document.xml")!;
    expect(xml).toContain('w:w="11906"');
    expect(xml).toContain('w:h="16838"');
    expect(xml).toMatch(/w:top="2098"/); // 37 mm
    expect(xml).toMatch(/w:left="1587"/); // 28 mm
    expect(xml).toContain("仿宋");
    expect(xml).toContain("方正小标宋简体");
    expect(xml).toContain('w:val="32"'); // 16 pt
    expect(xml).toContain("齐小萌");
    expect(xml).toContain("乙方（签字）：齐小萌");
    expect(xml).toContain("（已电子签署）");
    expect(xml).toContain("日期：2026年11月27日");
    // Markup-like text stays text: escaped, never a real element.
    expect(xml).toContain("&lt;w:t&gt;&amp;amp;");
    const footers = [1, 2, 3].map((i) => unzipEntry(buf, `word/footer${i}.xml`) ?? "").join("");
    expect(footers).toContain("PAGE");
  });
});

describe("PDF", () => {
  it("is an A4 PDF with the Chinese text readable back", async () => {
    const t0 = performance.now();
    const buf = await pledgePdfBuffer(doc);
    const first = Math.round(performance.now() - t0);
    const t1 = performance.now();
    await pledgePdfBuffer(doc);
    console.log(`pdf: ${buf.length} bytes, first ${first} ms, again ${Math.round(performance.now() - t1)} ms`);
    expect(buf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(buf.toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    // The body in the serif face (the Word file's 仿宋), embedded as a subset.
    expect(buf.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC-Regular/);
    if (!existsSync("/usr/bin/pdftotext")) return;
    const dir = mkdtempSync(path.join(tmpdir(), "pledge-pdf-"));
    try {
      writeFileSync(path.join(dir, "p.pdf"), buf);
      const text = execFileSync("/usr/bin/pdftotext", ["-enc", "UTF-8", path.join(dir, "p.pdf"), "-"]).toString("utf8");
      expect(text).toContain("安全生产承诺书");
      expect(text).toContain("齐小萌");
      expect(text).toContain("一票否决");
      expect(text).toContain("<w:t>");
      expect(text).toContain("乙方（签字）：齐小萌");
      expect(text).toContain("（已电子签署）");
      expect(text).toMatch(/—\s*2\s*—/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
