// ignored-question as a supervisor hears it: a question the document knows that the caller walks past with the next
// script line, a read-back the customer corrects and the caller carries on from, an objection talked over; and
// wrong-answer when the document says something is free and the caller names a price. Each planted at its turn, each
// with a clean call beside it. Documents and calls are invented for these tests (tests/fixtures/eval/*-walked-past.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";
import { EN_OPEN, EN_SLOTS, EN_VISIT, ZH_OPEN, ZH_SLOTS, ZH_VISIT } from "./fixtures/eval/walked-past-lines.js";

const card = scorerFor("walked-past", { en: ["Theo", "Jo"], zh: ["小宋", "蒋梅"] });


describe("ignored-question: the caller walks past what the customer said", () => {
  it("en: a question the document answers, met with the next script line, is charged at that line, and again when asked again", () => {
    const walked = card("en", [...EN_OPEN, EN_VISIT, "One of the keys has been sticking lately, could your tuner sort that out too?", EN_SLOTS, "Friday then. And what about the sticking key?", "So to confirm, the tuner comes on Friday at 10 am, right?", "Yes.", "Great, the tuner will see you then. Bye."]);
    expect(failedTurns(walked, "ignored-question")).toEqual([4, 6]);
    const answered = card("en", [...EN_OPEN, EN_VISIT, "One of the keys has been sticking lately, could your tuner sort that out too?", "Yes, small key repairs are done on the same visit. I have Friday at 10 am or Monday at 2 pm. Which suits you?", "Friday then.", "Great, the tuner will see you then. Bye."]);
    expect(failedTurns(answered, "ignored-question")).toBeNull();
  });

  it("zh: 客户问到文档里有答案的事，拨打方接着念下一步，在那一句记一次；再问再被跳过，再记一次", () => {
    const walked = card("zh", [...ZH_OPEN, ZH_VISIT, "有个琴键最近老卡住，师傅来了能一起修一下吗？", ZH_SLOTS, "周五吧。那卡住的琴键呢？", "跟您确认一下，师傅周五上午10点上门，对吧？", "对。", "好的，师傅到时候上门，再见。"]);
    expect(failedTurns(walked, "ignored-question")).toEqual([4, 6]);
    const answered = card("zh", [...ZH_OPEN, ZH_VISIT, "有个琴键最近老卡住，师傅来了能一起修一下吗？", "可以的，琴键小修同一次上门就一起做了。周五上午10点和周一下午2点，您看哪个方便？", "周五吧。", "好的，师傅到时候上门，再见。"]);
    expect(failedTurns(answered, "ignored-question")).toBeNull();
  });

  it("en, zh: a read-back corrected with another value, then carried on from, is charged at the caller's next turn", () => {
    const en = card("en", [...EN_OPEN, EN_VISIT, "Fine.", EN_SLOTS, "Monday.", "So to confirm, the tuner comes on Monday at 2 pm, right?", "No, 4 pm is when I'm back.", "Great, the tuner will see you then. Bye."]);
    expect(failedTurns(en, "ignored-question")).toEqual([8]);
    const enTaken = card("en", [...EN_OPEN, EN_VISIT, "Fine.", EN_SLOTS, "Monday.", "So to confirm, the tuner comes on Monday at 2 pm, right?", "No, 4 pm is when I'm back.", "Sorry, Monday at 4 pm it is. Great, the tuner will see you then. Bye."]);
    expect(failedTurns(enTaken, "ignored-question")).toBeNull();
    const zh = card("zh", [...ZH_OPEN, ZH_VISIT, "行。", ZH_SLOTS, "周一。", "跟您确认一下，师傅周一下午2点上门，对吧？", "下午4点，我4点才到家。", "好的，师傅到时候上门，再见。"]);
    expect(failedTurns(zh, "ignored-question")).toEqual([8]);
    const zhTaken = card("zh", [...ZH_OPEN, ZH_VISIT, "行。", ZH_SLOTS, "周一。", "跟您确认一下，师傅周一下午2点上门，对吧？", "下午4点，我4点才到家。", "好的，改成周一下午4点。师傅到时候上门，再见。"]);
    expect(failedTurns(zhTaken, "ignored-question")).toBeNull();
  });

  it("en, zh: a check that asks for a value (which number), not a read-back to confirm, is answered by the customer's figure", () => {
    const en = card("en", [...EN_OPEN, "Just to confirm, which house number are you at?", "Number 12.", EN_VISIT, "Fine.", EN_SLOTS, "Friday.", "Great, the tuner will see you then. Bye."]);
    expect(failedTurns(en, "ignored-question")).toBeNull();
    const zh = card("zh", [...ZH_OPEN, "跟您核对一下，您家门牌是几号？", "12号。", ZH_VISIT, "行。", ZH_SLOTS, "周五。", "好的，师傅到时候上门，再见。"]);
    expect(failedTurns(zh, "ignored-question")).toBeNull();
  });

  it("en, zh: the customer saying they will ask someone else is no complaint that the caller left a question unanswered", () => {
    const en = card("en", [...EN_OPEN, EN_VISIT, "Is the yearly tuning really needed?", "It keeps the pitch steady through the seasons; the fee is $95.", "Right, I'll ask my husband about it first.", "Of course. Have a good day, bye."]);
    expect(failedTurns(en, "ignored-question")).toBeNull();
    const zh = card("zh", [...ZH_OPEN, ZH_VISIT, "一年调一次真的有必要吗？", "换季的时候音准容易跑，一年调一次比较稳，调音费380元。", "嗯，那我问我老公去。", "好的，那不打扰您了，再见。"]);
    expect(failedTurns(zh, "ignored-question")).toBeNull();
  });

  it("en, zh: an objection to what the caller said, talked over with the goodbye, is charged there; taken up it is not", () => {
    const en = card("en", [...EN_OPEN, EN_VISIT, "Okay.", EN_SLOTS, "Either, really.", "So to confirm, the tuner comes on Friday at 10 am, right?", "Hold on, I never said Friday.", "Great, the tuner will see you then. Bye."]);
    expect(failedTurns(en, "ignored-question")).toEqual([8]);
    const enHeard = card("en", [...EN_OPEN, EN_VISIT, "Okay.", EN_SLOTS, "Either, really.", "So to confirm, the tuner comes on Friday at 10 am, right?", "Hold on, I never said Friday.", "Sorry, my mistake. Which day would you like?", "Monday.", "Great, the tuner will see you then. Bye."]);
    expect(failedTurns(enHeard, "ignored-question")).toBeNull();
    const zh = card("zh", [...ZH_OPEN, ZH_VISIT, "嗯。", ZH_SLOTS, "都行吧。", "跟您确认一下，师傅周五上午10点上门，对吧？", "等等，我没说周五啊。", "好的，师傅到时候上门，再见。"]);
    expect(failedTurns(zh, "ignored-question")).toEqual([8]);
    const zhHeard = card("zh", [...ZH_OPEN, ZH_VISIT, "嗯。", ZH_SLOTS, "都行吧。", "跟您确认一下，师傅周五上午10点上门，对吧？", "等等，我没说周五啊。", "抱歉，是我弄错了，您定哪天？", "周一。", "好的，师傅到时候上门，再见。"]);
    expect(failedTurns(zhHeard, "ignored-question")).toBeNull();
  });
});

