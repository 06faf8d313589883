import { describe, expect, it } from "vitest";
import { pathParam, queryParam } from "@/lib/url-params";
import { parsePageParams, parseSearchParams } from "./page-params";

// What Next's notFound() throws: the page renders the 404 instead.
const notFound = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };

describe("parsePageParams", () => {
  it("reads Next's params promise", async () => {
    await expect(
      parsePageParams({ year: pathParam.year, unitId: pathParam.id }, Promise.resolve({ year: "2026", unitId: "14" })),
    ).resolves.toEqual({
      year: 2026,
      unitId: 14,
    });
  });
  it("is a 404 for any malformed segment", async () => {
    for (const id of ["0", "99999999999", "1e3", " 1", "１２", "-1", "abc"]) {
      await expect(parsePageParams({ id: pathParam.id }, Promise.resolve({ id })), id).rejects.toMatchObject(notFound);
    }
    await expect(parsePageParams({ year: pathParam.year }, { year: "1999" })).rejects.toMatchObject(notFound);
  });
});

describe("parseSearchParams", () => {
  it("reads Next's searchParams promise, arrays by their first value, bad values as their default", async () => {
    const sp = Promise.resolve({ year: ["2025", "2027"], page: "99999999999", unit: "1e3" });
    await expect(
      parseSearchParams({ year: queryParam.year, page: queryParam.page, unit: queryParam.id }, sp),
    ).resolves.toEqual({
      year: 2025,
      page: 1,
      unit: undefined,
    });
  });
});
