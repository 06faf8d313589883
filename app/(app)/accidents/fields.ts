// The accident form's own input rules (times in Asia/Shanghai, whole numbers of people). The times are read
// by lib/records/accident-times.ts; the veto basis text is lib/records/accident-veto-basis.ts.
import { z } from "zod";
import { nfkc } from "@/lib/validation";
import { parseShanghaiDateTime } from "@/lib/records/accident-times";

export const dateTime = z
  .string({ error: "validation.required" })
  .transform(nfkc)
  .pipe(z.string().min(1, { error: "validation.required" }))
  .transform((s, ctx) => {
    const d = parseShanghaiDateTime(s);
    if (!d) ctx.addIssue({ code: "custom", message: "accidents.errors.datetime" });
    return d ?? new Date(0);
  });

export const optionalDateTime = z
  .union([z.string(), z.null(), z.undefined()])
  .transform((v) => (v == null ? "" : nfkc(v)))
  .transform((s, ctx) => {
    if (s === "") return null;
    const d = parseShanghaiDateTime(s);
    if (!d) ctx.addIssue({ code: "custom", message: "accidents.errors.datetime" });
    return d;
  });

/** A whole number of people, 0 to 9999; full-width digits read as ASCII; -1, 1e3, 2.5 refused. */
export const headcount = z
  .union([z.string(), z.number()], { error: "validation.required" })
  .transform((v) => (typeof v === "number" ? String(v) : nfkc(v)))
  .pipe(
    z
      .string()
      .min(1, { error: "validation.required" })
      .regex(/^\d{1,4}$/, { error: "accidents.errors.people" }),
  )
  .transform(Number);
