// Who is calling from where: IP (the hop the server saw), user agent and the request id set by proxy.ts.
import "server-only";
import { headers } from "next/headers";

export function clientIp(h: Headers): string {
  const xff = h.get("x-forwarded-for");
  if (xff) {
    const parts = xff.split(",").map((s) => s.trim()).filter(Boolean);
    if (parts.length) return parts[parts.length - 1].slice(0, 64);
  }
  return (h.get("x-real-ip") ?? "unknown").slice(0, 64);
}

export async function requestInfo() {
  const h = await headers();
  return { ip: clientIp(h), userAgent: h.get("user-agent"), requestId: h.get("x-request-id") };
}
