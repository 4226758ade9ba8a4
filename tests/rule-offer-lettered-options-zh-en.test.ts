// Options lettered in a step ("A. … B. … C. …", "A、…；B、…") are an offer the customer picks from, read the same way
// by both seats; one lettered initial in a name is no list. Invented lines, zh and en.
import { describe, expect, it } from "vitest";
import { enumeratedOptions } from "../src/seats/rule/offer-list.js";
import { packFor } from "../src/lang/index.js";

const CASES = [
  { language: "en", line: "We have three slots: A. Monday at 9am; B. Tuesday at 2pm; C. Friday at 11am. Which suits you?", options: ["Monday at 9am", "Tuesday at 2pm", "Friday at 11am"], plain: "Our fitter, J. Moss, will ring first. Is that all right?" },
  { language: "zh", line: "可约的时间有三个：A. 周一上午9点；B. 周二下午2点；C. 周五上午11点。您看哪个合适？", options: ["周一上午9点", "周二下午2点", "周五上午11点"], plain: "我们的师傅会提前打电话。您看可以吗？" },
] as const;

// Labelled before the change; still read short (an option is its item's first clause, and a space breaks a zh
// clause: "基础款"), kept as a known failure so a fix shows.
const GAPS = [{ language: "zh", line: "套餐有两种：A、基础款 199元；B、加强款 299元。您选哪个？", options: ["基础款 199元", "加强款 299元"], plain: "A座的电梯在修。您看可以吗？" }] as const;

describe("lettered options", () => {
  for (const c of CASES) {
    it(`${c.language}: ${c.line}`, () => {
      const pack = packFor(c.language);
      const sentence = c.line.split(/(?<=[。？?])\s*/)[0] ?? "";
      expect(enumeratedOptions(sentence, pack)).toEqual(c.options);
      expect(enumeratedOptions(c.plain, pack)).toEqual([]);
    });
  }
  for (const c of GAPS) {
    it.fails(`known gap, ${c.language}: ${c.line}`, () => {
      expect(enumeratedOptions(c.line.split(/(?<=[。？?])\s*/)[0] ?? "", packFor(c.language))).toEqual(c.options);
    });
    it(`${c.language}: no list in "${c.plain}"`, () => {
      expect(enumeratedOptions(c.plain, packFor(c.language))).toEqual([]);
    });
  }
});
