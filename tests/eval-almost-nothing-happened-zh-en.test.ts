// A call in which almost nothing happened (the opening, then a goodbye) with no early ending in it owes the steps it
// never reached: missing-step at the caller's last turn. A message left with someone else, a busy customer, and a
// full call owe nothing. Calls are invented for these tests against tests/fixtures/eval/*-walked-past.md.
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";
import { EN_OPEN, EN_SLOTS, EN_VISIT, ZH_OPEN, ZH_SLOTS, ZH_VISIT } from "./fixtures/eval/walked-past-lines.js";

const card = scorerFor("walked-past", { en: ["Theo", "Jo"], zh: ["小宋", "蒋梅"] });

describe("a call in which almost nothing happened", () => {
  it("en: opening then goodbye is charged at the goodbye; a message left, a busy customer and a full call are not", () => {
    expect(failedTurns(card("en", [...EN_OPEN, "Okay, thanks, bye.", "Bye."]), "missing-step")).toEqual([2]);
    const message = card("en", [EN_OPEN[0] ?? "", "No, this is her husband, she's out.", "Could you ask Jo to call us on 555 0142 771? Thanks, bye.", "Sure, bye."]);
    expect(failedTurns(message, "missing-step")).toBeNull();
    const busy = card("en", [EN_OPEN[0] ?? "", "Yes, but I'm driving, can't talk.", "No problem, I'll call you back later. Bye.", "Bye."]);
    expect(failedTurns(busy, "missing-step")).toBeNull();
    const full = card("en", [...EN_OPEN, EN_VISIT, "Okay.", EN_SLOTS, "Friday.", "So to confirm, the tuner comes on Friday at 10 am, right?", "Yes.", "Great, the tuner will see you then. Bye.", "Bye."]);
    expect(failedTurns(full, "missing-step")).toBeNull();
  });

  it("zh: 开场后直接再见，记在再见那一轮；转告、客户忙、完整通话都不记", () => {
    expect(failedTurns(card("zh", [...ZH_OPEN, "好的，谢谢，再见。", "再见。"]), "missing-step")).toEqual([2]);
    const message = card("zh", [ZH_OPEN[0] ?? "", "不是，我是她爱人，她出去了。", "麻烦您转告蒋女士，请她回电 0398 7788 2046，谢谢，再见。", "好，再见。"]);
    expect(failedTurns(message, "missing-step")).toBeNull();
    const busy = card("zh", [ZH_OPEN[0] ?? "", "是我，我在开车，不方便。", "好的，我晚点再打给您，再见。", "再见。"]);
    expect(failedTurns(busy, "missing-step")).toBeNull();
    const full = card("zh", [...ZH_OPEN, ZH_VISIT, "行。", ZH_SLOTS, "周五。", "跟您确认一下，师傅周五上午10点上门，对吧？", "对。", "好的，师傅到时候上门，再见。", "再见。"]);
    expect(failedTurns(full, "missing-step")).toBeNull();
  });
});
