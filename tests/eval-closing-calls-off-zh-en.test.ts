// wrong-closing read from what the customer did last: a customer who calls the visit off, or who asks for it in
// writing before anything was settled, is owed the document's close for that ending, not the close that confirms a
// booking; a day actually chosen and read back ends nothing early.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-calls-off.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("calls-off", { en: ["Tamsin", "Ellis"], zh: ["小施", "岑雅琴"] });

const EN_OPEN = ["Hi, is this Ellis Varga? This is Tamsin from Example Gutter Care.", "Yes, speaking.", "Your autumn gutter clear is due, it's £64 as before."];
const ZH_OPEN = ["您好，请问是岑雅琴女士吗？我是示例管道疏通的小施。", "是我。", "您家年度管道疏通到期了，费用还是150元。"];

describe("wrong-closing: the booked close said after the customer called it off or asked for writing", () => {
  it("en: 'I'll cancel then' followed by the booked close is charged at the close; the cancel close passes", () => {
    const en = (close: string) => card("en", [...EN_OPEN, "Sixty-four again? Honestly, I'll cancel then, I'll get a ladder.", close]);
    expect(failedTurns(en("Great, the crew will see you then. Thanks Ellis, bye."), "wrong-closing")).toEqual([4]);
    expect(failedTurns(en("No problem, I've taken you off the list. Thanks for telling us, bye."), "wrong-closing")).toBeNull();
    const kept = card("en", [...EN_OPEN, "No, don't cancel it, Thursday is fine.", "So that's the crew on Thursday, £64.", "Yes.", "Great, the crew will see you then. Thanks Ellis, bye."]);
    expect(failedTurns(kept, "wrong-closing")).toBeNull();
  });

  it("en: a request for text before any day was chosen is owed the text close; a chosen day passes with the booked close", () => {
    const asked = card("en", [...EN_OPEN, "Look, I've got dough rising, just text me.", "Great, the crew will see you then. Thanks Ellis, bye."]);
    expect(failedTurns(asked, "wrong-closing")).toEqual([4]);
    expect(failedTurns(card("en", [...EN_OPEN, "Look, I've got dough rising, just text me.", "Sure, I'll text you the days and you can reply. Bye."]), "wrong-closing")).toBeNull();
    const chosen = card("en", [...EN_OPEN, "Fine.", "We can come Monday or Thursday. Which suits you?", "Thursday, please.", "So that's the crew on Thursday, £64.", "Yes, that's right.", "Great, the crew will see you then. Thanks Ellis, bye."]);
    expect(failedTurns(chosen, "wrong-closing")).toBeNull();
  });

  it("zh: 客户说取消，却说了约好上门的结束语，在结束语记；说撤下上门的结束语则不记", () => {
    const zh = (close: string) => card("zh", [...ZH_OPEN, "又要150啊？那这次给我取消了吧，我自己弄。", close]);
    expect(failedTurns(zh("好的岑女士，师傅到时候上门，再见。"), "wrong-closing")).toEqual([4]);
    expect(failedTurns(zh("好的，这次上门我给您撤下了，谢谢告知，再见。"), "wrong-closing")).toBeNull();
    const kept = card("zh", [...ZH_OPEN, "不用取消，周五就行。", "那就是周五师傅上门，150元。", "对。", "好的岑女士，师傅到时候上门，再见。"]);
    expect(failedTurns(kept, "wrong-closing")).toBeNull();
  });

  it("zh: 还没选日子客户就要短信，约好上门的结束语被记；选好日子的通话不记", () => {
    const asked = card("zh", [...ZH_OPEN, "我这儿面团正发着呢，你发我短信吧。", "好的岑女士，师傅到时候上门，再见。"]);
    expect(failedTurns(asked, "wrong-closing")).toEqual([4]);
    expect(failedTurns(card("zh", [...ZH_OPEN, "我这儿面团正发着呢，你发我短信吧。", "好的，我把可约的日子发短信给您，您回复就行，再见。"]), "wrong-closing")).toBeNull();
    const chosen = card("zh", [...ZH_OPEN, "行。", "我们周二或者周五可以上门，您看哪天方便？", "周五吧。", "那就是周五师傅上门，150元。", "对。", "好的岑女士，师傅到时候上门，再见。"]);
    expect(failedTurns(chosen, "wrong-closing")).toBeNull();
  });
});
