import { describe, expect, it } from "vitest";
import { buildStatementText, statementParagraphs, type StatementFigures } from "./statement";

const base: StatementFigures = {
  year: 2026,
  name: "白文涛",
  units: [
    { name: "特种设备安全监察科", kind: "primary" },
    { name: "特种设备检验研究院", kind: "primary" },
    { name: "质量监督科", kind: "assist" },
  ],
  meetings: { count: 5, recent: [{ title: "安委办专题会议", date: "2026-03-05" }, { title: "汛期安全部署会", date: "2026-06-02" }] },
  inspections: { count: 7, unitNames: ["特种设备检验研究院", "城东分局"] },
  hazardsClosed: 2,
  trainings: 3,
  accidents: [{ unitName: "特种设备检验研究院", count: 0 }],
  assessment: null,
};

describe("buildStatementText", () => {
  it("names the units supervised (主管 then 协管) and every figure", () => {
    const text = buildStatementText(base);
    const lines = text.split("\n");
    expect(lines[0]).toBe("白文涛同志2026年度履行安全生产“一岗双责”情况");
    expect(lines[1]).toMatch(/^按照分工，我分管特种设备安全监察科、特种设备检验研究院，协管质量监督科。2026年/);
    expect(text).toContain("全年主持召开安全生产专题会议5次，包括2026年3月5日安委办专题会议；2026年6月2日汛期安全部署会等");
    expect(text).toContain("带队开展安全生产检查7次，覆盖特种设备检验研究院、城东分局");
    expect(text).toContain("经验收销号2项");
    expect(text).toContain("参加安全生产教育培训3次");
    expect(text).toContain("分管单位全年未发生生产安全事故。年度安全生产责任制考核结果尚未确定。");
    expect(lines.filter((l) => /^[一二三四五六]、/.test(l))).toHaveLength(6);
  });

  it("says plainly when there is nothing to report", () => {
    const text = buildStatementText({ ...base, units: [], meetings: { count: 0, recent: [] }, inspections: { count: 0, unitNames: [] }, hazardsClosed: 0, trainings: 0, accidents: [] });
    expect(text).toContain("按照分工，本年度我未分管具体单位。");
    expect(text).toContain("全年未主持召开安全生产专题会议");
    expect(text).toContain("全年未带队开展安全生产检查。");
    expect(text).toContain("全年未参加安全生产教育培训。");
  });

  it("reports accidents and the decided assessment, a veto first of all", () => {
    const text = buildStatementText({
      ...base,
      year: 2025,
      accidents: [
        { unitName: "特种设备检验研究院", count: 1 },
        { unitName: "城东分局", count: 0 },
      ],
      assessment: [
        { unitName: "特种设备检验研究院", total: 86.5, gradeLabel: "不合格", isVetoed: true },
        { unitName: "城东分局", total: 92, gradeLabel: "优秀", isVetoed: false },
      ],
    });
    expect(text).toContain("分管单位全年发生生产安全事故1起（特种设备检验研究院1起）。");
    expect(text).toContain("特种设备检验研究院被一票否决，评定为不合格；城东分局得分92分，评定为优秀。");
  });
});

describe("statementParagraphs", () => {
  it("splits the stored text into a title, headings and paragraphs", () => {
    const { title, paragraphs } = statementParagraphs(buildStatementText(base));
    expect(title).toContain("一岗双责");
    expect(paragraphs[0].kind).toBe("body");
    expect(paragraphs[1]).toEqual({ kind: "heading", text: "一、组织领导" });
  });
});

describe("statementDocxBuffer", () => {
  it("writes the title, headings and figures as text in the 公文 page (A4, 37/35/28/26 mm)", async () => {
    const { statementDocxBuffer } = await import("./statement-docx");
    const { inflateRawSync } = await import("node:zlib");
    const buf = await statementDocxBuffer(buildStatementText(base));
    // Read word/document.xml out of the zip through its central directory.
    let eocd = buf.length - 22;
    while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
    let p = buf.readUInt32LE(eocd + 16);
    let xml = "";
    for (let n = buf.readUInt16LE(eocd + 10); n > 0; n--) {
      const nameLen = buf.readUInt16LE(p + 28);
      const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
      if (name === "word/document.xml") {
        const local = buf.readUInt32LE(p + 42);
        const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        const data = buf.subarray(start, start + buf.readUInt32LE(p + 20));
        xml = (buf.readUInt16LE(p + 10) === 8 ? inflateRawSync(data) : data).toString("utf8");
      }
      p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    }
    expect(xml).toContain("白文涛同志2026年度履行安全生产“一岗双责”情况");
    expect(xml).toContain("按照分工，我分管特种设备安全监察科、特种设备检验研究院");
    expect(xml).toContain("带队开展安全生产检查7次");
    expect(xml).toMatch(/w:top="2098"/);
    expect(xml).toMatch(/w:left="1587"/);
    expect(xml).toContain('w:eastAsia="仿宋"');
  });
});
