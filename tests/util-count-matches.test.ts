import { describe, expect, it } from "vitest";
import { countMatches } from "../src/util/count-matches.js";
import { EN } from "../src/lang/en/index.js";
import { ZH } from "../src/lang/zh/index.js";

const SAMPLES = ["", "   ", "您好，我是小王。", "app 里也能看到 OK，12:30 见", "It's the 3.5-mile walk, isn't it?", "a  b\tc\nd", "X-ray's   co-pay e.g. 1,200.50"];

describe("countMatches", () => {
  it("counts as text.match(pattern).length does", () => {
    for (const pattern of [/[A-Za-z]+/g, /[\u3400-\u9fff0-9]/g, /\S+/g, /o/g])
      for (const text of SAMPLES) expect(countMatches(pattern, text), `${pattern} on ${JSON.stringify(text)}`).toBe(text.match(pattern)?.length ?? 0);
  });

  it("starts from the beginning whatever lastIndex a pattern was left with", () => {
    const pattern = /a/g;
    pattern.lastIndex = 3;
    expect(countMatches(pattern, "aaaa")).toBe(4);
    expect(pattern.lastIndex).toBe(0);
  });

  it("refuses a pattern without the g flag (it would never stop)", () => {
    expect(() => countMatches(/a/, "aaa")).toThrow(/global/);
  });
});

describe("speaking measures counted without match arrays", () => {
  it("give the counts they gave before", () => {
    for (const text of SAMPLES) {
      expect(EN.speech.units(text)).toBe(text.match(/[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*/g)?.length ?? 0);
      expect(EN.speech.size(text)).toBe(text.split(/\s+/).filter((w) => w !== "").length);
      expect(ZH.speech.units(text)).toBe((text.match(/[\u3400-\u9fff\uf900-\ufaff0-9]/g)?.length ?? 0) + 0.5 * (text.match(/[A-Za-z]+/g)?.length ?? 0));
    }
  });
});
