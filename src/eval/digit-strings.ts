// Numbers read out digit by digit ("幺五九 八七六五", "oh seven nine, double one", digit groups said apart): the value of each
// group and of the whole string, so a caller reading a phone or account number back in digits quotes the customer.

/** Digit words of either language; 两 is left out (两三 is "two or three", not 23). */
const DIGIT_WORD: Readonly<Record<string, string>> = {
  零: "0", 〇: "0", 幺: "1", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9",
  zero: "0", oh: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9",
};
const REPEAT: Readonly<Record<string, number>> = { double: 2, triple: 3 };
const EN_DIGIT = "zero|oh|one|two|three|four|five|six|seven|eight|nine";
const ITEM = new RegExp(`\\d+|[零〇幺一二三四五六七八九]|\\b(?:(?:double|triple) )?(?:${EN_DIGIT})\\b`, "gu");
/** Between two digits of one string: nothing, spaces, a comma or a dash (a pause), never a word. */
const GAP = /^[\s,，、-]*$/u;
/** A Chinese digit next to a place word is part of a numeral (三十八, 十二三), not of a digit string. */
const PLACE = /[十百千万亿点]/u;
/** A group this long is read as one number; a whole string this long (a phone, an account) too. */
const MIN_GROUP = 3;
const MIN_STRING = 5;
/** Longer strings lose precision as numbers; no figure a caller quotes is longer. */
const MAX_STRING = 15;

function digitsOf(item: string): string {
  if (/^\d+$/u.test(item)) return item;
  const [first, second] = item.split(" ");
  const times = first !== undefined && second !== undefined ? REPEAT[first] : undefined;
  return times !== undefined && second !== undefined ? (DIGIT_WORD[second] ?? "").repeat(times) : DIGIT_WORD[item] ?? "";
}

/** Adds to `out` the groups (a run without a pause) of 3+ spoken digits and whole strings of 5+ digits. */
export function addDigitStrings(text: string, out: Set<number>): void {
  let groups: { digits: string; spoken: boolean }[] = [];
  let end = -1;
  const flush = (): void => {
    for (const g of groups) if (g.spoken && g.digits.length >= MIN_GROUP && g.digits.length <= MAX_STRING) out.add(Number(g.digits));
    const whole = groups.map((g) => g.digits).join("");
    if (groups.length > 1 && whole.length >= MIN_STRING && whole.length <= MAX_STRING) out.add(Number(whole));
    groups = [];
  };
  for (const match of text.matchAll(ITEM)) {
    const at = match.index;
    const item = match[0];
    if (PLACE.test(text[at - 1] ?? "") || PLACE.test(text[at + item.length] ?? "")) {
      flush();
      end = -1;
      continue;
    }
    const gap = end < 0 ? null : text.slice(end, at);
    if (gap === null || !GAP.test(gap)) flush();
    const spoken = !/^\d/u.test(item);
    const last = groups[groups.length - 1];
    // Spoken digits run on without a pause into one group; a pause (or a written number) starts the next.
    if (last !== undefined && gap === "" && spoken && last.spoken) last.digits += digitsOf(item);
    else if (last !== undefined && gap !== null && /^ +$/u.test(gap) && spoken && last.spoken && /^[a-z]/u.test(item)) last.digits += digitsOf(item);
    else groups.push({ digits: digitsOf(item), spoken });
    end = at + item.length;
  }
  flush();
}
