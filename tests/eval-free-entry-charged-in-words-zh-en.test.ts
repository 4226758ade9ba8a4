// An entry saying something costs nothing, answered "we'd have to charge you for that" / "这个要另外收费": the reply
// speaks of money with no price named, and contradicts the entry all the same. "It's free" passes.
import { describe, expect, it } from "vitest";
import { failedTurns, scoreDocLines } from "./fixtures/eval/alternating-call.js";

const card = scoreDocLines;
const failed = failedTurns;

const EN = [
  "## Caller", "", "Who: Ana from Example Opticians.", "", "Customer details:", "- Customer: Mr. Tom Reyes", "",
  "### Steps", "1. Greet, say who you are, check it's Mr. Reyes.", "2. Tell him his new glasses are ready to collect.", "3. Closing.", "",
  "### FAQ", "Q: What if the frame needs adjusting? A: Small adjustments are free at the shop.", "",
  "### Closings", "- Done: \"Thanks, see you soon. Bye.\"", "",
].join("\n");
const ZH = [
  "## 拨打方", "", "身份：示例眼镜店 小安。", "", "客户资料：", "- 客户：雷振东", "",
  "### 分步流程", "1. 开场：“您好，我是示例眼镜店的小安，请问是雷振东雷先生吗？”", "2. 告知新眼镜做好了，可以来取。", "3. 结束语。", "",
  "### 常见问题", "问：镜框要是需要调整怎么办？答：小的调整在店里免费做。", "",
  "### 结束方式", "- 完成：“好的，到时候见，再见。”", "",
].join("\n");
const EN_HEAD = ["Hello, this is Ana from Example Opticians. Is that Tom Reyes?", "Yes.", "Your new glasses are ready to collect.", "What if the frame needs adjusting?"];
const ZH_HEAD = ["您好，我是示例眼镜店的小安，请问是雷振东雷先生吗？", "是我。", "您的新眼镜做好了，可以来取。", "镜框要是需要调整怎么办？"];

describe("a free entry answered with a charge in words", () => {
  it("en: 'we'd have to charge you for that': wrong answer at that turn", () => {
    const c = card(EN, [...EN_HEAD, "Then we'd have to charge you for that, I'm afraid.", "Oh. Okay.", "Thanks, see you soon. Bye.", "Bye."], false);
    expect(failed(c, "wrong-answer")).toEqual([4]);
  });
  it("en: 'small adjustments are free': passes", () => {
    const c = card(EN, [...EN_HEAD, "Small adjustments are free, just pop into the shop.", "Oh good.", "Thanks, see you soon. Bye.", "Bye."], false);
    expect(failed(c, "wrong-answer")).toBeNull();
  });
  it("zh: “这个要另外收钱的”：答错记在那一轮", () => {
    const c = card(ZH, [...ZH_HEAD, "调整的话要另外收钱的。", "哦，好吧。", "好的，到时候见，再见。", "再见。"], true);
    expect(failed(c, "wrong-answer")).toEqual([4]);
  });
  it("zh: “小的调整店里免费做”：通过", () => {
    const c = card(ZH, [...ZH_HEAD, "小的调整在店里免费做，您直接来就行。", "那好。", "好的，到时候见，再见。", "再见。"], true);
    expect(failed(c, "wrong-answer")).toBeNull();
  });
});
