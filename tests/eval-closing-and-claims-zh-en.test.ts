// wrong-closing reads the ending from the customer's words, not from the close said: a "thanks, enjoy" close where the
// customer's last words say the problem is still there is wrong when the document has a close for that. false-claim:
// a statement the customer denies at once ("I said…", "我没说…") put words in the customer's mouth. repetition: the
// read-back and the close may name the date or time settled once more.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-steps-owed.md).
import { describe, expect, it } from "vitest";
import { scorerFor, failedTurns } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("steps-owed", { en: ["Alex", "Robin"], zh: ["小周", "白静"] });

const EN = [
  "Hi, is this Robin Vale? This is Alex from Example Bike Works.",
  "Yes, speaking.",
  "Your bicycle is ready: we replaced the rear brake cable and trued the front wheel.",
  "Okay.",
  "The work is guaranteed for 90 days; if the brake feels soft again, bring it in at no charge.",
  "Right.",
  "How would you rate the repair, from 1 to 5?",
];
const ZH = [
  "您好，请问是白静女士吗？我是示例钟表行的小周。",
  "是我。",
  "您的手表已经修好了，换了机芯的发条，也清洗了表盘。",
  "好。",
  "这次维修保修六个月，走时不准可以免费再调。",
  "嗯。",
  "您对这次维修满意吗？满意、一般还是不满意？",
];

describe("wrong-closing: the finished-call close where the customer left the problem open", () => {
  it("en: 'enjoy the ride' after 'the brake is still soft' is wrong; the document's redo close is right", () => {
    const open = [...EN, "Honestly the brake is still soft, it's not fixed.", "Thanks for the rating, Robin. Enjoy the ride, goodbye."];
    expect(failedTurns(card("en", open), "wrong-closing")).toEqual([8]);
    const right = [...EN, "Honestly the brake is still soft, it's not fixed.", "Sorry it's still not right. Bring it in any day this week and we'll redo it free. Goodbye."];
    expect(failedTurns(card("en", right), "wrong-closing")).toBeNull();
    const fine = [...EN, "A 5, it rides great.", "Thanks for the rating, Robin. Enjoy the ride, goodbye."];
    expect(failedTurns(card("en", fine), "wrong-closing")).toBeNull();
  });

  it("zh: 表还是不准时说“谢谢您的评价”是错的；文档里的重新检修结束语是对的", () => {
    const open = [...ZH, "表还是不准，一天慢五分钟，没修好。", "谢谢您的评价，取表时带上单据就行，再见。"];
    expect(failedTurns(card("zh", open), "wrong-closing")).toEqual([8]);
    const right = [...ZH, "表还是不准，一天慢五分钟，没修好。", "抱歉给您添麻烦了，您这周随时拿来，我们免费重新检修，再见。"];
    expect(failedTurns(card("zh", right), "wrong-closing")).toBeNull();
    const fine = [...ZH, "满意，走得挺准。", "谢谢您的评价，取表时带上单据就行，再见。"];
    expect(failedTurns(card("zh", fine), "wrong-closing")).toBeNull();
  });
});