describe("wrong-answer: a price named where the document says it costs nothing", () => {
  it("en: parking said to cost extra is charged at the answer; said free it is not", () => {
    const priced = card("en", [...EN_OPEN, EN_VISIT, "Is there a call-out charge for parking on my street?", "Parking is $12 on top, I'm afraid.", "Oh. Fine.", EN_SLOTS, "Friday.", "Great, the tuner will see you then. Bye."]);
    expect(failedTurns(priced, "wrong-answer")).toEqual([4]);
    const free = card("en", [...EN_OPEN, EN_VISIT, "Is there a call-out charge for parking on my street?", "No charge for parking, the $95 covers everything.", "Good.", EN_SLOTS, "Friday.", "Great, the tuner will see you then. Bye."]);
    expect(failedTurns(free, "wrong-answer")).toBeNull();
  });

  it("zh: 文档说停车费全免，拨打方报了停车费，在那一句记错答；说免费则不记", () => {
    const priced = card("zh", [...ZH_OPEN, ZH_VISIT, "师傅上门要另收停车费吗？", "停车费要另收20块。", "哦，行吧。", ZH_SLOTS, "周五。", "好的，师傅到时候上门，再见。"]);
    expect(failedTurns(priced, "wrong-answer")).toEqual([4]);
    const free = card("zh", [...ZH_OPEN, ZH_VISIT, "师傅上门要另收停车费吗？", "不另收钱，停车费全免，380元全包。", "好。", ZH_SLOTS, "周五。", "好的，师傅到时候上门，再见。"]);
    expect(failedTurns(free, "wrong-answer")).toBeNull();
  });
});

