// A pick given with a reason ("Friday, please. I'm out on Tuesday.", "周五吧，周二我上班。") is still a pick: a
// read-back naming the day the customer gave as the reason is a false claim; the day picked read back passes, and a
// reason said first ("Tuesday I'm out. Friday's fine.") reads the same. Options listed with 、 and "哪个方便" are an
// offer. Documents invented for this test.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { scoreAlternating } from "./fixtures/eval/alternating-call.js";
import type { Scorecard } from "../src/schema/index.js";

const EN = `## Caller

### Role
Ada from Example Gutter Care, booking a gutter clean.

### Call script
1. Greeting: "Hello, it's Ada from Example Gutter Care. Am I speaking with Mr Tom Reyes?"
2. Slot: "We can do Tuesday 4 March at 10am or Friday 7 March at 2pm. Which suits you?"
3. Read back: "So that's [day and time]."

### Ending the call
- Booked: "Thanks, see you then. Goodbye."
`;

const ZH = `## 拨打方

### 角色
示例管道清洗的小安，预约上门清洗。

### 通话步骤
1. 开场：“您好，我是示例管道清洗的小安，请问是罗明先生吗？”
2. 时间：“上门时间有3月4日周二上午10点、3月7日周五下午2点，您看哪个方便？”
3. 复述：“跟您确认一下，是[时间]。”

### 结束条件
- 已预约：“好的，到时见，再见。”
`;

function score(doc: string, lines: readonly string[], zh: boolean): Scorecard {
  return scoreAlternating(parseScenarioText(doc), zh ? "zh" : "en", zh ? ["客服", "对方"] : ["Agent", "Voice"], lines);
}
const falseClaim = (card: Scorecard) => card.checks.find((c) => c.id === "false-claim");

const EN_HEAD = ["Hello, it's Ada from Example Gutter Care. Am I speaking with Mr Tom Reyes?", "Yes.", "We can do Tuesday 4 March at 10am or Friday 7 March at 2pm. Which suits you?"];
const ZH_HEAD = ["您好，我是示例管道清洗的小安，请问是罗明先生吗？", "是我。", "上门时间有3月4日周二上午10点、3月7日周五下午2点，您看哪个方便？"];

describe("a pick given with a reason", () => {
  it("en: the reason's day read back is a false claim; the picked day is not", () => {
    expect(falseClaim(score(EN, [...EN_HEAD, "Friday, please. I'm out on Tuesday.", "So that's Tuesday 4 March at 10am.", "Fine.", "Thanks, see you then. Goodbye."], false))?.passed).toBe(false);
    expect(falseClaim(score(EN, [...EN_HEAD, "Friday, please. I'm out on Tuesday.", "So that's Friday 7 March at 2pm.", "Fine.", "Thanks, see you then. Goodbye."], false))?.passed).toBe(true);
    expect(falseClaim(score(EN, [...EN_HEAD, "On Tuesday I'm at work all day. Friday, please.", "So that's Friday 7 March at 2pm.", "Fine.", "Thanks, see you then. Goodbye."], false))?.passed).toBe(true);
  });
  it("zh: 把客户说有事的那天复述成他选的是假陈述；复述选的那天不是", () => {
    expect(falseClaim(score(ZH, [...ZH_HEAD, "周五吧，周二我要上班。", "跟您确认一下，您选的是3月4日周二上午10点。", "嗯。", "好的，到时见，再见。"], true))?.passed).toBe(false);
    expect(falseClaim(score(ZH, [...ZH_HEAD, "周五吧，周二我要上班。", "跟您确认一下，您选的是3月7日周五下午2点。", "嗯。", "好的，到时见，再见。"], true))?.passed).toBe(true);
    expect(falseClaim(score(ZH, [...ZH_HEAD, "周二我要上班，周五吧。", "跟您确认一下，您选的是3月7日周五下午2点。", "嗯。", "好的，到时见，再见。"], true))?.passed).toBe(true);
  });
});
