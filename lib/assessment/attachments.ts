// Evidence files: the type is read from the bytes (magic numbers, and for Office files the zip's own
// directory), never trusted from the name or the browser; the name's extension and the declared type must
// agree with what the bytes are. Macro-enabled Office files are refused. A file that is none of the five
// accepted types is refused, whatever it is called.
import { attachmentHeader } from "@/lib/files/disposition";
import { createHash } from "node:crypto";
import { inflateRawSync } from "node:zlib";

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export type AttachmentKind = "pdf" | "png" | "jpg" | "docx" | "xlsx";

export const MIME: Record<AttachmentKind, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Extensions each kind may carry (lower case, no dot). */
const EXTENSIONS: Record<AttachmentKind, string[]> = {
  pdf: ["pdf"],
  png: ["png"],
  jpg: ["jpg", "jpeg"],
  docx: ["docx"],
  xlsx: ["xlsx"],
};

/** Declared types browsers send for each kind; "" and octet-stream declare nothing and are accepted. */
const DECLARED: Record<AttachmentKind, string[]> = {
  pdf: ["application/pdf", "application/x-pdf"],
  png: ["image/png"],
  jpg: ["image/jpeg", "image/jpg", "image/pjpeg"],
  docx: [MIME.docx],
  xlsx: [MIME.xlsx],
};

export type AttachmentError =
  | "assessment.errors.fileTooLarge"
  | "assessment.errors.fileType"
  | "assessment.errors.fileRequired"
  | "assessment.errors.fileArchive";
export type AttachmentCheck = { ok: true; mime: string; ext: AttachmentKind } | { ok: false; error: AttachmentError };

const startsWith = (b: Uint8Array, sig: number[]) => b.length >= sig.length && sig.every((x, i) => b[i] === x);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04

type ZipEntry = { name: string; method: number; compressedSize: number; uncompressedSize: number; localOffset: number };

/** Zip bombs: what the central directory declares, checked before anything is inflated. Real Word and
 * Excel files have tens of parts and inflate a few times to a few dozen times over; the limits leave ample
 * room for a 5 MB workbook and refuse the 300 KB file that inflates to 300 MB. */
export const ZIP_LIMITS = {
  entries: 1000,
  /** Sum of the declared uncompressed sizes. */
  inflatedBytes: 100 * 1024 * 1024,
  /** Uncompressed ÷ compressed, for an entry over `ratioFloorBytes` and for the whole archive. */
  ratio: 100,
  ratioFloorBytes: 1024 * 1024,
};

/**
 * The zip's central directory: found from the end-of-central-directory record, which must point at a
 * directory inside the file. Zip64 and anything inconsistent return null (not an Office file we accept).
 */
