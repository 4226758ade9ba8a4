// wrong-closing: a close the customer's next words protest ("Wait, I didn't pick a day", "啊？不是，我还没定") told
// them something that did not happen: charged at the close. A close met with a goodbye passes. A read-back in the
// close that the customer corrects is a false claim and a close for an ending that did not happen alike, and a bare
// goodbye the customer protests closed a call that was not over. The customer's half-said denials ("What? I
// didn't...", "不是，我说取消……") are corrections too. Calls are invented for these tests against
// tests/fixtures/eval/*-walked-past.md.
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";
import { EN_OPEN, EN_SLOTS, EN_VISIT, ZH_OPEN, ZH_SLOTS, ZH_VISIT } from "./fixtures/eval/walked-past-lines.js";

const card = scorerFor("walked-past", { en: ["Theo", "Jo"], zh: ["小宋", "蒋梅"] });

describe("a close the customer protests", () => {
  it("en: 'Wait, I didn't pick a day' after the booked-visit close is charged at the close; 'Bye' is not", () => {
    const head = [...EN_OPEN, EN_VISIT, "Okay.", EN_SLOTS, "Hm, let me look at my diary."];
    const protested = card("en", [...head, "Great, the tuner will see you then. Bye.", "Wait, I didn't pick a day!"]);
    expect(failedTurns(protested, "wrong-closing")).toEqual([6]);
    const clean = card("en", [...EN_OPEN, EN_VISIT, "Okay.", EN_SLOTS, "Friday.", "Great, the tuner will see you then. Bye.", "Bye."]);
    expect(failedTurns(clean, "wrong-closing")).toBeNull();
  });

  it("zh: 订好上门的结束语后客户说“啊？不是，我还没定”，记在结束语那一轮；客户说再见不记", () => {
    const head = [...ZH_OPEN, ZH_VISIT, "行。", ZH_SLOTS, "嗯，我看看日程。"];
    const protested = card("zh", [...head, "好的，师傅到时候上门，再见。", "啊？不是，我还没定时间呢。"]);
    expect(failedTurns(protested, "wrong-closing")).toEqual([6]);
    const clean = card("zh", [...ZH_OPEN, ZH_VISIT, "行。", ZH_SLOTS, "周五。", "好的，师傅到时候上门，再见。", "再见。"]);
    expect(failedTurns(clean, "wrong-closing")).toBeNull();
  });

  it("en: a read-back close corrected ('I didn't say Monday') is charged as wrong-closing and false-claim at the close", () => {
    const head = [...EN_OPEN, EN_VISIT, "Okay.", EN_SLOTS, "Friday."];
    const corrected = card("en", [...head, "So that's the tuner on Monday at 2 pm. Great, the tuner will see you then. Bye.", "Wait, I didn't say Monday!"]);
    expect(failedTurns(corrected, "wrong-closing")).toEqual([6]);
    expect(failedTurns(corrected, "false-claim")).toEqual([6]);
    const clean = card("en", [...head, "So that's the tuner on Friday at 10 am. Great, the tuner will see you then. Bye.", "Bye."]);
    expect(failedTurns(clean, "wrong-closing")).toBeNull();
    expect(failedTurns(clean, "false-claim")).toBeNull();
  });

  it("en: a bare goodbye to a refusal met with 'What? I didn't... okay' is charged at the goodbye; 'Bye' passes", () => {
    const head = [...EN_OPEN, EN_VISIT, "I don't want the tuning this year."];
    expect(failedTurns(card("en", [...head, "Okay, bye then.", "What? I didn't... okay. Bye."]), "wrong-closing")).toEqual([4]);
    expect(failedTurns(card("en", [...head, "Okay, bye then.", "Bye."]), "wrong-closing")).toBeNull();
  });

  it("zh: 结束语里的复述被客户纠正（“不是周一，我说的周五”），结束语和复述都记在那一轮", () => {
    const head = [...ZH_OPEN, ZH_VISIT, "行。", ZH_SLOTS, "周五吧。"];
    const corrected = card("zh", [...head, "跟您确认一下，周一下午2点师傅上门。好的，师傅到时候上门，再见。", "不是周一，我说的周五。"]);
    expect(failedTurns(corrected, "wrong-closing")).toEqual([6]);
    expect(failedTurns(corrected, "false-claim")).toEqual([6]);
    const clean = card("zh", [...head, "跟您确认一下，周五上午10点师傅上门。好的，师傅到时候上门，再见。", "再见。"]);
    expect(failedTurns(clean, "wrong-closing")).toBeNull();
    expect(failedTurns(clean, "false-claim")).toBeNull();
  });

  it("zh: 客户不要了只说再见，客户回“啊？不是，我说先不调……”，记在那句再见；客户说再见不记", () => {
    const head = [...ZH_OPEN, ZH_VISIT, "今年我不需要调音了。"];
    expect(failedTurns(card("zh", [...head, "好的，那再见。", "啊？不是，我说先不调，你也不问问为啥……"]), "wrong-closing")).toEqual([4]);
    expect(failedTurns(card("zh", [...head, "好的，那再见。", "再见。"]), "wrong-closing")).toBeNull();
  });
});
