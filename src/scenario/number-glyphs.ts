// Step numbers written in other glyphs ("❶ ", "壹、", "Ⅲ. ", "1/3 ") are read as the plain numbers every section
// reader knows ("① ", "一、", "III. ", "1. "): one table, so each reader's patterns stay the same.

/** Ranges of glyph numerals that count 1, 2, 3…: each maps onto the circled numbers ① … ⑩. */
const CIRCLED_RANGES: readonly (readonly [number, number])[] = [
  [0x2776, 0x277f], // ❶ … ❿ dingbat negative circled
  [0x2780, 0x2789], // ➀ … ➉ dingbat circled sans-serif
  [0x278a, 0x2793], // ➊ … ➓ dingbat negative circled sans-serif
  [0x24f5, 0x24fe], // ⓵ … ⓾ double circled
  [0x2474, 0x2487], // ⑴ … ⒇ parenthesized
  [0x2488, 0x249b], // ⒈ … ⒛ with a full stop
];
/** Formal (banker's) Chinese numerals → the everyday ones. */
const FORMAL_ZH: Record<string, string> = { 壹: "一", 贰: "二", 貳: "二", 叁: "三", 參: "三", 肆: "四", 伍: "五", 陆: "六", 陸: "六", 柒: "七", 捌: "八", 玖: "九", 拾: "十" };
/** Roman numerals as single glyphs (Ⅰ U+2160 … Ⅻ U+216B, ⅰ U+2170 … ⅻ U+217B) → Latin letters. */
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

const LEAD = /^(\s*(?:#{1,6}\s+)?(?:[-*+]\s+)?(?:\*\*|__)?\s*)(\S)/u;
const FORMAL_HEAD = /^([壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3})(?=\s*[、.．:：])/u;
// "1/3 开场", "2/3 — …": a step counted out of the whole, written as a fraction.
const FRACTION_HEAD = /^(\d{1,2})\s?\/\s?(\d{1,2})(?=\s)/;

/** The line with a leading step number in another glyph written as the plain number; other lines unchanged. */
export function plainStepNumber(line: string): string {
  const m = LEAD.exec(line);
  if (m === null) return line;
  const lead = m[1] ?? "";
  const rest = line.slice(lead.length);
  const code = rest.codePointAt(0) ?? 0;
  for (const [from, to] of CIRCLED_RANGES) {
    if (code >= from && code <= to) return `${lead}${String.fromCodePoint(0x2460 + code - from)}${rest.slice(1)}`;
  }
  if ((code >= 0x2160 && code <= 0x216b) || (code >= 0x2170 && code <= 0x217b)) {
    return `${lead}${ROMAN[code >= 0x2170 ? code - 0x2170 : code - 0x2160] ?? ""}${rest.slice(1)}`;
  }
  const formal = FORMAL_HEAD.exec(rest);
  if (formal !== null) {
    const digits = formal[1] ?? "";
    return `${lead}${[...digits].map((c) => FORMAL_ZH[c] ?? c).join("")}${rest.slice(digits.length)}`;
  }
  const fraction = FRACTION_HEAD.exec(rest);
  if (fraction !== null && Number(fraction[1]) >= 1 && Number(fraction[1]) <= Number(fraction[2])) {
    return `${lead}${fraction[1] ?? ""}.${rest.slice(fraction[0].length)}`;
  }
  return line;
}
