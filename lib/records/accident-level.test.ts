import { describe, expect, it } from "vitest";
import { accidentLevel, flagKeys, hasAnyFlag, reportFlags, reportHops } from "./accident-level";

const lv = (deaths: number, seriousInjuries: number, directLoss: number) =>
  accidentLevel({ deaths, seriousInjuries, directLoss });

describe("accidentLevel (国务院令第493号 art. 3)", () => {
  it("is 一般 below every lower bound", () => {
    expect(lv(0, 0, 0)).toBe("general");
    expect(lv(2, 9, 999.99)).toBe("general");
  });
  it("takes the lower bounds as inclusive (以上包括本数)", () => {
    expect(lv(3, 0, 0)).toBe("larger");
    expect(lv(0, 10, 0)).toBe("larger");
    expect(lv(0, 0, 1000)).toBe("larger");
    expect(lv(10, 0, 0)).toBe("major");
    expect(lv(0, 50, 0)).toBe("major");
    expect(lv(0, 0, 5000)).toBe("major");
    expect(lv(30, 0, 0)).toBe("especially_major");
    expect(lv(0, 100, 0)).toBe("especially_major");
    expect(lv(0, 0, 10000)).toBe("especially_major");
  });
  it("keeps the upper bounds exclusive (以下不包括本数)", () => {
    expect(lv(9, 49, 4999.99)).toBe("larger");
    expect(lv(29, 99, 9999.99)).toBe("major");
  });
  it("is the highest level any criterion reaches", () => {
    expect(lv(0, 1, 35)).toBe("general");
    expect(lv(1, 0, 6000)).toBe("major");
    expect(lv(3, 100, 0)).toBe("especially_major");
    expect(lv(12, 3, 1200)).toBe("major");
  });
  it("does not cross a bound on float noise", () => {
    expect(lv(0, 0, (0.1 * 3 * 10000) / 3)).toBe("larger"); // 1000.0000000000001
    expect(lv(0, 0, 999.995 - 0.005)).toBe("general");
  });
});

describe("reportHops and flags (art. 9/10)", () => {
  const at = (s: string) => new Date(`2025-08-14T${s}:00+08:00`);
  const occurred = at("10:00");
  const later = new Date("2025-09-01T00:00:00+08:00");

  it("due: the unit within 1 hour of the accident, the bureau within 2 hours of receiving", () => {
    const hops = reportHops(occurred, { unit_to_bureau: at("10:30"), bureau_to_superior: at("11:30") }, later);
    expect(hops.map((h) => h.dueAt.toISOString())).toEqual([at("11:00").toISOString(), at("12:30").toISOString()]);
    expect(hops.map((h) => h.state)).toEqual(["on_time", "on_time"]);
    expect(reportFlags(hops, { isFalse: false, isConcealed: false })).toEqual({
      isLate: false,
      isOmitted: false,
      isFalse: false,
      isConcealed: false,
    });
  });

  it("exactly on the due time is on time", () => {
    const hops = reportHops(occurred, { unit_to_bureau: at("11:00"), bureau_to_superior: at("13:00") }, later);
    expect(hops.map((h) => h.state)).toEqual(["on_time", "on_time"]);
    expect(hops.every((h) => h.lateMinutes === 0)).toBe(true);
  });

  it("one minute late is 迟报", () => {
    const hops = reportHops(occurred, { unit_to_bureau: at("11:01"), bureau_to_superior: at("13:01") }, later);
    expect(hops.map((h) => h.state)).toEqual(["late", "on_time"]);
    expect(hops[0].lateMinutes).toBe(1);
    const flags = reportFlags(hops, { isFalse: false, isConcealed: false });
    expect(flags.isLate).toBe(true);
    expect(flags.isOmitted).toBe(false);
    expect(flagKeys(flags)).toEqual(["late"]);
  });

  it("the demo lift accident: reported 2 h 40 min after → 迟报 by 100 minutes", () => {
    const hops = reportHops(occurred, { unit_to_bureau: at("12:40"), bureau_to_superior: at("14:00") }, later);
    expect(hops[0].state).toBe("late");
    expect(hops[0].lateMinutes).toBe(100);
    // The bureau's own clock starts when it received the report, so its hop is on time.
    expect(hops[1].dueAt.toISOString()).toBe(at("14:40").toISOString());
    expect(hops[1].state).toBe("on_time");
  });

  it("a hop never made is 漏报 once due, pending before", () => {
    const missing = reportHops(occurred, { unit_to_bureau: at("10:20"), bureau_to_superior: null }, later);
    expect(missing.map((h) => h.state)).toEqual(["on_time", "missing"]);
    expect(reportFlags(missing, { isFalse: false, isConcealed: false }).isOmitted).toBe(true);
    const soon = reportHops(occurred, { unit_to_bureau: at("10:20") }, at("11:00"));
    expect(soon[1].state).toBe("pending");
    expect(hasAnyFlag(reportFlags(soon, { isFalse: false, isConcealed: false }))).toBe(false);
    // Due exactly now is not yet missing.
    expect(reportHops(occurred, {}, at("11:00"))[0].state).toBe("pending");
    expect(reportHops(occurred, {}, new Date(at("11:00").getTime() + 1))[0].state).toBe("missing");
  });

  it("when the first hop was never made, the next is due from the first's due time", () => {
    const hops = reportHops(occurred, {}, later);
    expect(hops[1].dueAt.toISOString()).toBe(at("13:00").toISOString());
    expect(hops.map((h) => h.state)).toEqual(["missing", "missing"]);
  });

  it("谎报 and 瞒报 come from the office's findings", () => {
    const hops = reportHops(occurred, { unit_to_bureau: at("10:10"), bureau_to_superior: at("10:40") }, later);
    const f = reportFlags(hops, { isFalse: true, isConcealed: true });
    expect(flagKeys(f)).toEqual(["false", "concealed"]);
    expect(hasAnyFlag(f)).toBe(true);
  });
});
