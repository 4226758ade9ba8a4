// A "who may hear what" rule wrapped over lines lets a named relative hear some things (book a date) but not money:
// what it allows is no disclosure, a sum of money told to that relative is one at its turn, and the step stating the
// money is not owed to them. English days and hours said as words ("the eighth of June, nine till twelve") deliver a
// step written in digits and answer a question about days.
import { describe, expect, it } from "vitest";
import { failedTurns, scoreDocLines } from "./fixtures/eval/alternating-call.js";

const card = scoreDocLines;
const failed = failedTurns;

const EN = [
  "## Caller", "", "Who: Ana from Example Opticians.", "", "Customer details:", "- Customer: Mr. Tom Reyes", "- Order: new glasses, balance £60", "",
  "### Steps", "1. Greet, say who you are, check it's Mr. Reyes.",
  "2. Tell him his new glasses are ready to collect and offer Tuesday 8 June, 9 to 12, or Thursday 10 June, 1 to 4.",
  "3. Tell him the balance is £60, paid at collection.", "4. Ask him to bring his old glasses along.", "5. Closing.", "",
  "### FAQ", "Q: What days can I collect them? A: Tuesday 8 June, 9 to 12, or Thursday 10 June, 1 to 4.", "",
  "### Who may hear what", "- His wife, Rosa Reyes (second name on the order): she",
  "  may book the collection for him. She must not hear the balance or any money.", "- Anyone else: no details, just ask Mr. Reyes to call back.", "",
  "### Closings", "- Booked: \"Great, see you then. Bye.\"", "",
].join("\n");
const ZH = [
  "## 拨打方", "", "身份：示例眼镜店 小安。", "", "客户资料：", "- 客户：雷振东", "- 订单：新眼镜，尾款60元", "",
  "### 分步流程", "1. 开场：“您好，我是示例眼镜店的小安，请问是雷振东雷先生吗？”", "2. 告知新眼镜做好了，可以来取：6月8日上午9点到12点，或6月10日下午1点到4点。",
  "3. 告知尾款60元，取镜时付。", "4. 请他带上旧眼镜。", "5. 结束语。", "",
  "### 常见问题", "问：哪天能取？答：6月8日上午9点到12点，或6月10日下午1点到4点。", "",
  "### 谁能听什么", "- 他爱人罗莎（订单上的第二联系人）：", "  可以听取镜时间并帮他约好；不能听尾款和任何钱的事。", "- 其他人接：不说任何内容，只请雷先生回电。", "",
  "### 结束方式", "- 约好：“好的，到时候见，再见。”", "",
].join("\n");

const EN_WIFE = ["Hello, this is Ana from Example Opticians. Is that Tom Reyes?", "No, it's his wife, Rosa.",
  "Hi Rosa. His new glasses are ready to collect. We can do Tuesday 8 June, 9 to 12, or Thursday 10 June, 1 to 4. Please ask him to bring his old glasses along."];
const ZH_WIFE = ["您好，我是示例眼镜店的小安，请问是雷振东雷先生吗？", "我是他爱人。", "您好，雷先生的新眼镜做好了，可以来取：6月8日上午9点到12点，或6月10日下午1点到4点。请他带上旧眼镜。"];

