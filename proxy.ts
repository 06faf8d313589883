// Redirects signed-out visitors to /login and tags each request with an id. A convenience, not security:
// pages, actions and route handlers check the session themselves. It also answers first what Next would
// otherwise answer badly: 503 at once while the database is unreachable (lib/availability.ts, kept by
// db/watch.ts), and 4xx for server-action bodies Next's action handler would fail on with a 500.
import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseDown } from "@/lib/availability";
import { checkActionBody, refusalResponse } from "@/lib/http/refusals";

const PUBLIC = ["/login", "/api/auth", "/api/health"];

export async function proxy(req: NextRequest) {
  const requestId = crypto.randomUUID();
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  const { pathname } = req.nextUrl;
  const refuse = (r: Parameters<typeof refusalResponse>[1]) => {
    const res = refusalResponse({ headers: req.headers, pathname, locale: req.cookies.get("NEXT_LOCALE")?.value }, r);
    res.headers.set("x-request-id", requestId);
    return res;
  };
  // Health answers for itself (it is how a load balancer sees the outage end).
  if (isDatabaseDown() && pathname !== "/api/health") return refuse({ status: 503, key: "unavailable" });
  const badBody = await checkActionBody(req);
  if (badBody) return refuse(badBody);
  const hasSession =
    req.cookies.has("authjs.session-token") || req.cookies.has("__Secure-authjs.session-token");
  if (!hasSession && !PUBLIC.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const url = req.nextUrl.clone();
    url.pathname = "/login";
    url.search = "";
    return NextResponse.redirect(url);
  }
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("x-request-id", requestId);
  return res;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
