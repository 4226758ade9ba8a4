// Spoken money and clock times read as the figures they are (src/text/figure-rules.ts): "一块一毛二" is 1.12 yuan, not
// 0.12; "三点半", "八点半到五点半", "half past three", "a quarter to five", "half five" are times that ground against
// the document's "15:30" / "8:30–17:30"; a bare "三点" (three points, or a callback offer) and "三点五" (3.5) stay unread.
import { describe, expect, it } from "vitest";
import { extractFigures, FigureIndex, type FigureAtom } from "../src/text/figures.js";

const atoms = (text: string): FigureAtom[] => extractFigures(text).flatMap((figure) => figure.atoms);
const time = (hour: number, minute: number): FigureAtom => ({ kind: "time", hour, minute });

describe("spoken money (zh)", () => {
  it("reads yuan, jiao and fen together", () => {
    expect(extractFigures("一共一块一毛二。").map((f) => [f.text, f.value, f.unit])).toEqual([["一块一毛二", 1.12, "元"]]);
    expect(extractFigures("每斤一块二毛五分，").map((f) => f.value)).toEqual([1.25]);
  });
  it("keeps the short forms it read before", () => {
    expect(extractFigures("两块五").map((f) => f.value)).toEqual([2.5]);
    expect(extractFigures("一毛九").map((f) => f.value)).toEqual([0.19]);
  });
  it("grounds 一块一毛二 against 1.12元 and not against 0.12元", () => {
    const [said] = extractFigures("一块一毛二");
    expect(said).toBeDefined();
    if (said === undefined) return;
    expect(new FigureIndex(["单价 1.12 元"]).has(said)).toBe(true);
    expect(new FigureIndex(["单价 0.12 元"]).has(said)).toBe(false);
  });
});

describe("clock times in Chinese numerals", () => {
  it("reads half hours, quarters and minutes", () => {
    expect(atoms("三点半")).toEqual([time(3, 30)]);
    expect(atoms("下午五点半")).toEqual([time(5, 30)]);
    expect(atoms("八点一刻")).toEqual([time(8, 15)]);
    expect(atoms("八点二十")).toEqual([time(8, 20)]);
    expect(atoms("十点二十分")).toEqual([time(10, 20)]);
    expect(atoms("八点半到五点半")).toEqual([time(8, 30), time(5, 30)]);
  });
  it("leaves a bare hour, a decimal and 'a little' unread", () => {
    expect(atoms("有三点建议")).toEqual([]);
    expect(atoms("那我下午三点再给您打")).toEqual([]);
    expect(atoms("利率三点五，")).toEqual([]);
    expect(atoms("快一点")).toEqual([]);
  });
  it("grounds against the document's digits", () => {
    const index = new FigureIndex(["周一到周六 8:30–17:30"]);
    expect(extractFigures("早上八点半到下午五点半").every((f) => index.has(f))).toBe(true);
    expect(extractFigures("早上九点半").every((f) => index.has(f))).toBe(false);
  });
});

describe("clock times in English words", () => {
  it("reads half past, quarter past, quarter to and British half five", () => {
    expect(atoms("half past three")).toEqual([time(3, 30)]);
    expect(atoms("a quarter to five")).toEqual([time(4, 45)]);
    expect(atoms("quarter past nine")).toEqual([time(9, 15)]);
    expect(atoms("nine till half five")).toEqual([time(5, 30)]);
  });
  it("leaves other halves and a bare hour unread as times", () => {
    expect(atoms("half five hours").filter((a) => a.kind === "time")).toEqual([]);
    expect(atoms("half to twelve")).toEqual([]);
    expect(atoms("five o'clock")).toEqual([]);
  });
  it("grounds against the document's digits", () => {
    const index = new FigureIndex(["Monday to Saturday 9:00 to 17:30; slot 4:45 pm"]);
    for (const said of ["half past five", "half five", "a quarter to five"]) expect(extractFigures(said).every((f) => index.has(f)), said).toBe(true);
    expect(extractFigures("half past six").every((f) => index.has(f))).toBe(false);
  });
});