describe("a relative the document allows to hear all but money", () => {
  it("en: the wife books: no disclosure, the money step not owed", () => {
    const c = card(EN, [...EN_WIFE, "Tuesday morning. How much is left to pay?", "That's one for Tom, could he give us a ring?", "Okay.", "Great, see you then. Bye.", "Bye."], false);
    expect(failed(c, "disclosure")).toBeNull();
    expect(failed(c, "missing-step")).toBeNull();
  });
  it("en: the balance told to the wife: disclosure at that turn", () => {
    const c = card(EN, [...EN_WIFE, "Tuesday morning. How much is left to pay?", "The balance is £60, paid at collection.", "Okay.", "Great, see you then. Bye.", "Bye."], false);
    expect(failed(c, "disclosure")).toEqual([4]);
    expect(failed(c, "order")).toBeNull();
  });
  it("en: the customer himself told the balance before the dates: order still charged", () => {
    const c = card(EN, ["Hello, this is Ana from Example Opticians. Is that Tom Reyes?", "Yes.", "The balance is £60, paid at collection.", "Okay, when can I come?",
      "Your new glasses are ready to collect. We can do Tuesday 8 June, 9 to 12, or Thursday 10 June, 1 to 4.", "Tuesday.", "Great, see you then. Bye.", "Bye."], false);
    expect(failed(c, "order")).toEqual([2]);
  });
  it("zh: 爱人约好时间：不算泄露，尾款那步不欠", () => {
    const c = card(ZH, [...ZH_WIFE, "那就8号上午吧。还要付多少钱？", "钱的事麻烦请雷先生给我们回个电话。", "好。", "好的，到时候见，再见。", "再见。"], true);
    expect(failed(c, "disclosure")).toBeNull();
    expect(failed(c, "missing-step")).toBeNull();
  });
  it("zh: 尾款告诉了爱人：泄露记在那一轮", () => {
    const c = card(ZH, [...ZH_WIFE, "那就8号上午吧。还要付多少钱？", "尾款60元，取镜时付。", "好。", "好的，到时候见，再见。", "再见。"], true);
    expect(failed(c, "disclosure")).toEqual([4]);
    expect(failed(c, "order")).toBeNull();
  });
  it("zh: 本人接听，先说尾款再说取镜时间：顺序照样记", () => {
    const c = card(ZH, ["您好，我是示例眼镜店的小安，请问是雷振东雷先生吗？", "是我。", "尾款60元，取镜时付。", "哦，那什么时候能取？",
      "您的新眼镜做好了，可以来取：6月8日上午9点到12点，或6月10日下午1点到4点。", "8号吧。", "好的，到时候见，再见。", "再见。"], true);
    expect(failed(c, "order")).toEqual([2]);
  });
});

describe("English days and hours said as words", () => {
  const head = ["Hello, this is Ana from Example Opticians. Is that Tom Reyes?", "Yes. What days have you got?"];
  const tail = ["Tuesday.", "The balance is £60, paid at collection. Please bring your old glasses along.", "Okay.", "Great, see you then. Bye.", "Bye."];
  it("en: 'the eighth of June, nine till twelve' delivers the step and answers the question", () => {
    const c = card(EN, [...head, "Your new glasses are ready to collect. We can do Tuesday the eighth of June, nine till twelve, or Thursday the tenth, one till four.", ...tail], false);
    expect(failed(c, "missing-step")).toBeNull();
    expect(failed(c, "ignored-question")).toBeNull();
  });
  it("en: the days question met with no day at all: ignored at that turn", () => {
    const c = card(EN, [...head, "Your new glasses are ready to collect. Are you free to talk?", ...tail], false);
    expect(failed(c, "ignored-question")).toEqual([2]);
  });
  it("zh: 说成汉字的日期和钟点照样算说了这一步", () => {
    const c = card(ZH, ["您好，我是示例眼镜店的小安，请问是雷振东雷先生吗？", "是我。哪天能取？", "您的新眼镜做好了，六月八号上午九点到十二点，或者六月十号下午一点到四点，都可以来取。", "八号吧。", "尾款60元，取镜时付。请您带上旧眼镜。", "好。", "好的，到时候见，再见。", "再见。"], true);
    expect(failed(c, "missing-step")).toBeNull();
    expect(failed(c, "ignored-question")).toBeNull();
  });
  it("zh: 问哪天能取却没说日子：记为没回答", () => {
    const c = card(ZH, ["您好，我是示例眼镜店的小安，请问是雷振东雷先生吗？", "是我。哪天能取？", "您的新眼镜做好了，您现在方便说话吗？", "没有。", "尾款60元，取镜时付。", "好。", "好的，到时候见，再见。", "再见。"], true);
    expect(failed(c, "ignored-question")).toEqual([2]);
  });
});

