// A Chinese numeral said before a unit of date, time, money or measure, written as digits ("三月八号" becomes "3月8号",
// "三十七分钟" becomes "37分钟"): a caller who speaks the figures in number words says what a script writes in digits.
import { chineseNumeral } from "../text/figures.js";
import { memoByText } from "../util/bounded-memo.js";

/** A run of numeral characters right before a unit; a numeral before anything else ("一下", "一起") stays a word. */
const BEFORE_UNIT = /[零〇一二两三四五六七八九十百千万]+(?=[月号日点元块平路岁天周年次米度折]|分钟|小时|个)/gu;

function convert(text: string): string {
  return text.replace(BEFORE_UNIT, (run) => {
    const value = chineseNumeral(run);
    return value === null ? run : String(value);
  });
}

/** The text with its spoken numerals before units as digits (the same text when it has none). */
export const numeralsAsDigits: (text: string) => string = memoByText(convert, 20_000);
