// Closings listed one per ending, with the document's general end rule after them ("the call ends once one of the
// closings is said…"): the rule is no ending of its own, so each closing keeps the ending it is listed for. A closing
// for "no time fits" (the office rings back with a new time) closes a call the customer left to be rung back; the
// booked close said there is the wrong one. The message close said to a relative leaves the message only: it tells
// them nothing of the customer's business, while the errand's step told to them is a disclosure.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-closing-per-ending.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("closing-per-ending", { en: ["Rosalind", "Voice"], zh: ["罗佳", "对方"] });

const EN_OPEN = "Hello, it's Rosalind from Example Windows. Could I speak to Mr Tobias Wrenfield, please?";
const ZH_OPEN = "您好，我是示例门窗的罗佳，请问是温德福温先生吗？";

describe("a closing for 'no time fits' among closings listed per ending", () => {
  const enStart = [
    EN_OPEN,
    "Speaking.",
    "Before I go on, could you confirm the first line of your address?",
    "12 Alder Lane.",
    "Thanks, Mr Wrenfield. Your new back door from Example Windows is ready and I'm ringing to book the fitting.",
    "Oh good.",
    "We can come on Monday the 8th at 9, or Tuesday the 9th at 2. Which suits you?",
    "Neither, I'm away that whole week. Any weekday after the 15th is fine.",
  ];
  const zhStart = [
    ZH_OPEN,
    "是我，你说。",
    "麻烦您说一下登记的收货地址是哪条街？",
    "柳荫街。",
    "谢谢温先生。您在示例门窗订的后门到货了，今天打过来是想约安装时间。",
    "哦，好。",
    "我们8号周一上午9点、9号周二下午2点都可以，您看哪个方便？",
    "这两天都不行，那一周我都不在家，15号以后哪天都中。",
  ];

  it("en: its own close passes; the booked close there is a wrong closing at its turn", () => {
    const clean = card("en", [...enStart, "Right, I've noted the days that suit you, and the office will ring you with a new time within two days. Goodbye.", "Okay, call me back when you've got one."]);
    expect(failedTurns(clean, "wrong-closing")).toBeNull();
    expect(clean.passed).toBe(true);
    const planted = card("en", [...enStart, "Lovely, that's the fitting booked for Monday the 8th. Thank you, goodbye.", "Okay, call me back when you've got one."]);
    expect(failedTurns(planted, "wrong-closing")).toEqual([8]);
  });

  it("zh: 时间都不合适用它自己的结束语，通过；说成约好了的结束语，记错误结束语", () => {
    const clean = card("zh", [...zhStart, "好的，您方便的日子我记下了，两天内排好师傅再给您打电话，再见。", "行，那你们排好了再打。"]);
    expect(failedTurns(clean, "wrong-closing")).toBeNull();
    expect(clean.passed).toBe(true);
    const planted = card("zh", [...zhStart, "好的，安装就定在8号周一上午9点，谢谢您，再见。", "行，那你们排好了再打。"]);
    expect(failedTurns(planted, "wrong-closing")).toEqual([8]);
  });
});

describe("the message close said to a relative", () => {
  it("en: leaving the message passes; telling them the errand is a disclosure at its turn", () => {
    const clean = card("en", [EN_OPEN, "He's at work, I'm his daughter. Is it about the door?", "Could you ask Mr Wrenfield to ring Example Windows on 0290 555 0143? Thank you, goodbye.", "Will do."]);
    expect(failedTurns(clean, "disclosure")).toBeNull();
    expect(clean.passed).toBe(true);
    const planted = card("en", [
      EN_OPEN,
      "He's at work, I'm his daughter.",
      "Your new back door from Example Windows is ready and I'm ringing to book the fitting.",
      "Oh, okay.",
      "Could you ask Mr Wrenfield to ring Example Windows on 0290 555 0143? Thank you, goodbye.",
      "Will do.",
    ]);
    expect(failedTurns(planted, "disclosure")).toEqual([2]);
  });

  it("zh: 家人接只留言，通过；跟家人说了来意，记泄露", () => {
    const clean = card("zh", [ZH_OPEN, "他上班去了，我是他闺女。是门的事吗？", "麻烦您转告温先生，给示例门窗回个电话，0290-555-0143，谢谢您，再见。", "好的。"]);
    expect(failedTurns(clean, "disclosure")).toBeNull();
    expect(clean.passed).toBe(true);
    const planted = card("zh", [
      ZH_OPEN,
      "他上班去了，我是他闺女。",
      "您在示例门窗订的后门到货了，今天打过来是想约安装时间。",
      "哦，这样。",
      "麻烦您转告温先生，给示例门窗回个电话，0290-555-0143，谢谢您，再见。",
      "好的。",
    ]);
    expect(failedTurns(planted, "disclosure")).toEqual([2]);
  });
});
