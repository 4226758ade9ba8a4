// Step numbers written in other glyphs ("❶ ", "壹、", "Ⅲ ", "1/3 ", "Stage β") are read as the plain numbers every section
// reader knows ("① ", "一、", "3. ", "1. "): one table, so each reader's patterns stay the same.

/** Ranges of glyph numerals that count 1, 2, 3…: each maps onto the circled numbers ① … ⑩. */
const CIRCLED_RANGES: readonly (readonly [number, number])[] = [
  [0x2776, 0x277f], // ❶ … ❿ dingbat negative circled
  [0x2780, 0x2789], // ➀ … ➉ dingbat circled sans-serif
  [0x278a, 0x2793], // ➊ … ➓ dingbat negative circled sans-serif
  [0x24f5, 0x24fe], // ⓵ … ⓾ double circled
  [0x2474, 0x2487], // ⑴ … ⒇ parenthesized
  [0x2488, 0x249b], // ⒈ … ⒛ with a full stop
];
/** The count a circled or other glyph numeral stands for (① and ❶, ⑴, ⒈ … all count 1, 2, 3), or null. */
export function glyphNumber(glyph: string): number | null {
  const code = glyph.codePointAt(0) ?? 0;
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  const range = CIRCLED_RANGES.find(([from, to]) => code >= from && code <= to);
  return range === undefined ? null : code - range[0] + 1;
}

/** Formal (banker's) Chinese numerals → the everyday ones. */
const FORMAL_ZH: Record<string, string> = { 壹: "一", 贰: "二", 貳: "二", 叁: "三", 參: "三", 肆: "四", 伍: "五", 陆: "六", 陸: "六", 柒: "七", 捌: "八", 玖: "九", 拾: "十" };


const FORMAL_HEAD = /^([壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3})(?=\s*[、.．:：])/u;
// "1/3 开场", "2/3 — …": a step counted out of the whole, written as a fraction.
const FRACTION_HEAD = /^(\d{1,2})\s?\/\s?(\d{1,2})(?=\s)/;

/** Greek letters in their order: "Stage α", "Phase β" count 1, 2 after a word that names a step. */
const GREEK = "αβγδεζηθικλμνξοπρστυφχψω";
const GREEK_STEP = /^(\s*(?:#{1,6}\s*)?(?:\*\*|__)?(?:step|stage|phase|part|round|步骤|阶段|环节)\s*)([α-ω])(?=\s|[.:：—–-]|\*\*|$)/iu;

/** The line with a leading step number in another glyph written as the plain number; other lines unchanged. */
export function plainStepNumber(line: string): string {
  const greek = GREEK_STEP.exec(line);
  if (greek !== null && GREEK.includes(greek[2] ?? "")) return `${greek[1] ?? ""}${GREEK.indexOf(greek[2] ?? "") + 1}${line.slice(greek[0].length)}`;
  const at = leadEnd(line);
  if (at >= line.length) return line;
  const lead = line.slice(0, at);
  const rest = line.slice(at);
  const code = rest.codePointAt(0) ?? 0;
  for (const [from, to] of CIRCLED_RANGES) {
    if (code >= from && code <= to) return `${lead}${String.fromCodePoint(0x2460 + code - from)}${rest.slice(1)}`;
  }
  // A Roman glyph is a number whatever follows it ("Ⅱ 提续卡"): written as digits, with a full stop when none follows.
  if ((code >= 0x2160 && code <= 0x216b) || (code >= 0x2170 && code <= 0x217b)) {
    const n = (code >= 0x2170 ? code - 0x2170 : code - 0x2160) + 1;
    const after = rest.slice(1);
    return `${lead}${n}${/^\s*[.、．:：)）]/u.test(after) ? after.trimStart() : `.${/^\s/.test(after) ? "" : " "}${after}`}`;
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

/**
 * Where the number would stand: after the indent, a heading's "#"s, a bullet and a bold mark, each with its spaces.
 * A scan, not a regex: the marks' optional spaces would overlap and backtrack on a line of spaces.
 */
function leadEnd(line: string): number {
  let at = 0;
  const spaces = (): void => {
    while (at < line.length && (line[at] === " " || line[at] === "\t" || line[at] === "\u3000")) at++;
  };
  spaces();
  let hashes = 0;
  while (hashes < 6 && line[at + hashes] === "#") hashes++;
  if (hashes > 0 && (line[at + hashes] === " " || line[at + hashes] === "\t")) {
    at += hashes;
    spaces();
  }
  if ("-*+".includes(line[at] ?? "x") && (line[at + 1] === " " || line[at + 1] === "\t")) {
    at++;
    spaces();
  }
  if (line.startsWith("**", at) || line.startsWith("__", at)) at += 2;
  spaces();
  return at;
}
