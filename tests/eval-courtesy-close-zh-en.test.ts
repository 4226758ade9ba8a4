// wrong-closing: a closing line that is itself a courtesy ("Thanks for relaying that. Bye.") is said only
// with its own few words; any "thanks, bye" shares its thanks and its goodbye and is a plain goodbye, not that line.
// Calls are invented for these tests against tests/fixtures/eval/*-courtesy-close.md.
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("courtesy-close", { en: ["Ravi", "Mia"], zh: ["小罗", "齐悦"] });

const EN_OPEN = ["Hi, is this Mia Holt? This is Ravi from Example Gutter Care.", "Yes, that's me."];
const ZH_OPEN = ["您好，请问是齐悦女士吗？我是示例天沟清理的小罗。", "是我。"];

describe("a plain thanks-and-goodbye is not the someone-else closing", () => {
  it("en: the customer declines and leaves; 'Okay, thanks, bye.' is a plain goodbye, not the pass-on line", () => {
    const call = card("en", [...EN_OPEN, "Your autumn clear-out is due; the team needs about an hour.", "No thanks, not interested. Bye.", "Okay, thanks, bye."]);
    expect(failedTurns(call, "wrong-closing")).toBeNull();
  });

  it("en: the pass-on line in its own words to the customer is still the wrong closing", () => {
    const call = card("en", [...EN_OPEN, "Your autumn clear-out is due; the team needs about an hour.", "No thanks, not interested. Bye.", "Thanks for relaying that. Bye."]);
    expect(failedTurns(call, "wrong-closing")).toEqual([4]);
  });

  it("zh: 客户拒绝后先道别，“好，谢谢，再见”只是道别，不是转告的结束语", () => {
    const call = card("zh", [...ZH_OPEN, "您家秋季天沟清理到期了，师傅上门大约一个小时。", "不用了，不需要，再见。", "好，谢谢，再见。"]);
    expect(failedTurns(call, "wrong-closing")).toBeNull();
  });
});
