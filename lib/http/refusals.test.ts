// What the proxy answers before Next does: 4xx for action bodies Next's handler would fail on with a 500,
// and the 503 refusal in the form each caller can read (action call, API, page), translated.
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, checkActionBody, refusalResponse } from "./refusals";
import { isConnectionError, isUnavailableError } from "@/lib/availability";

const post = (body: BodyInit | null, headers: Record<string, string>) =>
  new Request("http://localhost/records/new", { method: "POST", body, headers, duplex: "half" } as RequestInit);
const action = { "next-action": "7f00aa" };

describe("server action bodies", () => {
  it("refuses a body over the limit by its declared length, and one with no length", async () => {
    expect(await checkActionBody(post("x", { ...action, "content-type": "text/plain", "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }))).toEqual({ status: 413, key: "tooLarge" });
    const chunked = new Request("http://localhost/x", { method: "POST", headers: { ...action, "content-type": "text/plain" }, body: new ReadableStream(), duplex: "half" } as RequestInit);
    expect(await checkActionBody(chunked)).toEqual({ status: 411, key: "invalidRequest" });
  });

  it("refuses malformed multipart, with or without the action header", async () => {
    const bad = "--b\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[]\r\n--b"; // never closed
    for (const headers of [action, {}]) {
      const r = post(bad, { ...headers, "content-type": "multipart/form-data; boundary=b", "content-length": String(bad.length) });
      expect(await checkActionBody(r)).toEqual({ status: 400, key: "invalidRequest" });
    }
    const noBoundary = post("abc", { ...action, "content-type": "multipart/form-data", "content-length": "3" });
    expect(await checkActionBody(noBoundary)).toEqual({ status: 400, key: "invalidRequest" });
  });

  it("refuses an action reply that is not JSON, as a text body or as the multipart root", async () => {
    expect(await checkActionBody(post("{not json", { ...action, "content-type": "text/plain;charset=UTF-8", "content-length": "9" }))).toEqual({ status: 400, key: "invalidRequest" });
    const form = new FormData();
    form.set("0", "[\"$K1\"");
    const req = new Request("http://localhost/x", { method: "POST", body: form, headers: action });
    const withLength = new Request(req, { headers: { ...action, "content-type": req.headers.get("content-type")!, "content-length": String((await req.clone().arrayBuffer()).byteLength) } });
    expect(await checkActionBody(withLength)).toEqual({ status: 400, key: "invalidRequest" });
  });

  it("lets well-formed calls and ordinary requests through", async () => {
    expect(await checkActionBody(post('["$K1"]', { ...action, "content-type": "text/plain;charset=UTF-8", "content-length": "7" }))).toBeNull();
    const form = new FormData();
    form.set("0", '["$K1"]');
    form.set("1_title", "整改记录");
    form.set("1_file1", new Blob([new Uint8Array([1, 2, 3])]), "a.pdf");
    const encoded = new Response(form);
    const type = encoded.headers.get("content-type")!;
    const body = await encoded.arrayBuffer();
    expect(await checkActionBody(post(body, { ...action, "content-type": type, "content-length": String(body.byteLength) }))).toBeNull();
    expect(await checkActionBody(new Request("http://localhost/"))).toBeNull();
    expect(await checkActionBody(post("a=1", { "content-type": "application/x-www-form-urlencoded", "content-length": "3" }))).toBeNull();
  });
});

describe("refusal responses", () => {
  const unavailable = { status: 503, key: "unavailable" } as const;
  it("an action call gets exactly text/plain with the key, which the client throws and app/error.tsx translates", async () => {
    const res = refusalResponse({ headers: new Headers(action), pathname: "/records/new", locale: "zh" }, unavailable);
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("text/plain");
    expect(await res.text()).toBe("dualduty:unavailable");
  });
  it("the API gets JSON and a page gets a translated HTML page, in the viewer's language", async () => {
    const api = refusalResponse({ headers: new Headers(), pathname: "/api/records/files/3", locale: "en" }, unavailable);
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("2");
    expect(await api.json()).toMatchObject({ error: "unavailable", message: expect.stringContaining("database") });
    const page = refusalResponse({ headers: new Headers(), pathname: "/", locale: undefined }, unavailable);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("服务暂时不可用");
    const big = refusalResponse({ headers: new Headers(), pathname: "/records/new", locale: "en" }, { status: 413, key: "tooLarge" });
    expect(big.status).toBe(413);
    expect(await big.text()).toContain("6 MB");
  });
});

describe("which database errors are an outage", () => {
  const wrapped = (cause: unknown) => Object.assign(new Error("Failed query: select 1"), { cause });
  it("sees refused, reset, closed and shut-down connections through the driver's wrapping", () => {
    expect(isConnectionError(wrapped(Object.assign(new Error("connect"), { code: "ECONNREFUSED" })))).toBe(true);
    expect(isConnectionError(wrapped(Object.assign(new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })]), {})))).toBe(true);
    expect(isConnectionError(wrapped({ code: "CONNECTION_CLOSED" }))).toBe(true);
    expect(isConnectionError(wrapped({ code: "57P01" }))).toBe(true);
    expect(isConnectionError(wrapped({ code: "08006" }))).toBe(true);
  });
  it("does not take a constraint violation or a timed-out statement for an outage", () => {
    expect(isConnectionError(wrapped({ code: "23505" }))).toBe(false);
    expect(isUnavailableError(wrapped({ code: "23505" }))).toBe(false);
    expect(isConnectionError(wrapped({ code: "57014" }))).toBe(false);
    expect(isUnavailableError(wrapped({ code: "57014" }))).toBe(true);
  });
});