describe("false-claim: a statement the customer denies at once", () => {
  it("en: a rating read back wrong and denied is a false claim at the read-back; read back right, none", () => {
    const wrong = [...EN, "A 4.", "So I've put down a 2 out of 5 for the repair.", "No, I said four.", "Sorry, a 4. Thanks for the rating, Robin. Enjoy the ride, goodbye."];
    expect(failedTurns(card("en", wrong), "false-claim")).toEqual([8]);
    const right = [...EN, "A 4.", "So I've put down a 4 out of 5 for the repair.", "Yes.", "Thanks for the rating, Robin. Enjoy the ride, goodbye."];
    expect(failedTurns(card("en", right), "false-claim")).toBeNull();
  });

  it("zh: 记成“满意”而客户马上否认，是虚假陈述；客户说过满意，则不是", () => {
    const wrong = [...ZH, "嗯……", "好的，那我给您记满意了。", "我没说满意啊，一般吧。", "好的，记一般，谢谢您的评价，取表时带上单据就行，再见。"];
    expect(failedTurns(card("zh", wrong), "false-claim")).toEqual([8]);
    const right = [...ZH, "满意。", "好的，那我给您记满意了。", "对。", "谢谢您的评价，取表时带上单据就行，再见。"];
    expect(failedTurns(card("zh", right), "false-claim")).toBeNull();
  });

  it("a question the customer answers with a correction is not a claim", () => {
    const asked = [...EN, "A 4.", "Did you say a 2?", "No, I said four.", "Thanks for the rating, Robin. Enjoy the ride, goodbye."];
    expect(failedTurns(card("en", asked), "false-claim")).toBeNull();
  });
});

describe("repetition: the read-back and the close restate the date settled", () => {
  const enSlot = "We can redo it on Friday June 5th at 4:30 pm or Monday June 8th at 9 am.";
  it("en: the chosen slot offered, read back and named in the close is confirmation; a fee pushed a third time is not", () => {
    const settled = [
      ...EN.slice(0, 2),
      enSlot,
      "Friday works.",
      "So to confirm, Friday June 5th at 4:30 pm.",
      "Yes.",
      "Great, see you Friday June 5th at 4:30 pm. Thanks for the rating, Robin. Enjoy the ride, goodbye.",
    ];
    expect(failedTurns(card("en", settled), "repetition")).toBeNull();
    const fee = "A late pickup costs $8 per day after 14 days.";
    const pushed = [...EN.slice(0, 2), fee, "Okay.", `So to confirm, ${fee}`, "Yes, you said.", `${fee} Thanks for the rating, Robin. Enjoy the ride, goodbye.`];
    expect(failedTurns(card("en", pushed), "repetition")).toEqual([6]);
  });

  it("zh: 约定的取表时间在复述和结束语里再说是确认；同一笔费用第三次说仍是重复", () => {
    const settled = [
      ...ZH.slice(0, 2),
      "可以约6月5日下午4点或者6月8日上午9点来取。",
      "6月5日吧。",
      "跟您确认一下：6月5日下午4点来取，对吗？",
      "对。",
      "好的，6月5日下午4点等您，谢谢您的评价，取表时带上单据就行，再见。",
    ];
    expect(failedTurns(card("zh", settled), "repetition")).toBeNull();
    const fee = "超过14天来取，每天收保管费8元。";
    const pushed = [...ZH.slice(0, 2), fee, "好。", `跟您确认一下：${fee}`, "知道了。", `${fee}谢谢您的评价，取表时带上单据就行，再见。`];
    expect(failedTurns(card("zh", pushed), "repetition")).toEqual([6]);
  });
});

describe("wrong-closing: the customer's very last word decides, whatever steps came before", () => {
  it("en: a customer who has to run before the rating is owed the text-the-details close, not the thanks-for-rating one", () => {
    const run = [...EN.slice(0, 5), "Sorry, I'm driving, I have to go."];
    expect(failedTurns(card("en", [...run, "Thanks for the rating, Robin. Enjoy the ride, goodbye."]), "wrong-closing")).toEqual([6]);
    expect(failedTurns(card("en", [...run, "No problem, I'll text you the details now. Bye."]), "wrong-closing")).toBeNull();
  });

  it("zh: 客户说“不要再打电话了”，哪怕评价已经做完，也该用不再打扰的结束语", () => {
    const done = [...ZH, "满意。以后别再给我打电话了。"];
    expect(failedTurns(card("zh", [...done, "谢谢您的评价，取表时带上单据就行，再见。"]), "wrong-closing")).toEqual([8]);
    expect(failedTurns(card("zh", [...done, "明白，以后不再打扰您，再见。"]), "wrong-closing")).toBeNull();
  });
});
