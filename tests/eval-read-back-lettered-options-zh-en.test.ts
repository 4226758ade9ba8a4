// Options offered as a lettered list ("A. Monday 9 June at 9；B. … ；C. …") are options like those joined by "or": a
// read-back of one the customer did not pick is a false claim, even when an aside with an "or" in it (another way to
// book) stands between the offer and the read-back; the option picked read back passes. Documents invented for this test.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { scoreAlternating } from "./fixtures/eval/alternating-call.js";
import type { Scorecard } from "../src/schema/index.js";

const EN = `## Caller

### Role
Ada from Example Window Care, booking a window clean.

### Call script
1. Greeting: "Hello, it's Ada from Example Window Care. Am I speaking with Mr Tom Reyes?"
2. Slot: "I have three slots: A. Monday 9 June at 9am; B. Wednesday 11 June at 1pm; C. Friday 13 June at 4pm. Which suits you?"
3. Read back: "So that's [day and time], is that right?"

### Ending the call
- Booked: "Thanks, see you then. Goodbye."
`;

const ZH = `## 拨打方

### 角色
示例窗户清洁的小安，预约上门清洁。

### 通话步骤
1. 开场：“您好，我是示例窗户清洁的小安，请问是罗明先生吗？”
2. 时间：“我这边有三个时间：A. 6月9日周一上午9点；B. 6月11日周三下午1点；C. 6月13日周五下午4点。您看哪个合适？”
3. 复述：“跟您确认一下，是[时间]，对吗？”

### 结束条件
- 已预约：“好的，到时见，再见。”
`;

function score(doc: string, lines: readonly string[], zh: boolean): Scorecard {
  return scoreAlternating(parseScenarioText(doc), zh ? "zh" : "en", zh ? ["客服", "对方"] : ["Agent", "Voice"], lines);
}
const falseClaim = (card: Scorecard) => card.checks.find((c) => c.id === "false-claim");

const EN_OPEN = ["Hello, it's Ada from Example Window Care. Am I speaking with Mr Tom Reyes?", "Yes.", "I have three slots: A. Monday 9 June at 9am; B. Wednesday 11 June at 1pm; C. Friday 13 June at 4pm. Which suits you?"];
const ZH_OPEN = ["您好，我是示例窗户清洁的小安，请问是罗明先生吗？", "是我。", "我这边有三个时间：A. 6月9日周一上午9点；B. 6月11日周三下午1点；C. 6月13日周五下午4点。您看哪个合适？"];
const EN_ASIDE = ["Noted. Or I can text you the 3 slots and you reply with a letter.", "No need."];
const ZH_ASIDE = ["好的，记下了。或者我把这3个时间发短信给您，您回个字母就行。", "不用了。"];

describe("false-claim: a read-back of a lettered option the customer did not pick", () => {
  it("en: 'Friday.' read back as Monday is a false claim at the read-back, past an aside with an 'or'", () => {
    const card = score(EN, [...EN_OPEN, "Friday.", ...EN_ASIDE, "So that's Monday 9 June at 9am, is that right?", "Okay.", "Thanks, see you then. Goodbye.", "Bye."], false);
    expect(falseClaim(card)?.turns).toEqual([6]);
  });

  it("en: the option picked read back passes", () => {
    const card = score(EN, [...EN_OPEN, "Friday.", ...EN_ASIDE, "So that's Friday 13 June at 4pm, is that right?", "Yes.", "Thanks, see you then. Goodbye.", "Bye."], false);
    expect(falseClaim(card)?.passed).toBe(true);
  });

  it("zh: 客户选了周五，复述成周一上午", () => {
    const card = score(ZH, [...ZH_OPEN, "那就周五吧。", ...ZH_ASIDE, "跟您确认一下，是6月9日周一上午9点，对吗？", "嗯。", "好的，到时见，再见。", "再见。"], true);
    expect(falseClaim(card)?.turns).toEqual([6]);
  });

  it("zh: 复述客户选的时间不算", () => {
    const card = score(ZH, [...ZH_OPEN, "那就周五吧。", ...ZH_ASIDE, "跟您确认一下，是6月13日周五下午4点，对吗？", "对。", "好的，到时见，再见。", "再见。"], true);
    expect(falseClaim(card)?.passed).toBe(true);
  });
});
