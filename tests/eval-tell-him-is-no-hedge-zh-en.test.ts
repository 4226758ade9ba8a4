// "行，我跟她讲" / "Sure, I'll tell her" agrees to pass a message on: it leaves no decision open, so a read-back of the
// pick the customer gave before it claims nothing unfounded. "我跟爱人商量一下" / "I'll talk it over with my wife" still
// leaves the pick open, and a booking claimed right after it is a false claim at its turn.
import { describe, expect, it } from "vitest";
import { failedTurns, scoreDocLines } from "./fixtures/eval/alternating-call.js";

const card = scoreDocLines;
const failed = failedTurns;

const EN = [
  "## Caller", "", "Who: Ana from Example Opticians.", "", "Customer details:", "- Customer: Mr. Tom Reyes", "",
  "### Steps", "1. Greet, say who you are, check it's Mr. Reyes.",
  "2. Tell him his new glasses are ready to collect and offer Tuesday 8 June, 9 to 12, or Thursday 10 June, 1 to 4.",
  "3. Tell him the balance is £60, paid at collection.", "4. Read back the day.", "5. Closing.", "",
  "### Closings", "- Booked: \"Great, see you then. Bye.\"", "",
].join("\n");
const ZH = [
  "## 拨打方", "", "身份：示例眼镜店 小安。", "", "客户资料：", "- 客户：雷振东", "",
  "### 分步流程", "1. 开场：“您好，我是示例眼镜店的小安，请问是雷振东雷先生吗？”", "2. 告知新眼镜做好了，可以来取：6月8日上午9点到12点，或6月10日下午1点到4点。",
  "3. 告知尾款60元，取镜时付。", "4. 复述取镜时间。", "5. 结束语。", "",
  "### 结束方式", "- 约好：“好的，到时候见，再见。”", "",
].join("\n");
const EN_HEAD = ["Hello, this is Ana from Example Opticians. Is that Tom Reyes?", "Yes.", "Your new glasses are ready to collect. We can do Tuesday 8 June, 9 to 12, or Thursday 10 June, 1 to 4."];
const ZH_HEAD = ["您好，我是示例眼镜店的小安，请问是雷振东雷先生吗？", "是我。", "您的新眼镜做好了，可以来取：6月8日上午9点到12点，或6月10日下午1点到4点。"];

describe("passing a message on is no hedge", () => {
  it("zh: “行，我跟她讲”后复述先前选好的时间：不算虚假确认", () => {
    const c = card(ZH, [...ZH_HEAD, "8号上午吧。", "好的。尾款60元，取镜时付，麻烦也跟您爱人说一声。", "行，我跟她讲。", "跟您确认一下：6月8日上午来取，对吧？", "对。", "好的，到时候见，再见。", "再见。"], true);
    expect(failed(c, "false-claim")).toBeNull();
  });
  it("zh: “我跟爱人商量一下”后就说约好了：虚假确认记在那一轮", () => {
    const c = card(ZH, [...ZH_HEAD, "我跟爱人商量一下再说。", "好的，那就6月8日上午来取，已经给您约好了。尾款60元，取镜时付。", "啊？", "好的，到时候见，再见。", "再见。"], true);
    expect(failed(c, "false-claim")).toEqual([4]);
  });
  it("en: 'Sure, I'll tell her' before the read-back of the earlier pick: no false claim", () => {
    const c = card(EN, [...EN_HEAD, "Tuesday, please.", "Lovely. The balance is £60, paid at collection; do let your wife know too.", "Sure, I'll tell her.", "So that's Tuesday 8 June, 9 to 12, is that right?", "Yes.", "Great, see you then. Bye.", "Bye."], false);
    expect(failed(c, "false-claim")).toBeNull();
  });
  it("en: 'I'll talk it over with my wife' then 'I've booked you in': false claim at that turn", () => {
    const c = card(EN, [...EN_HEAD, "I'll talk it over with my wife.", "Great, I've booked you in for Tuesday 8 June. The balance is £60, paid at collection.", "What?", "Great, see you then. Bye.", "Bye."], false);
    expect(failed(c, "false-claim")).toEqual([4]);
  });
});
