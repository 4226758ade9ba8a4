// The numeral reader every part shares (src/text/figures.ts): Chinese numerals in full and spoken short forms, money
// in 块/毛, full-width digits, English day ordinals and dates, and masks that are not figures. Properties over
// generated numbers, and the real-call forms the issue names.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chineseNumeral, extractFigures, FigureIndex, ungroundedFigures } from "../src/text/figures.js";

const DIGITS = "零一二三四五六七八九";

/** 0..9999 written the standard way ("一千零五", "三百二十", "十五" at the start). */
function section(n: number, leading: boolean): string {
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const scales = ["千", "百", "十", ""];
  let out = "";
  let zero = false;
  parts.forEach((d, i) => {
    if (d === 0) {
      if (out !== "") zero = true;
      return;
    }
    if (zero) out += "零";
    zero = false;
    out += leading && out === "" && d === 1 && i === 2 ? "十" : `${DIGITS[d]}${scales[i]}`;
  });
  return out;
}

/** 0..99,999,999 written the standard way ("两万零三百" is written "二万零三百" here; both read the same). */
function chinese(n: number): string {
  if (n === 0) return "零";
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  if (high === 0) return section(low, true);
  return `${section(high, true)}万${low === 0 ? "" : low < 1000 ? `零${section(low, false)}` : section(low, false)}`;
}

const fullWidth = (text: string): string => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe("Chinese numerals", () => {
  it("read back every number they write (0 .. 99,999,999)", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => chineseNumeral(chinese(n)) === n), { numRuns: 2000 });
  });

  it("read the spoken short form a digit after 百/千/万 is (两千三 = 2300, not 2003)", () => {
    const scale = fc.constantFrom(["百", 100] as const, ["千", 1000] as const, ["万", 10000] as const);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), scale, fc.integer({ min: 1, max: 9 }), (a, [word, value], b) => {
        const lead = a === 2 && word !== "百" ? "两" : DIGITS[a];
        return chineseNumeral(`${lead}${word}${DIGITS[b]}`) === a * value + (b * value) / 10;
      }),
    );
    expect(chineseNumeral("两千三")).toBe(2300);
    expect(chineseNumeral("三千零三")).toBe(3003);
    expect(chineseNumeral("十三")).toBe(13);
  });

  it("give the same figure with a unit as digits do, half- or full-width", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 99_999 }), (n) => {
        const [cn] = extractFigures(`一共${chinese(n)}元`);
        const [half] = extractFigures(`一共${n}元`);
        const [full] = extractFigures(fullWidth(`一共${n}元`));
        return cn?.value === n && half?.value === n && full?.value === n && new FigureIndex([`${n}元`]).has(cn);
      }),
      { numRuns: 500 },
    );
  });
});

describe("real-call figures", () => {
  const values = (text: string): (number | null)[] => extractFigures(text).map((f) => f.value);

  it("spoken money, bare spoken amounts and percentages", () => {
    expect(values("一毛九")).toEqual([0.19]);
    expect(values("四十八元")).toEqual([48]);
    expect(values("两千三")).toEqual([2300]);
    expect(values("三块五，2块5")).toEqual([3.5, 2.5]);
    expect(values("百分之十")).toEqual([10]);
    expect(ungroundedFigures("一共两千三百元", new FigureIndex(["费用2,300元"]))).toEqual([]);
    expect(ungroundedFigures("每分钟一毛九", new FigureIndex(["资费0.19元/分钟"]))).toEqual([]);
  });

  it("masks are not figures", () => {
    for (const masked of ["卡号0000000", "138****5678", "尾号XXXX", "call [PHONE]", "card ****1234", "某某先生", "XXX元"]) {
      expect(extractFigures(masked)).toEqual([]);
    }
    fc.assert(fc.property(fc.integer({ min: 4, max: 12 }), (n) => extractFigures(`账户${"0".repeat(n)}`).length === 0));
  });

  it("English ordinals and day-month dates ground against ISO dates", () => {
    const index = new FigureIndex(["Complaint opened on 2026-04-02; reading on 2026-04-09"]);
    expect(ungroundedFigures("the complaint you raised on the 2nd of April, read on 9 April", index)).toEqual([]);
    expect(ungroundedFigures("on the 9th", index)).toEqual([]);
    expect(ungroundedFigures("the 3rd of April", index).map((f) => f.text)).toEqual(["3rd of April"]);
  });
});
