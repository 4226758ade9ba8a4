import { describe, expect, it } from "vitest";
import { extractFigures, FigureIndex, ungroundedFigures } from "../src/text/figures.js";

const texts = (text: string): string[] => extractFigures(text).map((f) => f.text);

describe("extractFigures", () => {
  it("finds Chinese figures with units, dates, times and ranges", () => {
    expect(texts("6月3日到6日您家宽带断了3天多，6月3日上午9点20分，一共288芯，影响1,260户")).toEqual([
      "6月3日到6日", "3天多", "6月3日", "9点20分", "288芯", "1,260户",
    ]);
    expect(texts("A. 10月11日周六上午9:00-10:00；每期0.6%，1.2万元，尾号6218")).toEqual([
      "10月11日", "9:00-10:00", "0.6%", "1.2万元", "6218",
    ]);
  });

  it("finds English money, percentages, counts and number words", () => {
    expect(texts("List price goes to $42 per seat on 2025-10-01, a 1-year renewal; 84.8% of 250 seats is 212 active seats; ten minutes")).toEqual([
      "$42", "2025-10-01", "1-year", "84.8%", "250 seats", "212 active", "ten minutes",
    ]);
  });

  it("skips list numbering, step labels, model names and idioms", () => {
    expect(texts("1. **开场确认身份**")).toEqual([]);
    expect(texts("步骤1：开场")).toEqual([]);
    expect(texts("Step 2: recap")).toEqual([]);
    expect(texts("X5 and P1, 十分感谢，这两天")).toEqual([]);
  });

  it("reads values: 万 scales, commas, Chinese numerals", () => {
    const [a, b, c] = extractFigures("1.2万元 与 $100,320 以及 十五分钟");
    expect([a?.value, b?.value, c?.value]).toEqual([12000, 100320, 15]);
  });
});

describe("grounding", () => {
  const index = new FigureIndex(["响应时间为10分钟，2025-01-01，费用1,000元", "$114,000 per year, 38 minutes"]);

  it("accepts the same value with a comparable unit, in any writing", () => {
    expect(ungroundedFigures("等了十分钟，1月1日那次，1000块", index)).toEqual([]);
    expect(ungroundedFigures("114,000 dollars, thirty-eight minutes? no: 38 min", index).map((f) => f.text)).toEqual([]);
  });

  it("flags invented values and incompatible units", () => {
    expect(ungroundedFigures("现在只要8分钟，10天内完成", index).map((f) => f.text)).toEqual(["8分钟", "10天"]);
    expect(ungroundedFigures("that saves $950", index).map((f) => f.text)).toEqual(["$950"]);
  });
});

describe("a day-first date followed by its hours", () => {
  it("reads '9 Oct 2 till 4' as 9 October, never as 2 October", () => {
    const dates = extractFigures("Slots: Thu 9 Oct 2 till 4, Sat 11 Oct 10 till 1").flatMap((f) => f.atoms).filter((a) => a.kind === "date");
    expect(dates).toEqual([{ kind: "date", year: null, month: 10, day: 9 }, { kind: "date", year: null, month: 10, day: 11 }]);
  });
  it("still reads a month-first date", () => {
    expect(extractFigures("on Oct 9th").flatMap((f) => f.atoms)).toEqual([{ kind: "date", year: null, month: 10, day: 9 }]);
  });
  it("reads 第二天 (the next day) as no amount of days", () => {
    expect(extractFigures("第二天早上来")).toEqual([]);
  });
});

describe("a sum opening a line", () => {
  it("reads '£25 extra.' as a sum, not as a list mark", () => {
    expect(extractFigures("£25 extra.").map((f) => f.value)).toEqual([25]);
    expect(extractFigures("$8.").map((f) => f.value)).toEqual([8]);
    expect(extractFigures("1. Opening")).toEqual([]);
  });
});
