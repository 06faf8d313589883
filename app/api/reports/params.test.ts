// The report routes' parameters: four-digit years 2000–2100, the three formats, positive ids only, each
// refused with its own message code.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { FORMATS } from "@/lib/reports/download";
import { reportEdition, reportUnit, reportYear } from "./params";

const messageOf = (r: { success: boolean; error?: z.ZodError }) => r.error?.issues[0]?.message;

describe("report download parameters", () => {
  it("accepts years 2000–2100 written as four digits", () => {
    expect(["2025", "2000", "2100"].map((v) => reportYear.parse(v))).toEqual([2025, 2000, 2100]);
    for (const bad of ["1999", "2101", "25", "２０２５", "2025.0", "-2025", "20251", "abcd"]) expect(messageOf(reportYear.safeParse(bad))).toBe("invalidYear");
  });
  it("accepts the three formats only", () => {
    const format = z.enum(FORMATS, { error: "invalidFormat" });
    expect(FORMATS.map((f) => format.parse(f))).toEqual(["docx", "pdf", "xlsx"]);
    for (const bad of ["", "DOCX", "csv", "pdf ", "xlsx;"]) expect(messageOf(format.safeParse(bad))).toBe("invalidFormat");
  });
  it("accepts positive ids of at most nine digits", () => {
    expect(reportEdition.parse("123456789")).toBe(123456789);
    expect(reportEdition.parse(undefined)).toBeUndefined();
    for (const bad of ["0", "-1", "1e3", "1234567890", "12a", "0x1b"]) {
      expect(messageOf(reportEdition.safeParse(bad))).toBe("invalidEdition");
      expect(messageOf(reportUnit.safeParse(bad))).toBe("invalidUnit");
    }
  });
});