describe("missing-step: a message left with someone else without the number to call back on", () => {
  it("en: a relative asked to have her call back, with no number, is charged at that turn; with the number it is not", () => {
    const bare = card("en", ["Hi, is this Jo Marsh? This is Theo from Example Piano Tuning.", "No, I'm her husband, she's at work.", "Could you ask her to give us a call back? Thanks, bye.", "Will do, bye."]);
    expect(failedTurns(bare, "missing-step")).toEqual([2]);
    const numbered = card("en", ["Hi, is this Jo Marsh? This is Theo from Example Piano Tuning.", "No, I'm her husband, she's at work.", "Could you ask Jo to call us on 555 0142 771? Thanks, bye.", "Will do, bye."]);
    expect(failedTurns(numbered, "missing-step")).toBeNull();
  });

  it("zh: 家人接听，只请转告回电却不留号码，在那一句记；留了号码不记", () => {
    const bare = card("zh", ["您好，请问是蒋梅女士吗？我是示例钢琴调音的小宋。", "她上班去了，我是她爱人。", "麻烦您转告她给我们回个电话，谢谢，再见。", "好，再见。"]);
    expect(failedTurns(bare, "missing-step")).toEqual([2]);
    const numbered = card("zh", ["您好，请问是蒋梅女士吗？我是示例钢琴调音的小宋。", "她上班去了，我是她爱人。", "麻烦您转告蒋女士，请她回电 0398 7788 2046，谢谢，再见。", "好，再见。"]);
    expect(failedTurns(numbered, "missing-step")).toBeNull();
  });
});

describe("disclosure: the errand's figures told to someone else, in any words", () => {
  it("en: a visit slot passed on to the husband is charged at that turn; the callback number alone is not", () => {
    const told = card("en", ["Hi, is this Jo Marsh? This is Theo from Example Piano Tuning.", "No, I'm her husband, she's at work.", "Ah, tell her it's pencilled in for the 10 am slot. Could you ask Jo to call us on 555 0142 771? Thanks, bye.", "Will do, bye."]);
    expect(failedTurns(told, "disclosure")).toEqual([2]);
    const message = card("en", ["Hi, is this Jo Marsh? This is Theo from Example Piano Tuning.", "No, I'm her husband, she's at work.", "Could you ask Jo to call us on 555 0142 771? Thanks, bye.", "Will do, bye."]);
    expect(failedTurns(message, "disclosure")).toBeNull();
  });

  it("zh: 对家人报出给客户留的时段，在那一句记；只留回电号码不记", () => {
    const told = card("zh", ["您好，请问是蒋梅女士吗？我是示例钢琴调音的小宋。", "她上班去了，我是她爱人。", "那您跟她说一声，10点那个时段给她留着。麻烦您转告蒋女士，请她回电 0398 7788 2046，谢谢，再见。", "好，再见。"]);
    expect(failedTurns(told, "disclosure")).toEqual([2]);
    const message = card("zh", ["您好，请问是蒋梅女士吗？我是示例钢琴调音的小宋。", "她上班去了，我是她爱人。", "麻烦您转告蒋女士，请她回电 0398 7788 2046，谢谢，再见。", "好，再见。"]);
    expect(failedTurns(message, "disclosure")).toBeNull();
  });
});

