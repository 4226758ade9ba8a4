// false-claim: a promise the document forbids, said all the same (a quoted "no promises such as …" phrase, or words of
// assurance where the document forbids promises); declining to promise is what the rule asks. wrong-answer: a spoken
// amount of time ("half an hour", 半小时) against the knowledge base's. repetition: the caller's previous turn said
// again over the customer's question; a question asked again after a reply that missed it clarifies.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-promises.md).
import { describe, expect, it } from "vitest";
import { scorerFor, failedTurns } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("promises", { en: ["Sam", "Jo"], zh: ["小任", "马静"] });

const EN = ["Hi, is this Jo Marsh? This is Sam from Example Roof Care.", "Yes, speaking.", "Your yearly moss clearance is due, and we're in your street next week.", "Okay."];
const ZH = ["您好，请问是马静女士吗？我是示例屋面养护的小任。", "是我。", "您家一年一次的青苔清理到期了，下周师傅正好在您小区。", "好。"];
const EN_DAYS = "We can come on Tuesday or on Thursday. Which suits you?";
const ZH_DAYS = "周二或者周四都可以，您看哪天方便？";

describe("false-claim: a promise the document forbids", () => {
  it("en: the named promise and words of assurance are caught; declining to promise is clean", () => {
    const named = [...EN, EN_DAYS, "Tuesday. Will it leak again?", "No, the roof will never leak after this.", "Good.", "Lovely, Jo, see you then. Goodbye."];
    expect(failedTurns(card("en", named), "false-claim")).toEqual([6]);
    const vouched = [...EN, EN_DAYS, "Tuesday. Is it worth it?", "I promise you'll be delighted with it.", "Good.", "Lovely, Jo, see you then. Goodbye."];
    expect(failedTurns(card("en", vouched), "false-claim")).toEqual([6]);
    const declined = [...EN, EN_DAYS, "Tuesday. Will it leak again?", "I can't promise that, but clearing the moss keeps the gutters free.", "Fair.", "Lovely, Jo, see you then. Goodbye."];
    expect(failedTurns(card("en", declined), "false-claim")).toBeNull();
  });

  it("zh: 说了文档不许说的话、打包票都算；说没法保证是对的", () => {
    const named = [...ZH, ZH_DAYS, "周二。以后还会漏吗？", "放心，以后再也不漏了。", "好。", "好的马女士，到时候见，再见。"];
    expect(failedTurns(card("zh", named), "false-claim")).toEqual([6]);
    const vouched = [...ZH, ZH_DAYS, "周二。洗了管用吗？", "我保证您满意。", "好。", "好的马女士，到时候见，再见。"];
    expect(failedTurns(card("zh", vouched), "false-claim")).toEqual([6]);
    const declined = [...ZH, ZH_DAYS, "周二。以后还会漏吗？", "这个没法保证，不过清掉青苔排水会顺很多。", "好。", "好的马女士，到时候见，再见。"];
    expect(failedTurns(card("zh", declined), "false-claim")).toBeNull();
  });
});

describe("wrong-answer: a spoken amount of time against the knowledge base's", () => {
  it("en: 'half an hour' against 'about an hour' is wrong; 'an hour or so' is right", () => {
    const wrong = [...EN, EN_DAYS, "Tuesday. How long does it take?", "Only half an hour.", "Good.", "Lovely, Jo, see you then. Goodbye."];
    expect(failedTurns(card("en", wrong), "wrong-answer")).toEqual([6]);
    const right = [...EN, EN_DAYS, "Tuesday. How long does it take?", "An hour or so.", "Good.", "Lovely, Jo, see you then. Goodbye."];
    expect(failedTurns(card("en", right), "wrong-answer")).toBeNull();
  });

  it("zh: 问要多久答“半小时”是错的，答“一个半小时”是对的", () => {
    const wrong = [...ZH, ZH_DAYS, "周二。要多久？", "半小时就好。", "好。", "好的马女士，到时候见，再见。"];
    expect(failedTurns(card("zh", wrong), "wrong-answer")).toEqual([6]);
    const right = [...ZH, ZH_DAYS, "周二。要多久？", "一个半小时左右。", "好。", "好的马女士，到时候见，再见。"];
    expect(failedTurns(card("zh", right), "wrong-answer")).toBeNull();
  });
});

describe("repetition: the previous turn said again", () => {
  it("en: said again over the customer's question is caught; asked again after a reply that missed it is not", () => {
    const past = [...EN, EN_DAYS, "Do you need to come inside?", EN_DAYS, "Tuesday.", "Lovely, Jo, see you then. Goodbye."];
    expect(failedTurns(card("en", past), "repetition")).toEqual([6]);
    const clarify = [...EN, EN_DAYS, "Next week is fine.", EN_DAYS, "Tuesday.", "Lovely, Jo, see you then. Goodbye."];
    expect(failedTurns(card("en", clarify), "repetition")).toBeNull();
  });

  it("zh: 客户问别的，原话再说一遍算重复；没答上来再问一次不算", () => {
    const past = [...ZH, ZH_DAYS, "要进屋吗？", ZH_DAYS, "周二。", "好的马女士，到时候见，再见。"];
    expect(failedTurns(card("zh", past), "repetition")).toEqual([6]);
    const clarify = [...ZH, ZH_DAYS, "下周都行。", ZH_DAYS, "周二。", "好的马女士，到时候见，再见。"];
    expect(failedTurns(card("zh", clarify), "repetition")).toBeNull();
  });
});
