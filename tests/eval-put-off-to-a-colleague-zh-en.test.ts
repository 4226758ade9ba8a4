// A put-off that hands the question to someone else and promises to come back ("我得问一下教务，回头告诉您", "I'd have
// to ask the office and let you know") is a deflection; a question that ends its clause on 吗 before a comma ("那能开发票吗，
// 单位可以报") is a question.
import { describe, expect, it } from "vitest";
import { EVAL_LANGS } from "../src/eval/lang/index.js";

describe("put off to a colleague, and 吗 before a comma", () => {
  it("zh: '我得问一下教务，回头告诉您' puts the question off; '吗，' asks", () => {
    expect(EVAL_LANGS.zh.deflection.test("这个得看情况，我得问一下财务，回头告诉您。")).toBe(true);
    expect(EVAL_LANGS.zh.question.test("那能寄到公司吗，我白天不在家")).toBe(true);
  });

  it("en: 'I'd have to ask the office and let you know' puts the question off", () => {
    expect(EVAL_LANGS.en.deflection.test("that depends, i'd have to ask the workshop and let you know.")).toBe(true);
  });

  it("zh and en: a promise to report back on the customer's own news is no put-off", () => {
    expect(EVAL_LANGS.zh.deflection.test("好的，师傅到了会先给您打电话。")).toBe(false);
    expect(EVAL_LANGS.en.deflection.test("i'll let you know tomorrow how the fitting went.")).toBe(false);
  });
});