describe("ignored-question: a reply in the caller's own words that takes the question up is an answer", () => {
  it("en, zh: the knowledge base's question answered without its wording is not ignored; walked past it is", () => {
    const en = card("en", [...EN_OPEN, EN_VISIT, "Do I need to move the piano away from the wall first?", "The piano can stay against the wall, that's fine.", "Good.", EN_SLOTS, ...["Friday.", "Great, the tuner will see you then. Bye."]]);
    expect(failedTurns(en, "ignored-question")).toBeNull();
    const enWalked = card("en", [...EN_OPEN, EN_VISIT, "Do I need to move the piano away from the wall first?", EN_SLOTS, ...["Friday.", "Great, the tuner will see you then. Bye."]]);
    expect(failedTurns(enWalked, "ignored-question")).toEqual([4]);
    const zh = card("zh", [...ZH_OPEN, ZH_VISIT, "钢琴要挪开墙边吗？", "钢琴靠着墙放就行，不影响。", "好。", ZH_SLOTS, ...["周五。", "好的，师傅到时候上门，再见。"]]);
    expect(failedTurns(zh, "ignored-question")).toBeNull();
    const zhWalked = card("zh", [...ZH_OPEN, ZH_VISIT, "钢琴要挪开墙边吗？", ZH_SLOTS, ...["周五。", "好的，师傅到时候上门，再见。"]]);
    expect(failedTurns(zhWalked, "ignored-question")).toEqual([4]);
  });
});

describe("wrong-closing: agreeing to the read-back is no early ending, whatever word it ends with", () => {
  it("en, zh: 'that's it' to the read-back, then the finished call's close, passes; leaving instead is charged at the close", () => {
    const en = (last: string) => card("en", [...EN_OPEN, EN_SLOTS, "Friday.", "So to confirm, the tuner comes on Friday at 10 am, right?", last, "Great, the tuner will see you then. Bye."]);
    expect(failedTurns(en("Okay, that's it."), "wrong-closing")).toBeNull();
    expect(failedTurns(en("Sorry, I have to go now, call me later."), "wrong-closing")).toEqual([6]);
    const zh = (last: string) => card("zh", [...ZH_OPEN, ZH_SLOTS, "周五。", "跟您确认一下，师傅周五上午10点上门，对吧？", last, "好的，师傅到时候上门，再见。"]);
    expect(failedTurns(zh("行，就这样。"), "wrong-closing")).toBeNull();
    expect(failedTurns(zh("我这边来客人了，晚点再说吧，先挂了。"), "wrong-closing")).toEqual([6]);
  });
});

describe("ignored-question: the script's next either-or question is no clarification of the customer's question", () => {
  it("en, zh: an answer followed by the call's next either-or question answered the question there; no answer at all is charged", () => {
    const en = (reply: string) => card("en", [...EN_OPEN, EN_VISIT, "Can the tuner also fix a sticking key?", reply, "Friday.", "Great, the tuner will see you then. Bye."]);
    expect(failedTurns(en("Yes, small key repairs are done during the same visit. Would Friday morning or Monday afternoon suit you?"), "ignored-question")).toBeNull();
    expect(failedTurns(en("Would Friday morning or Monday afternoon suit you?"), "ignored-question")).toEqual([4]);
    const zh = (reply: string) => card("zh", [...ZH_OPEN, ZH_VISIT, "有个琴键卡住了，能顺便修吗？", reply, "周五吧。", "好的，师傅到时候上门，再见。"]);
    expect(failedTurns(zh("可以，琴键小修在同一次上门时一起做。周五上午还是周一下午，您看哪个方便？"), "ignored-question")).toBeNull();
    expect(failedTurns(zh("周五上午还是周一下午，您看哪个方便？"), "ignored-question")).toEqual([4]);
  });
});
