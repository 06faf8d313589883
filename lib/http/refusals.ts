// What proxy.ts answers before Next.js does any work: 503 while the database is unreachable, and 4xx for
// server-action bodies that Next's own action handler would answer 500 (over the body size limit,
// malformed multipart, a reply that is not JSON). Pure: plain Request in, plain Response out.
import zh from "@/messages/zh.json";
import en from "@/messages/en.json";
import { REFUSAL_PREFIX } from "@/lib/availability";

/** next.config.ts `serverActions.bodySizeLimit` ("6mb"), in bytes as Next parses it. */
export const ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

export type RefusalKey = "unavailable" | "tooLarge" | "invalidRequest";
export type Refusal = { status: number; key: RefusalKey };

type Catalogue = { errors: Record<string, string>; app: Record<string, string> };
const CATALOGUES: Record<"zh" | "en", Catalogue> = { zh, en } as never;

/**
 * A body Next would fail on with a 500: a server action call (`Next-Action` header) or a multipart POST to
 * a page (Next tries it as a no-JavaScript form action). Refused here: no length, over the limit, a
 * multipart body that does not parse, or an action reply whose root is not JSON. Reads a copy of the body
 * (Next gives the proxy a clone), at most the limit.
 */
export async function checkActionBody(req: Request): Promise<Refusal | null> {
  if (req.method !== "POST") return null;
  const isAction = req.headers.has("next-action");
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  const isMultipart = type.startsWith("multipart/form-data");
  if (!isAction && !isMultipart) return null;
  const length = req.headers.get("content-length");
  if (length === null || !/^\d{1,12}$/.test(length)) return { status: length === null ? 411 : 400, key: "invalidRequest" };
  if (Number(length) > ACTION_BODY_LIMIT_BYTES) return { status: 413, key: "tooLarge" };
  try {
    if (isMultipart) {
      const form = await req.formData();
      // React's reply keeps the arguments' root as JSON in field "0" (files and form fields in others).
      const root = form.get("0");
      if (isAction && typeof root === "string") JSON.parse(root);
    } else {
      JSON.parse(await req.text());
    }
  } catch {
    return { status: 400, key: "invalidRequest" };
  }
  return null;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The refusal in the form the caller can use: a server action call gets `text/plain` (Next's client throws
 * its text, and app/error.tsx shows the translated message for it); /api gets JSON; a page gets a small
 * translated HTML page. */
export function refusalResponse(req: { headers: Headers; pathname: string; locale: string | undefined }, r: Refusal): Response {
  const lang = req.locale === "en" ? "en" : "zh";
  const t = CATALOGUES[lang];
  const headers: Record<string, string> = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (r.status === 503) headers["Retry-After"] = "2";
  if (req.headers.has("next-action")) {
    // Exactly "text/plain": Next's client only passes the text on for that type.
    return new Response(`${REFUSAL_PREFIX}${r.key}`, { status: r.status, headers: { ...headers, "Content-Type": "text/plain" } });
  }
  if (req.pathname.startsWith("/api/")) {
    return Response.json({ error: r.key, message: t.errors[r.key] }, { status: r.status, headers });
  }
  const title = r.key === "unavailable" ? t.errors.unavailableTitle : t.errors.invalidRequest;
  const retry = r.key === "unavailable" ? `<p><a href="">${escapeHtml(t.errors.retry)}</a></p>` : "";
  const html =
    `<!doctype html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · ${escapeHtml(t.app.name)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:6rem auto;padding:0 1rem">` +
    `<main role="alert"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(t.errors[r.key])}</p>${retry}</main></body></html>`;
  return new Response(html, { status: r.status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
