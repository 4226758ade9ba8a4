// wrong-closing: a close the customer's next words protest ("Wait, I didn't pick a day", "啊？不是，我还没定") told
// them something that did not happen: charged at the close. A close met with a goodbye passes, and a read-back in
// the close that the customer corrects is left to false-claim. Calls are invented for these tests against
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
});
