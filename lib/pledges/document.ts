// What a downloaded pledge shows, shared by the Word and PDF writers: the stored text split into typed
// paragraphs, and the signature lines. Only the stored pledge text is used; it is passed on as plain text.
import { attachmentHeader } from "@/lib/files/disposition";
import { formatDate } from "@/lib/format/datetime";

export type SignatureLine = {
  label: string;
  name: string;
  /** "2026年11月27日", or blanks to fill in by hand. */
  date: string;
  signed: boolean;
};

export type PledgeDocument = {
  title: string;
  /** The title as printed: the document name, then the unit and party B in brackets on a line of its own. */
  titleLines: string[];
  paragraphs: { kind: "parties" | "heading" | "subheading" | "body" | "detail"; text: string }[];
  signatures: SignatureLine[];
  contentHash: string;
  /** The file name without extension (Chinese kept; encoded by the caller). */
  fileName: string;
};

type Source = {
  id: number;
  title: string;
  content: string;
  contentHash: string;
  partyAName: string;
  partyBName: string;
  signatures: { party: "a" | "b"; signedAt: Date }[];
};

const BLANK_DATE = "　　年　　月　　日";

/** The stored text as paragraphs: the first line is the title, blank lines separate nothing. */
export function pledgeDocument(p: Source): PledgeDocument {
  const lines = p.content.replace(/\r\n?/g, "\n").split("\n");
  const body = lines[0] === p.title ? lines.slice(1) : lines;
  const paragraphs = body
    .filter((l) => l.trim().length > 0)
    .map((raw) => {
      const text = raw.trim();
      const kind: PledgeDocument["paragraphs"][number]["kind"] = /^(甲方|乙方)：/.test(text)
        ? "parties"
        : /^[一二三四五六七八九十]+、/.test(text)
          ? "heading"
          : /^（[一二三四五六七八九十]+）/.test(text)
            ? "subheading"
            : /^\s/.test(raw)
              ? "detail"
              : "body";
      return { kind, text };
    });
  const line = (party: "a" | "b", label: string, name: string): SignatureLine => {
    const s = p.signatures.find((x) => x.party === party);
    return { label, name, date: s ? formatDate(s.signedAt, "zh", { style: "long" }) : BLANK_DATE, signed: !!s };
  };
  const cut = p.title.indexOf("（");
  return {
    title: p.title,
    titleLines: cut > 0 ? [p.title.slice(0, cut), p.title.slice(cut)] : [p.title],
    paragraphs,
    signatures: [line("a", "甲方（签字）", p.partyAName), line("b", "乙方（签字）", p.partyBName)],
    contentHash: p.contentHash,
    fileName: `${p.title}-${p.id}`,
  };
}

/** `attachment; filename="pledge-12.pdf"; filename*=UTF-8''…` — an ASCII fallback and the Chinese name. */
export function contentDisposition(fileName: string, ext: "docx" | "pdf", id: number): string {
  return attachmentHeader(`${fileName}.${ext}`, `pledge-${id}.${ext}`);
}
