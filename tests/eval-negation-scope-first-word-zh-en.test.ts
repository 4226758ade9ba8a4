// An entry's negation denies the word right after it: "押金不退" / "The deposit is not refunded" are contradicted by a
// reply saying the refund, but "不放心可以打…核实" / "No need to stay in as the fitter collects the key" deny nothing
// a reply saying "可以打…核实" / "the fitter collects the key" states.
import { describe, expect, it } from "vitest";
import { negationConflict } from "../src/eval/negation-conflict.js";
import { EVAL_LANGS } from "../src/eval/lang/index.js";

const zh = EVAL_LANGS.zh;
const en = EVAL_LANGS.en;

describe("the words a negation governs start right after it", () => {
  it("zh: “押金不退” against “押金可以退”: contradicted", () => {
    expect(negationConflict(zh, "押金不退。", "押金可以退的。")).not.toBeNull();
  });
  it("zh: “不放心可以打电话核实” against “可以打电话核实”: no contradiction", () => {
    expect(negationConflict(zh, "不放心可以打 0100-0000 000 报工号核实。", "也可以打0100-0000 000报他的工号核实。")).toBeNull();
  });
  it("en: 'the deposit is not refunded' against 'the deposit is refunded': contradicted", () => {
    expect(negationConflict(en, "The deposit is not refunded.", "The deposit is refunded.")).not.toBeNull();
  });
  it("en: 'no need to stay in as the fitter collects the key' against 'the fitter collects the key': no contradiction", () => {
    expect(negationConflict(en, "No need to stay in as the fitter collects the key from the office.", "The fitter collects the key from the office.")).toBeNull();
  });
});
