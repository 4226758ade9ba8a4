// Every number a speaker said, however said: digits, Chinese numerals (九分, 两千三, 一毛九), English number words and
// ordinals ("eight", "the twenty-ninth", "two thirty"). A caller repeating the customer's "eight" as "8 out of 10" or
// "the 29th" as "May 29th" is not inventing a figure.
import { toHalfWidth } from "../text/normalize.js";
import { chineseNumeral } from "../text/figures.js";
import { addDigitStrings } from "./digit-strings.js";
import { memoByText } from "../util/bounded-memo.js";

const EN_UNITS: Record<string, number> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};
const EN_SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6 };
const WORD = /[a-z]+/g;
/** A comma groups thousands only before exactly three digits: "尾号1234，2024-01-02" is two numbers, not 12342024. */
const DIGITS = /\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)*|\d+(?:\.\d+)*/g;
const CJK_RUN = /[零〇一二两三四五六七八九十百千万亿]+/g;

function addEnglish(text: string, out: Set<number>): void {
  let current: number | null = null;
  let total = 0;
  const flush = (): void => {
    if (current !== null) out.add(total + current);
    current = null;
    total = 0;
  };
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const unit = EN_UNITS[word];
    const ten = EN_TENS[word];
    const scale = EN_SCALES[word];
    if (unit !== undefined) {
      out.add(unit);
      current = (current ?? 0) + unit;
    } else if (ten !== undefined) {
      out.add(ten);
      if (current !== null && current % 100 !== 0) flush();
      current = (current ?? 0) + ten;
    } else if (scale !== undefined && current !== null) {
      if (scale >= 1000) {
        total += current * scale;
        current = 0;
      } else current *= scale;
    } else if (word !== "and") flush();
  }
  flush();
}

/**
 * Numeric values said in the text (and each part of a compound: "twenty-nine" gives 29, 20 and 9); remembered per
 * text (several checks read every turn's, call after call), so the set is shared: read-only.
 */
export const spokenValues: (text: string) => ReadonlySet<number> = memoByText(valuesIn, 20_000);

function valuesIn(text: string): Set<number> {
  const normal = toHalfWidth(text).toLowerCase();
  const out = new Set<number>();
  for (const match of normal.matchAll(DIGITS)) {
    const value = Number.parseFloat(match[0].replace(/,/g, ""));
    if (Number.isFinite(value)) out.add(value);
  }
  for (const match of normal.matchAll(CJK_RUN)) {
    const value = chineseNumeral(match[0]);
    if (value !== null) out.add(value);
    for (const char of match[0]) {
      const single = chineseNumeral(char);
      if (single !== null && single < 10) out.add(single);
    }
  }
  addEnglish(normal.replace(/-/g, " "), out);
  addDigitStrings(normal, out);
  return out;
}