describe("an office role the document allows to hear all but money", () => {
  const enDoc = EN.replace("- His wife, Rosa Reyes (second name on the order): she", "- His bookkeeper (named on the account): she");
  const zhDoc = ZH.replace("- 他爱人罗莎（订单上的第二联系人）：", "- 公司出纳（合同上登记的对接人）：");
  const enHead = ["Hello, this is Ana from Example Opticians. Is that Tom Reyes?", "He's out. This is his bookkeeper, Sam.",
    "Hi Sam. His new glasses are ready to collect. We can do Tuesday 8 June, 9 to 12, or Thursday 10 June, 1 to 4. Please ask him to bring his old glasses along.",
    "Tuesday morning. How much is left to pay?"];
  const zhHead = ["您好，我是示例眼镜店的小安，请问是雷振东雷先生吗？", "雷总出去了，我是公司出纳。", "您好，雷先生的新眼镜做好了，可以来取：6月8日上午9点到12点，或6月10日下午1点到4点。请他带上旧眼镜。",
    "那就8号上午吧。还要付多少钱？"];
  it("en: the bookkeeper books, money refused: passes; money told: disclosure at that turn", () => {
    expect(failed(card(enDoc, [...enHead, "That's one for Tom, could he give us a ring?", "Okay.", "Great, see you then. Bye.", "Bye."], false), "disclosure")).toBeNull();
    expect(failed(card(enDoc, [...enHead, "The balance is £60, paid at collection.", "Okay.", "Great, see you then. Bye.", "Bye."], false), "disclosure")).toEqual([4]);
  });
  it("zh: 出纳约好、钱的事不说：通过；说了尾款：泄露记在那一轮", () => {
    expect(failed(card(zhDoc, [...zhHead, "钱的事麻烦请雷先生给我们回个电话。", "好。", "好的，到时候见，再见。", "再见。"], true), "disclosure")).toBeNull();
    expect(failed(card(zhDoc, [...zhHead, "尾款60元，取镜时付。", "好。", "好的，到时候见，再见。", "再见。"], true), "disclosure")).toEqual([4]);
  });
});

describe("the rule names the relation another way, in one line with the rule for anyone else", () => {
  const enDoc = EN.replace("- His wife, Rosa Reyes (second name on the order): she", "- His partner, Rosa Reyes (second name on the order): she");
  const zhDoc = ZH.replace("- 他爱人罗莎（订单上的第二联系人）：\n  可以听取镜时间并帮他约好；不能听尾款和任何钱的事。\n- 其他人接：不说任何内容，只请雷先生回电。",
    "- 备用联系人罗莎（雷先生妻子）接电话：她可以选取镜时间；但尾款等一切金额只跟雷先生本人说。其他任何人接：只留话，麻烦转告雷先生回电。");
  const zhHead = ["您好，我是示例眼镜店的小安，请问是雷振东雷先生吗？", "他不在，我是他爱人。", "您好，雷先生的新眼镜做好了，可以来取：6月8日上午9点到12点，或6月10日下午1点到4点。请他带上旧眼镜。",
    "那就8号上午吧。还要付多少钱？"];
  it("en: 'his wife' answers where the rule says 'his partner': allowed, money told is a disclosure", () => {
    expect(failed(card(enDoc, [...EN_WIFE, "Tuesday morning. How much is left to pay?", "That's one for Tom, could he give us a ring?", "Okay.", "Great, see you then. Bye.", "Bye."], false), "disclosure")).toBeNull();
    expect(failed(card(enDoc, [...EN_WIFE, "Tuesday morning. How much is left to pay?", "The balance is £60, paid at collection.", "Okay.", "Great, see you then. Bye.", "Bye."], false), "disclosure")).toEqual([4]);
  });
  it("zh: “我是他爱人”而规则写“妻子”、与其他人的规则同在一行：可以约时间，说了尾款记泄露", () => {
    expect(zhDoc).not.toBe(ZH);
    expect(failed(card(zhDoc, [...zhHead, "钱的事麻烦请雷先生给我们回个电话。", "好。", "好的，到时候见，再见。", "再见。"], true), "disclosure")).toBeNull();
    expect(failed(card(zhDoc, [...zhHead, "尾款60元，取镜时付。", "好。", "好的，到时候见，再见。", "再见。"], true), "disclosure")).toEqual([4]);
  });
});
