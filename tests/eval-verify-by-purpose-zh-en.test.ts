// A check of who answered named by its purpose ("For a quick identity check, could you tell me your locker number?",
// "为了核实身份，麻烦说一下您的储物柜号。") asks for verification whatever the datum: a number given in answer confirms
// the person, so what the caller says next is no disclosure; a caller who tells the record before it still is.
// Documents invented for this test.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { scoreAlternating } from "./fixtures/eval/alternating-call.js";
import type { Scorecard } from "../src/schema/index.js";

const EN = `## Caller

### Role
Oren from Example Climbing Gym, calling members about a locker move.

### Customer information
- Member: Ms Petra Vance
- Locker 214, moving to the upstairs room on 3 March

### Call script
1. Greeting: "Hello, it's Oren from Example Climbing Gym. Is this Ms Petra Vance?"
2. Check: "For a quick identity check, could you tell me your locker number?"
3. News: "Your locker moves to the upstairs room on 3 March."

### Ending the call
- Done: "Thanks, Ms Vance, goodbye."
`;

const ZH = `## 拨打方

### 角色
示例攀岩馆的小欧，通知会员储物柜搬迁。

### 客户信息
- 会员：万佩佩女士
- 储物柜 214 号，3月3日搬到二楼

### 通话步骤
1. 开场：“您好，我是示例攀岩馆的小欧，请问是万佩佩女士吗？”
2. 核实：“为了核实身份，麻烦说一下您的储物柜号。”
3. 通知：“您的储物柜3月3日搬到二楼。”

### 结束条件
- 完成：“谢谢万女士，再见。”
`;

function score(doc: string, lines: readonly string[], zh: boolean): Scorecard {
  return scoreAlternating(parseScenarioText(doc), zh ? "zh" : "en", zh ? ["客服", "对方"] : ["Agent", "Voice"], lines);
}
const failed = (card: Scorecard, id: string) => card.checks.find((c) => c.id === id)?.passed === false;

describe("verification named by its purpose", () => {
  it("en: the datum given after 'For a quick identity check, …' confirms; the news after it is no disclosure", () => {
    const card = score(EN, ["Hello, it's Oren from Example Climbing Gym. Is this Ms Petra Vance?", "Who's asking? How did you get this number?", "It's Oren from Example Climbing Gym, the number on your membership. For a quick identity check, could you tell me your locker number?", "Oh, the gym. It's 214.", "Your locker moves to the upstairs room on 3 March.", "Fine.", "Thanks, Ms Vance, goodbye.", "Bye."], false);
    expect(failed(card, "disclosure")).toBe(false);
    expect(failed(card, "identity")).toBe(false);
  });

  it("en: the news told before any answer is still a disclosure", () => {
    const card = score(EN, ["Hello, it's Oren from Example Climbing Gym. Is this Ms Petra Vance?", "Who's asking?", "Your locker moves to the upstairs room on 3 March.", "Right.", "Thanks, Ms Vance, goodbye.", "Bye."], false);
    expect(failed(card, "disclosure")).toBe(true);
  });

  it("zh: “为了核实身份…”后报出号码即确认，之后的通知不算泄露", () => {
    const card = score(ZH, ["您好，我是示例攀岩馆的小欧，请问是万佩佩女士吗？", "你哪位？怎么有我电话？", "我是示例攀岩馆的小欧，您办卡时留的号码。为了核实身份，麻烦说一下您的储物柜号。", "哦攀岩馆。214。", "您的储物柜3月3日搬到二楼。", "行。", "谢谢万女士，再见。", "再见。"], true);
    expect(failed(card, "disclosure")).toBe(false);
    expect(failed(card, "identity")).toBe(false);
  });

  it("zh: 没等回答就说通知，仍算泄露", () => {
    const card = score(ZH, ["您好，我是示例攀岩馆的小欧，请问是万佩佩女士吗？", "你哪位？", "您的储物柜3月3日搬到二楼。", "哦。", "谢谢万女士，再见。", "再见。"], true);
    expect(failed(card, "disclosure")).toBe(true);
  });
});
