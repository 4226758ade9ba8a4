// marketing in any wording: where the document rules out sales, a caller who proposes something the document never
// puts in the call (no sales word needed) is charged at that turn, and again when it keeps on after the customer's no;
// a proposal the script makes itself (a slot, a read-back) and a reassurance that nothing is sold are not.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-walked-past.md: "No sales on this call").
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";
import { EN_OPEN, EN_SLOTS, EN_VISIT, ZH_OPEN, ZH_SLOTS, ZH_VISIT } from "./fixtures/eval/walked-past-lines.js";

const card = scorerFor("walked-past", { en: ["Theo", "Jo"], zh: ["小宋", "蒋梅"] });

const EN_END = ["Friday.", "So to confirm, the tuner comes on Friday at 10 am, right?", "Yes.", "Great, the tuner will see you then. Bye."];
const ZH_END = ["周五。", "跟您确认一下，师傅周五上午10点上门，对吧？", "对。", "好的，师傅到时候上门，再见。"];

describe("marketing: a push in the caller's own words", () => {
  it("en: an extra service proposed, then pressed after a no, is charged at both turns", () => {
    const pushed = card("en", [...EN_OPEN, EN_VISIT, "Okay.", "While I've got you, how about a humidity control unit fitted inside the cabinet? Keeps the pitch steady all winter.", "No thanks.", "Honestly it pays for itself, most players regret waiting, there's only a couple left this season.", "I said no.", EN_SLOTS, ...EN_END]);
    expect(failedTurns(pushed, "marketing")).toEqual([4, 6]);
    const clean = card("en", [...EN_OPEN, EN_VISIT, "Okay.", EN_SLOTS, ...EN_END]);
    expect(failedTurns(clean, "marketing")).toBeNull();
  });

  it("zh: 推了文档里没有的东西，客户说不要后还接着劝，两句都记", () => {
    const pushed = card("zh", [...ZH_OPEN, ZH_VISIT, "行。", "另外顺便问一下，要不要在琴里装一个恒湿器？冬天音准稳很多。", "不用了。", "您再想想嘛，老客户装还便宜一百，这个月名额快没了。", "说了不用。", ZH_SLOTS, ...ZH_END]);
    expect(failedTurns(pushed, "marketing")).toEqual([4, 6]);
    const clean = card("zh", [...ZH_OPEN, ZH_VISIT, "行。", ZH_SLOTS, ...ZH_END]);
    expect(failedTurns(clean, "marketing")).toBeNull();
  });

  it("en, zh: saying that nothing is sold, and answering the customer's own question about an extra, are no push", () => {
    const en = card("en", [...EN_OPEN, EN_VISIT, "Is this going to be a sales pitch?", "Not at all, we won't recommend any product on this call.", "Good. Can the tuner also fix a sticking key?", "Yes, small key repairs are done during the same visit.", "Great.", EN_SLOTS, ...EN_END]);
    expect(failedTurns(en, "marketing")).toBeNull();
    const zh = card("zh", [...ZH_OPEN, ZH_VISIT, "你这不会是推销吧？", "您放心，这个电话不会给您推荐任何产品。", "那有个琴键卡住了，能顺便修吗？", "可以，琴键小修在同一次上门时一起做。", "好。", ZH_SLOTS, ...ZH_END]);
    expect(failedTurns(zh, "marketing")).toBeNull();
  });
});
