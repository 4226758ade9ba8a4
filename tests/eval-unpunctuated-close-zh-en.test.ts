// wrong-closing: an unpunctuated transcript's close ("好的 师傅到时候上门 再见", "great the team will see you then
// bye") is the script's line said whole, not a plain goodbye because its one clause holds the goodbye; and a customer
// who says they are hanging up is owed a goodbye back, not the script's line.
// Calls are invented for these tests against tests/fixtures/eval/*-courtesy-close.md.
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("courtesy-close", { en: ["Ravi", "Mia"], zh: ["小罗", "齐悦"] });

const EN_OPEN = ["Hi, is this Mia Holt? This is Ravi from Example Gutter Care.", "Yes, that's me."];
const ZH_OPEN = ["您好，请问是齐悦女士吗？我是示例天沟清理的小罗。", "是我。"];
const EN_BOOKED = [...EN_OPEN, "Your autumn clear-out is due; the team needs about an hour.", "Right.", "I have Monday at 10 am or Thursday at 3 pm. Which suits you?", "Thursday."];
const ZH_BOOKED = [...ZH_OPEN, "您家秋季天沟清理到期了，师傅上门大约一个小时。", "嗯。", "周一上午10点和周四下午3点，您看哪个方便？", "周四吧。"];

describe("an unpunctuated close is the script's line, not only a goodbye", () => {
  it("en: 'okay great the team will see you thursday then bye' closes a booked call", () => {
    const call = card("en", [...EN_BOOKED, "okay great the team will see you thursday then bye", "Bye."]);
    expect(failedTurns(call, "wrong-closing")).toBeNull();
  });

  it("en: a bare 'okay thanks bye' on a booked call is still only a goodbye", () => {
    const call = card("en", [...EN_BOOKED, "okay thanks bye", "Bye."]);
    expect(failedTurns(call, "wrong-closing")).toEqual([6]);
  });

  it("zh: “好的 周四下午 师傅到时候上门 再见” 是完成的结束语，不只是道别", () => {
    const call = card("zh", [...ZH_BOOKED, "好的 周四下午 师傅到时候上门 再见", "再见。"]);
    expect(failedTurns(call, "wrong-closing")).toBeNull();
  });

  it("zh: 只说“好 谢谢 再见” 仍只是道别", () => {
    const call = card("zh", [...ZH_BOOKED, "好 谢谢 再见", "再见。"]);
    expect(failedTurns(call, "wrong-closing")).toEqual([6]);
  });
});

describe("a customer hanging up is owed a goodbye back", () => {
  it("en: 'I'm not interested, I'm hanging up now' → 'Okay, goodbye.' is no wrong closing", () => {
    const call = card("en", [...EN_OPEN, "Your autumn clear-out is due; the team needs about an hour.", "I'm not interested, I'm hanging up now.", "Okay, goodbye."]);
    expect(failedTurns(call, "wrong-closing")).toBeNull();
  });

  it("zh: “不需要 我挂了” 之后“好的 再见”不算错误结束语", () => {
    const call = card("zh", [...ZH_OPEN, "您家秋季天沟清理到期了，师傅上门大约一个小时。", "不需要，我挂了。", "好的，再见。"]);
    expect(failedTurns(call, "wrong-closing")).toBeNull();
  });
});
