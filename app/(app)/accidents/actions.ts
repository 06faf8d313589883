"use server";
// Saving an accident (new or edited, version-checked): the use-case is server/accidents/save.ts (level and
// flags computed there, never taken from the form; a reporting flag proposes the reporting veto).
import { z } from "zod";
import { defineAction } from "@/server/action";
import { saveAccident } from "@/server/accidents/save";
import { amount, bool, enumOf, id, optionalId, optionalText, text } from "@/lib/validation";
import { dateTime, headcount, optionalDateTime } from "./fields";

export const saveAccidentAction = defineAction({
  name: "accident.save",
  permission: "accident.edit",
  schema: z.strictObject({
    accidentId: optionalId,
    version: optionalId,
    title: text(200),
    description: optionalText(4000, { multiline: true }),
    occurredAt: dateTime,
    domain: enumOf(["internal", "supervised"] as const),
    unitId: id,
    deaths: headcount,
    seriousInjuries: headcount,
    directLoss: amount,
    reportedUnit: optionalDateTime,
    reportedBureau: optionalDateTime,
    isFalse: bool,
    falseReason: optionalText(1000, { multiline: true }),
    isConcealed: bool,
    concealedReason: optionalText(1000, { multiline: true }),
  }),
  run: ({ input, tx, viewer }) => saveAccident(tx, input, viewer.userId),
});
