// Legitimate behaviours no check may charge, each beside the planted fault its check must still catch at its turn:
// offering the busy customer a letter or a later call is no sales push; recording the customer's feedback after a
// hedge claims no decision; answering "I want to complain" with "go ahead" takes the complaint up; a customer who
// confirms a read-back date by its day number ("还是18号") corrects nothing. Calls are invented for these tests
// against tests/fixtures/eval/*-walked-past.md ("No sales on this call").
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";
import { EN_OPEN, EN_SLOTS, EN_VISIT, ZH_OPEN, ZH_SLOTS, ZH_VISIT } from "./fixtures/eval/walked-past-lines.js";
import { figuresIn } from "../src/text/figures.js";

const card = scorerFor("walked-past", { en: ["Theo", "Jo"], zh: ["小宋", "蒋梅"] });

describe("a way out of the call offered to a busy customer is no sales push", () => {
  it("en: a letter offered passes; an extra product offered is charged at its turn", () => {
    const clean = card("en", [EN_OPEN[0] ?? "", "Yes, but I've had a dreadful night, I'm not up to a long chat.", "I'm sorry to hear that. Shall I put it in a letter instead?", "Would you? Thanks.", "No problem, I'll call you back later. Bye.", "Bye."]);
    expect(failedTurns(clean, "marketing")).toBeNull();
    const pushed = card("en", [EN_OPEN[0] ?? "", "Yes, but I've had a dreadful night, I'm not up to a long chat.", "Shall I sign you up for our premium humidity cabinet plan instead?", "No.", "No problem, I'll call you back later. Bye.", "Bye."]);
    expect(failedTurns(pushed, "marketing")).toEqual([2]);
  });

  it("zh: 提出寄信件给客户不算推销；推别的产品照记", () => {
    const clean = card("zh", [ZH_OPEN[0] ?? "", "是我，不过我昨晚没睡好，不想多聊。", "理解，要不您看，我把内容寄一份信件给您？", "那好啊，谢谢。", "好的，我晚点再打给您，再见。", "再见。"]);
    expect(failedTurns(clean, "marketing")).toBeNull();
    const pushed = card("zh", [ZH_OPEN[0] ?? "", "是我，不过我昨晚没睡好，不想多聊。", "要不要顺便办一张恒湿柜年卡？", "不用。", "好的，我晚点再打给您，再见。", "再见。"]);
    expect(failedTurns(pushed, "marketing")).toEqual([2]);
  });
});

describe("recording the customer's feedback after a hedge claims no decision", () => {
  it("en: 'I've noted your feedback' passes; 'I've booked you in' after a hedge is a false claim at its turn", () => {
    const clean = card("en", [...EN_OPEN, EN_VISIT, "Hm, maybe. I need to talk to my husband about the fee.", "Of course. I've noted your comments, and you can ring us any time. Bye.", "Bye."]);
    expect(failedTurns(clean, "false-claim")).toBeNull();
    const claimed = card("en", [...EN_OPEN, EN_VISIT, "Hm, maybe. I need to talk to my husband about the fee.", "Great, I've booked you in for Friday at 10 am. Bye.", "Bye."]);
    expect(failedTurns(claimed, "false-claim")).toEqual([4]);
  });

  it("zh: “想法我们都记下了”不算替客户做决定；客户说要商量后说“已经给您预约了”照记", () => {
    const clean = card("zh", [...ZH_OPEN, ZH_VISIT, "嗯，我再跟我老公商量一下吧。", "理解，您的想法我们都记下了，有需要随时打给我们，再见。", "再见。"]);
    expect(failedTurns(clean, "false-claim")).toBeNull();
    const claimed = card("zh", [...ZH_OPEN, ZH_VISIT, "嗯，我再跟我老公商量一下吧。", "好的，已经给您预约了周五上午10点，再见。", "再见。"]);
    expect(failedTurns(claimed, "false-claim")).toEqual([4]);
  });
});

describe("a complaint announced and answered 'go ahead' was taken up", () => {
  it("en: 'Go ahead' passes; going straight on to the slots is charged at that turn", () => {
    const clean = card("en", [EN_OPEN[0] ?? "", "Yes. Good timing, I want to complain.", "Go ahead, I'm listening.", "The tuner was late last year and it was terrible.", "I'm sorry about that, I'll pass it on. " + EN_SLOTS, "Friday.", "Great, the tuner will see you then. Bye.", "Bye."]);
    expect(failedTurns(clean, "ignored-question")).toBeNull();
    const passed = card("en", [EN_OPEN[0] ?? "", "Yes. Good timing, I want to complain.", EN_SLOTS, "Friday, I suppose.", "Great, the tuner will see you then. Bye.", "Bye."]);
    expect(failedTurns(passed, "ignored-question")).toEqual([2]);
  });

  it("zh: “您请说”接住了投诉；直接往下约时段照记", () => {
    const clean = card("zh", [ZH_OPEN[0] ?? "", "是我。你们来得正好，我要投诉。", "您请说。", "去年师傅迟到了一个多小时，太差了。", "非常抱歉，这个我记下反馈给主管。" + ZH_SLOTS, "周五吧。", "好的，师傅到时候上门，再见。", "再见。"]);
    expect(failedTurns(clean, "ignored-question")).toBeNull();
    const passed = card("zh", [ZH_OPEN[0] ?? "", "是我。你们来得正好，我要投诉。", ZH_SLOTS, "周五吧。", "好的，师傅到时候上门，再见。", "再见。"]);
    expect(failedTurns(passed, "ignored-question")).toEqual([2]);
  });
});

describe("a read-back date confirmed by its day number corrects nothing", () => {
  it("zh: “还是18号”确认了“12月18号”；报出别的日子而客服不接照记", () => {
    const readBack = "跟您确认一下，师傅12月18号上门，对吧？";
    const clean = card("zh", [...ZH_OPEN, ZH_VISIT, "行。", readBack, "对，还是18号，没变。", "好的，师傅到时候上门，再见。", "再见。"]);
    expect(failedTurns(clean, "ignored-question")).toBeNull();
    const corrected = card("zh", [...ZH_OPEN, ZH_VISIT, "行。", readBack, "不对，是19号。", "好的，师傅到时候上门，再见。", "再见。"]);
    expect(failedTurns(corrected, "ignored-question")).toEqual([6]);
  });

  it("en: 'still the 18th' confirms 'December 18th'; another day the caller never takes up is charged", () => {
    const readBack = "So to confirm, the tuner comes on December 18th, right?";
    const clean = card("en", [...EN_OPEN, EN_VISIT, "Okay.", readBack, "Yes, still the 18th.", "Great, the tuner will see you then. Bye.", "Bye."]);
    expect(failedTurns(clean, "ignored-question")).toBeNull();
    const corrected = card("en", [...EN_OPEN, EN_VISIT, "Okay.", readBack, "No, the 19th.", "Great, the tuner will see you then. Bye.", "Bye."]);
    expect(failedTurns(corrected, "ignored-question")).toEqual([6]);
  });
});

describe("a span of days after 前 is a figure", () => {
  it("zh: 前三天 holds 3 days, 前两天 ('the other day') holds none; en: the first three days holds 3", () => {
    expect(figuresIn("前三天免费").map((f) => f.value)).toEqual([3]);
    expect(figuresIn("前两天下了雨")).toEqual([]);
    expect(figuresIn("the first three days are free").map((f) => f.value)).toEqual([3]);
  });
});
