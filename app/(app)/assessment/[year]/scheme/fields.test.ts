// The scheme forms' repeated rows read back into the scheme's JSON: deduction rules keep their keys per
// slot, half-filled rows are refused at the empty field, empty rows are dropped.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ActionError } from "@/server/action";
import { fieldErrorsOf } from "@/lib/validation";

// lib/action brings in the session (next-auth); these functions only need its error class.
vi.mock("@/server/action", () => ({
  ActionError: class ActionError extends Error {
    constructor(
      public readonly key: string,
      public readonly field?: string,
    ) {
      super(key);
    }
  },
}));
import { itemFields, rulesFrom } from "./item-fields";
import { pointsInput } from "./points-fields";
import { parseBands, parseTiers, settingsSlotFields } from "./settings-fields";
import { vetoFields, vetoFrom } from "./veto-fields";

const item = z.strictObject({ ...itemFields });
const base = { categoryId: "3", code: "1.1", content: "内容", maxPoints: "４", scoringRule: "每项扣1分" };
const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof ActionError ? [e.key, e.field] : e;
  }
  return null;
};

describe("item form", () => {
  it("reads full-width points and keeps each slot's rule key", () => {
    const input = item.parse({
      ...base,
      rule1Label: "缺会",
      rule1Kind: "per_occurrence",
      rule1Points: "0.5",
      rule2Label: "",
      rule3Label: "整改率",
      rule3Kind: "per_percent_shortfall",
      rule3Points: "1",
      rule3Indicator: "rate",
    });
    expect(input.maxPoints).toBe(4);
    const existing = [
      { key: "a", label: "旧", kind: "per_occurrence" as const, points: 1 },
      { key: "r1", label: "旧2", kind: "per_occurrence" as const, points: 1 },
    ];
    expect(rulesFrom(input, existing)).toEqual([
      { key: "a", label: "缺会", kind: "per_occurrence", points: 0.5 },
      { key: "r2", label: "整改率", kind: "per_percent_shortfall", points: 1, indicator: "rate" },
    ]);
  });

  it("refuses a half-filled rule at the missing field, and unknown fields and kinds", () => {
    expect(fieldOf(() => rulesFrom(item.parse({ ...base, rule2Label: "缺会", rule2Points: "1" }), []))).toEqual([
      "validation.required",
      "rule2Kind",
    ]);
    expect(item.safeParse({ ...base, rule1Kind: "per_whim" }).success).toBe(false);
    expect(item.safeParse({ ...base, status: "approved" }).success).toBe(false);
    expect(item.safeParse({ ...base, maxPoints: "1e309" }).error?.issues[0].message).toBe("validation.score");
    expect(item.safeParse({ ...base, code: "1 1" }).error?.issues[0].message).toBe("scheme.errors.code");
  });
});

describe("settings form", () => {
  const settings = z.strictObject(settingsSlotFields);
  it("drops empty rows; the inclusive box alone is no row", () => {
    const input = settings.parse({
      tier1Key: "national",
      tier1Label: "国家级",
      tier1Points: "3",
      band1Key: "excellent",
      band1Label: "优秀",
      band1Min: "90",
      band1Inclusive: true,
      band2Key: "fail",
      band2Label: "不合格",
      band2Min: "0",
      band2Inclusive: "on",
      band3Inclusive: true,
    });
    expect(parseTiers(input)).toEqual([{ key: "national", label: "国家级", points: 3 }]);
    expect(parseBands(input)).toEqual([
      { key: "excellent", label: "优秀", min: 90, inclusive: true },
      { key: "fail", label: "不合格", min: 0, inclusive: true },
    ]);
  });
  it("refuses a band without its bound, and keys that are not lower-case codes", () => {
    expect(fieldOf(() => parseBands(settings.parse({ band1Key: "good", band1Label: "良好" })))).toEqual([
      "validation.required",
      "band1Min",
    ]);
    expect(settings.safeParse({ band1Key: "Good<script>" }).error?.issues[0].message).toBe("scheme.errors.key");
  });
});

describe("veto form", () => {
  it("ticked boxes become consequences and reach; none ticked means every unit", () => {
    const v = z.strictObject(vetoFields).parse({
      code: "V1",
      name: "迟报",
      basis: "条例",
      effect: "cap_grade",
      effectGrade: "",
      consequence_no_excellent: true,
      kind_branch: "on",
    });
    expect(vetoFrom(v)).toEqual({
      code: "V1",
      name: "迟报",
      basis: "条例",
      effect: "cap_grade",
      effectGrade: null,
      consequences: ["no_excellent"],
      appliesTo: { groups: [], kinds: ["branch"] },
    });
  });
});

describe("points table", () => {
  it("reads every cell as points; a forged field is unknown, a bad cell is refused at the cell", () => {
    expect(pointsInput.parse({ schemeId: "1", version: 2, totalPoints: "１００", cat_3: "20.5", item_7: "4" })).toEqual(
      {
        schemeId: 1,
        version: 2,
        totalPoints: 100,
        cat_3: 20.5,
        item_7: 4,
      },
    );
    const forged = pointsInput.safeParse({ schemeId: 1, version: 2, totalPoints: "100", status: "published" });
    expect(fieldErrorsOf(forged.error!)).toEqual({ fieldErrors: {}, formError: "validation.unknownField" });
    const cell = pointsInput.safeParse({ schemeId: 1, version: 2, totalPoints: "100", item_5: "1e309", cat_1: "-1" });
    expect(fieldErrorsOf(cell.error!).fieldErrors).toEqual({ item_5: "validation.score", cat_1: "validation.score" });
  });
});
