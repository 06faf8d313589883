import { describe, expect, it } from "vitest";
import zh from "@/messages/zh.json";
import en from "@/messages/en.json";

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe("messages", () => {
  it("zh and en have exactly the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });
  it("no message is empty", () => {
    const empty = (o: object, p = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? empty(v, `${p}${k}.`) : v === "" ? [`${p}${k}`] : []));
    expect([...empty(zh), ...empty(en)]).toEqual([]);
  });
});
