// The report routes' path and query values, each refused with its own message code (reportFiles.errors).
import { z } from "zod";

export const reportYear = z
  .string()
  .regex(/^\d{4}$/, { error: "invalidYear" })
  .transform(Number)
  .pipe(z.number().min(2000, { error: "invalidYear" }).max(2100, { error: "invalidYear" }));

export const reportEdition = z
  .string()
  .regex(/^\d{1,9}$/, { error: "invalidEdition" })
  .transform(Number)
  .pipe(z.number().positive({ error: "invalidEdition" }))
  .optional();

export const reportUnit = z
  .string()
  .regex(/^\d{1,9}$/, { error: "invalidUnit" })
  .transform(Number)
  .pipe(z.number().positive({ error: "invalidUnit" }));
