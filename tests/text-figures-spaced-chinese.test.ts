// Many writers put a space between digits and Chinese ("12 月 2 日", "定金 100 元"): the figure is read as if unspaced,
// with its offsets and text as written, so a call's "12月2号" is the document's "12 月 2 日".
import { describe, expect, it } from "vitest";
import { figuresIn, FigureIndex } from "../src/text/figures.js";

const read = (text: string) => figuresIn(text).map((f) => ({ text: f.text, unit: f.unit, atoms: f.atoms }));

describe("figures spaced from Chinese", () => {
  it("reads a spaced date, time span and amount as the unspaced ones, with the text as written", () => {
    expect(read("预约 7 月 15 日 下午 3 点到 5 点，押金 200 元")).toEqual([
      { text: "7 月 15 日", unit: "date", atoms: [{ kind: "date", year: null, month: 7, day: 15 }] },
      { text: "3 点到 5 点", unit: "time", atoms: read("3点到5点")[0]?.atoms },
      { text: "200 元", unit: "元", atoms: read("200元")[0]?.atoms },
    ]);
    const spaced = figuresIn("预约 7 月 15 日")[0];
    expect(spaced === undefined ? "" : "预约 7 月 15 日".slice(spaced.start, spaced.end)).toBe("7 月 15 日");
  });

  it("grounds a call's unspaced date in a document's spaced one", () => {
    const index = new FigureIndex(["上门时间：7 月 15 日（周二）上午"]);
    expect(figuresIn("明天7月15号上午到").every((f) => index.has(f))).toBe(true);
    expect(figuresIn("明天7月16号上午到").every((f) => index.has(f))).toBe(false);
  });

  it("leaves spaces between digits alone", () => {
    expect(read("room 12 3 and 4").map((f) => f.text)).toEqual(["12", "3", "4"]);
  });
});
