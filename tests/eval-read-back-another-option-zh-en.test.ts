// A read-back naming an offered option the customer did not pick ("Tuesday 4th at 10 or Friday 7th at 2?" "Friday."
// "So that's Tuesday 4th at 10.") is a false claim at the read-back; the option picked read back passes, and a customer
// who only weighs the options ("not Tuesday…") or asks is no pick. Documents invented for this test.
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
2. 时间：“上门时间有3月4日上午10点，或者3月7日下午2点，您看哪个方便？”
3. 复述：“跟您确认一下，是[时间]。”

### 结束条件
- 已预约：“好的，到时见，再见。”
`;

function score(doc: string, lines: readonly string[], zh: boolean): Scorecard {
  return scoreAlternating(parseScenarioText(doc), zh ? "zh" : "en", zh ? ["客服", "对方"] : ["Agent", "Voice"], lines);
}
const falseClaim = (card: Scorecard) => card.checks.find((c) => c.id === "false-claim");

const EN_OPEN = ["Hello, it's Ada from Example Gutter Care. Am I speaking with Mr Tom Reyes?", "Yes.", "We can do Tuesday 4 March at 10am or Friday 7 March at 2pm. Which suits you?"];
const ZH_OPEN = ["您好，我是示例管道清洗的小安，请问是罗明先生吗？", "是我。", "上门时间有3月4日上午10点，或者3月7日下午2点，您看哪个方便？"];

describe("false-claim: a read-back of an option the customer did not pick", () => {
  it("en: 'Friday.' read back as Tuesday is a false claim at the read-back", () => {
    const card = score(EN, [...EN_OPEN, "Friday.", "So that's Tuesday 4 March at 10am.", "Okay.", "Thanks, see you then. Goodbye.", "Bye."], false);
    expect(falseClaim(card)?.turns).toEqual([4]);
  });

  it("en: the option picked read back passes", () => {
    const card = score(EN, [...EN_OPEN, "Friday afternoon.", "So that's Friday 7 March at 2pm.", "Yes.", "Thanks, see you then. Goodbye.", "Bye."], false);
    expect(falseClaim(card)?.passed).toBe(true);
  });

  it("en: a customer asking about an option picks none", () => {
    const card = score(EN, [...EN_OPEN, "Friday? Hmm, Tuesday is better I suppose, the morning works.", "So that's Tuesday 4 March at 10am.", "Yes.", "Thanks, see you then. Goodbye.", "Bye."], false);
    expect(falseClaim(card)?.passed).toBe(true);
  });

  it("zh: 客户选了7号下午，复述成4日上午", () => {
    const card = score(ZH, [...ZH_OPEN, "7号下午吧。", "跟您确认一下，是3月4日上午10点。", "嗯。", "好的，到时见，再见。", "再见。"], true);
    expect(falseClaim(card)?.turns).toEqual([4]);
  });

  it("zh: 复述客户选的时间不算", () => {
    const card = score(ZH, [...ZH_OPEN, "7号下午吧。", "跟您确认一下，是3月7日下午2点。", "对。", "好的，到时见，再见。", "再见。"], true);
    expect(falseClaim(card)?.passed).toBe(true);
  });
});
