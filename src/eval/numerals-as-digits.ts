// A Chinese numeral said before a unit of date, time, money or measure, written as digits ("三月八号" becomes "3月8号",
// "三十七分钟" becomes "37分钟"), and an English day said as an ordinal ("the eighth of May" becomes "8 May") or clock
// hours as words across a span ("nine till twelve"): a caller who speaks the figures in words says what a script
// writes in digits.
import { chineseNumeral } from "../text/figures.js";
import { memoByText } from "../util/bounded-memo.js";

/** A run of numeral characters right before a unit; a numeral before anything else ("一下", "一起") stays a word. */
const BEFORE_UNIT = /[零〇一二两三四五六七八九十百千万]+(?=[月号日点元块平路岁天周年次米度折]|分钟|小时|个)/gu;

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
const HOURS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
const WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const ORDINAL = `(?:(twenty|thirty)[- ])?(${ORDINALS.join("|")}|thirtieth)`;
/** "the eighth of <month>", "<weekday> the tenth": an English day of the month said as an ordinal word. */
const DAY_ORDINAL = new RegExp(`\\bthe ${ORDINAL}(?: of (?=(?:${MONTHS})\\b))|(?<=\\b(?:${WEEKDAYS}) )the ${ORDINAL}\\b`, "giu");
/** "nine till twelve", "one to four": clock hours said as words on either side of a span. */
const HOUR_SPAN = new RegExp(`\\b(${HOURS.join("|")}) (till|to|until) (${HOURS.join("|")})\\b`, "giu");

function ordinalValue(tens: string | undefined, unit: string): number {
  const low = unit.toLowerCase();
  const base = low === "thirtieth" ? 30 : ORDINALS.indexOf(low) + 1;
  return base + (tens === undefined ? 0 : tens.toLowerCase() === "twenty" ? 20 : 30);
}

function convert(text: string): string {
  const zh = text.replace(BEFORE_UNIT, (run) => {
    const value = chineseNumeral(run);
    return value === null ? run : String(value);
  });
  if (!/[a-z]/iu.test(zh)) return zh;
  return zh
    .replace(DAY_ORDINAL, (run: string, t1: string | undefined, u1: string | undefined, t2: string | undefined, u2: string | undefined) => `${ordinalValue(t1 ?? t2, u1 ?? u2 ?? "")}${run.endsWith(" ") ? " " : ""}`)
    .replace(HOUR_SPAN, (_, a: string, link: string, b: string) => `${HOURS.indexOf(a.toLowerCase()) + 1} ${link} ${HOURS.indexOf(b.toLowerCase()) + 1}`);
}

/** The text with its spoken numerals before units as digits (the same text when it has none). */
export const numeralsAsDigits: (text: string) => string = memoByText(convert, 20_000);
