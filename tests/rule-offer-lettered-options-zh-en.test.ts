// Options lettered in a step ("A. … B. … C. …", "A、…；B、…") are an offer the customer picks from, read the same way
// by both seats; one lettered initial in a name is no list. Invented lines, zh and en.
import { describe, expect, it } from "vitest";
import { enumeratedOptions } from "../src/seats/rule/offer-list.js";
import { packFor } from "../src/lang/index.js";

const CASES = [
  { language: "en", line: "We have three slots: A. Monday at 9am; B. Tuesday at 2pm; C. Friday at 11am. Which suits you?", options: ["Monday at 9am", "Tuesday at 2pm", "Friday at 11am"], plain: "Our fitter, J. Moss, will ring first. Is that all right?" },
  { language: "zh", line: "可约的时间有三个：A. 周一上午9点；B. 周二下午2点；C. 周五上午11点。您看哪个合适？", options: ["周一上午9点", "周二下午2点", "周五上午11点"], plain: "我们的师傅会提前打电话。您看可以吗？" },
  { language: "zh", line: "套餐有两种：A、基础款 199元；B、加强款 299元。您选哪个？", options: ["基础款 199元", "加强款 299元"], plain: "A座的电梯在修。您看可以吗？" },
] as const;

describe("lettered options", () => {
  for (const c of CASES) {
    it(`${c.language}: ${c.line}`, () => {
      const pack = packFor(c.language);
      const sentence = c.line.split(/(?<=[。？?])\s*/)[0] ?? "";
      expect(enumeratedOptions(sentence, pack)).toEqual(c.options);
      expect(enumeratedOptions(c.plain, pack)).toEqual([]);
    });
  }
});