export function zipEntries(b: Uint8Array): ZipEntry[] | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const EOCD = 0x06054b50;
  const minStart = Math.max(0, b.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = b.length - 22; i >= minStart; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff || offset + size > eocd) return null;
  const entries: ZipEntry[] = [];
  let p = offset;
  const decoder = new TextDecoder("utf-8", { fatal: false });
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) return null;
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLen > eocd) return null;
    entries.push({ name: decoder.decode(b.subarray(p + 46, p + 46 + nameLen)), method, compressedSize, uncompressedSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Whether the directory describes a zip bomb: too many entries, too much declared data in all, an entry
 * (or the whole) that inflates past the ratio, or entries whose data overlap (one compressed stream
 * counted many times, the "non-recursive" bomb). Needs only the directory: nothing is inflated.
 */
export function isZipBomb(entries: ZipEntry[]): boolean {
  if (entries.length > ZIP_LIMITS.entries) return true;
  let inflated = 0;
  let compressed = 0;
  for (const e of entries) {
    inflated += e.uncompressedSize;
    compressed += e.compressedSize;
    if (e.uncompressedSize > ZIP_LIMITS.ratioFloorBytes && e.uncompressedSize > ZIP_LIMITS.ratio * Math.max(1, e.compressedSize)) return true;
  }
  if (inflated > ZIP_LIMITS.inflatedBytes) return true;
  if (inflated > ZIP_LIMITS.ratioFloorBytes && inflated > ZIP_LIMITS.ratio * Math.max(1, compressed)) return true;
  const spans = entries.map((e) => [e.localOffset, e.localOffset + 30 + e.compressedSize] as const).sort((a, b) => a[0] - b[0]);
  return spans.some((s, i) => i > 0 && s[0] < spans[i - 1][1]);
}

/** One entry's bytes (stored or deflated), capped so a zip bomb cannot blow up memory; null if unreadable. */
function readEntry(b: Uint8Array, e: ZipEntry, maxBytes = 1024 * 1024): Uint8Array | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (e.localOffset + 30 > b.length || view.getUint32(e.localOffset, true) !== 0x04034b50) return null;
  const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
  if (start + e.compressedSize > b.length) return null;
  const data = b.subarray(start, start + e.compressedSize);
  try {
    if (e.method === 0) return data.length <= maxBytes ? data : null;
    if (e.method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    return null;
  }
  return null;
}

/** Macro-enabled or macro-carrying content types (docm, xlsm, VBA projects, ActiveX). */
const MACRO_TYPES = /macroEnabled|vbaProject|vbaData|activeX/i;

/** What the bytes are: one of the accepted kinds, "macro" for an Office file with macros, "bomb" for a zip
 * that would inflate past the limits, or null. */
export function detectKind(b: Uint8Array): AttachmentKind | "macro" | "bomb" | null {
  if (startsWith(b, PDF)) return "pdf";
  if (startsWith(b, PNG)) return "png";
  if (startsWith(b, JPEG)) return "jpg";
  if (!startsWith(b, ZIP)) return null;
  const entries = zipEntries(b);
  if (!entries) return null;
  if (isZipBomb(entries)) return "bomb";
  const names = entries.map((e) => e.name);
  const types = entries.find((e) => e.name === "[Content_Types].xml");
  if (!types) return null;
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n) || /(^|\/)activeX\//i.test(n))) return "macro";
  const typesXml = readEntry(b, types);
  if (!typesXml) return null;
  if (MACRO_TYPES.test(new TextDecoder().decode(typesXml))) return "macro";
  const isWord = names.some((n) => n.startsWith("word/"));
  const isExcel = names.some((n) => n.startsWith("xl/"));
  if (isWord === isExcel) return null;
  return isWord ? "docx" : "xlsx";
}

export function extensionOf(filename: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(filename.trim());
  return m ? m[1].toLowerCase() : "";
}

/**
 * The whole check for one upload: present, at most 5 MB, one of the accepted kinds by content (an Office
 * file within the zip limits), and the name's extension and the declared type (when one is declared) naming that same kind.
 */
export function checkAttachment(input: { bytes: Uint8Array; filename: string; declaredType?: string | null }): AttachmentCheck {
  if (input.bytes.length === 0 || !input.filename.trim()) return { ok: false, error: "assessment.errors.fileRequired" };
  if (input.bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, error: "assessment.errors.fileTooLarge" };
  const kind = detectKind(input.bytes);
  if (kind === "bomb") return { ok: false, error: "assessment.errors.fileArchive" };
  if (kind === null || kind === "macro") return { ok: false, error: "assessment.errors.fileType" };
  if (!EXTENSIONS[kind].includes(extensionOf(input.filename))) return { ok: false, error: "assessment.errors.fileType" };
  const declared = (input.declaredType ?? "").split(";")[0].trim().toLowerCase();
  if (declared && declared !== "application/octet-stream" && !DECLARED[kind].includes(declared)) {
    return { ok: false, error: "assessment.errors.fileType" };
  }
  return { ok: true, mime: MIME[kind], ext: kind };
}

/** The name kept with the file: the last path segment, NFC, no control or reserved characters, ≤ 120. */
export function safeFilename(name: string): string {
  const base = name.normalize("NFC").split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"*:<>?|]/g, "_").trim();
  if (cleaned.length <= 120) return cleaned;
  const ext = extensionOf(cleaned);
  return ext ? `${cleaned.slice(0, 120 - ext.length - 1)}.${ext}` : cleaned.slice(0, 120);
}

export const sha256Hex = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

/** Content-Disposition for a download: an ASCII fallback and the real name per RFC 5987 / RFC 6266. */
export function attachmentDisposition(filename: string, id: number): string {
  const ext = extensionOf(filename);
  return attachmentHeader(filename, `attachment-${id}${ext ? `.${ext}` : ""}`);
}
