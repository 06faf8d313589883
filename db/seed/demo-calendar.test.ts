// The demo calendar: the story's closed year moved by whole years, the year in progress kept by today's
// cutoff (squeezed in order while the story's end lies ahead), on any date — leap years included.
import { describe, expect, it } from "vitest";
import { STORY, daysBetween, demoCalendar, plusDays } from "./demo-calendar";
import { closeDates } from "./assessment-close";
import { demoHazards } from "./hazards-data";

const storyDays = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = plusDays(d, 1)) out.push(d);
  return out;
};
const THIS_YEAR = storyDays(`${STORY.current}-01-01`, STORY.end);

describe("demoCalendar", () => {
  it("keeps the story's days from December on (today 4 December 2026: the story as written)", () => {
    const cal = demoCalendar("2026-12-04");
    expect([cal.last, cal.current, cal.cutoff, cal.squeezed]).toEqual([2025, 2026, "2026-12-01", false]);
    expect(cal.date("2025-08-14")).toBe("2025-08-14");
    expect(cal.date("2026-11-20")).toBe("2026-11-20");
    expect(cal.shift("2018-01-01")).toBe("2018-01-01");
    expect(cal.instant("2025-08-14T14:05:00+08:00").toISOString()).toBe("2025-08-14T06:05:00.000Z");
  });

  it.each(["2027-01-01", "2027-01-02", "2027-01-15", "2028-02-29", "2031-06-30", "2032-11-29", "2033-12-31"])(
    "on %s: last year whole, this year's events in order between 1 January and the cutoff, before today",
    (today) => {
      const cal = demoCalendar(today);
      const Y = Number(today.slice(0, 4));
      expect([cal.last, cal.current, cal.year(2025), cal.year(2026), cal.story(Y)]).toEqual([Y - 1, Y, Y - 1, Y, 2026]);
      expect(cal.cutoff >= `${Y}-01-01` && cal.cutoff <= today).toBe(true);
      const mapped = THIS_YEAR.map(cal.date);
      for (let i = 1; i < mapped.length; i++) expect(mapped[i] >= mapped[i - 1]).toBe(true);
      expect(mapped[0]).toBe(`${Y}-01-01`);
      expect(mapped.every((d) => d.startsWith(`${Y}-`) && d <= cal.cutoff)).toBe(true);
      expect(cal.date("2025-08-14")).toBe(`${Y - 1}-08-14`);
      expect(cal.date("2025-12-31")).toBe(`${Y - 1}-12-31`);
      expect(cal.after("2025-10-20", "2026-10-19")).toBe(plusDays(`${Y - 1}-10-20`, 364));
    },
  );

  it("moves 29 February to the 28th in a year without it, and keeps it in a leap year", () => {
    expect(demoCalendar("2027-06-01").shift("2024-02-29")).toBe("2025-02-28");
    expect(demoCalendar("2030-06-01").shift("2024-02-29")).toBe("2028-02-29");
    // A leap year in progress: the story's 1 March comes after 28 February, whatever the squeeze.
    const cal = demoCalendar("2028-12-10");
    expect(cal.squeezed).toBe(false);
    expect(cal.date("2026-03-01")).toBe("2028-03-01");
    expect(daysBetween(cal.date("2026-02-28"), cal.date("2026-03-01"))).toBe(2);
  });

  it("refuses a story date past the story's end for an event", () => {
    expect(() => demoCalendar("2027-01-15").date("2026-12-20")).toThrow();
  });
});

describe("dates the story needs on any day", () => {
  it.each(["2026-12-04", "2027-01-01", "2027-01-03", "2027-01-15", "2031-06-30", "2031-12-31"])("on %s", (today) => {
    const cal = demoCalendar(today);
    // Last year's close: decided, publicised, final, 奖惩 confirmed, in order, after last year's reviews, by the cutoff.
    const c = closeDates(cal);
    expect(c.decided > `${cal.last}-12-26`).toBe(true);
    expect(c.decided <= c.publicised && c.publicised <= c.finalised && c.finalised <= c.sanctionsConfirmed).toBe(true);
    expect(c.sanctionsConfirmed <= cal.cutoff).toBe(true);
    // Hazards: found and worked on by today; one major overdue, the general ones open with a deadline ahead.
    const hazards = demoHazards(cal);
    for (const h of hazards) {
      expect(h.foundOn <= today, h.title).toBe(true);
      expect(h.steps.every((s) => s.on <= today && s.on >= h.foundOn), h.title).toBe(true);
    }
    const open = hazards.filter((h) => !h.steps.some((s) => s.step === "accept"));
    expect(open.filter((h) => h.deadline < today).map((h) => [h.unit, h.level])).toEqual([["AFF-ENFORCE", "major"]]);
  });
});
