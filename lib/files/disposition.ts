// The one Content-Disposition for every download: always an attachment (never rendered inline), with an
// ASCII fallback name and the real (Chinese) name per RFC 6266 / RFC 5987, built by the `content-disposition`
// package. Characters a file system refuses, and control characters, become "_" in the real name.
import contentDisposition from "content-disposition";

export function attachmentHeader(name: string, asciiFallback: string): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, "_");
  const fallback = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return contentDisposition(safe, { type: "attachment", fallback });
}
