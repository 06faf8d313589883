import { describe, expect, it } from "vitest";
import zh from "@/messages/zh.json";
import en from "@/messages/en.json";

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

const entries = (o: object, prefix = ""): [string, string][] =>
  Object.entries(o).flatMap(([k, v]): [string, string][] =>
    v && typeof v === "object" ? entries(v, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]],
  );

// Chinese script, CJK punctuation (、。「」…) and full-width forms (：（），；).
const CJK = /[\u2e80-\u303f\u3400-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

/** English messages that rightly hold Chinese: proper names, each with its reason. */
const CHINESE_IN_ENGLISH: Record<string, string> = {
  // The switch to Chinese, named in Chinese so a Chinese reader finds it.
  "nav.switchTo": "中文",
  // A new scheme's default title: the scheme is a Chinese document (its files are Chinese in any language).
  "assessmentIndex.create.defaultTitle": "{year}年度安全生产责任制考核方案",
};

describe("messages", () => {
  it("zh and en have exactly the same keys", () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });
  it("no message is empty", () => {
    const empty = (o: object, p = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === "object" ? empty(v, `${p}${k}.`) : v === "" ? [`${p}${k}`] : [],
      );
    expect([...empty(zh), ...empty(en)]).toEqual([]);
  });
  it("English has no Chinese characters or full-width punctuation, except the listed proper names", () => {
    const found = entries(en).filter(([k, v]) => CJK.test(v) && CHINESE_IN_ENGLISH[k] !== v);
    expect(found).toEqual([]);
  });
  it("every placeholder of a Chinese message is in its English one, and the other way round", () => {
    const zhOf = new Map(entries(zh));
    const names = (s: string) => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    const differ = entries(en).filter(
      ([k, v]) => zhOf.has(k) && [...new Set(names(v))].join() !== [...new Set(names(zhOf.get(k)!))].join(),
    );
    expect(differ).toEqual([]);
  });
});
