// A customer telling a story ("and I said mate, I've got work to do", "然后我说是你们自己的事") reports what they said
// to someone else; it does not correct the caller. A real correction ("I said Tuesday") still makes the statement
// before it a false claim. Documents invented for this test.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { scoreAlternating } from "./fixtures/eval/alternating-call.js";
import type { Scorecard } from "../src/schema/index.js";

const EN = `## Caller

### Role
Ivo from Example Bike Repairs, calling about a repaired bike.

### Call script
1. Greeting: "Hello, it's Ivo from Example Bike Repairs. Am I speaking with Ms Petra Vance?"
2. Pickup: "Your bike is ready to collect from Thursday."
3. Time: "Would you rather come in the morning or after work?"

### Ending the call
- Done: "Great, see you then. Goodbye."
`;

const ZH = `## 拨打方

### 角色
示例单车维修的小伊，通知客户车已修好。

### 通话步骤
1. 开场：“您好，我是示例单车维修的小伊，请问是万佩佩女士吗？”
2. 取车：“您的车修好了，周四起可以来取。”
3. 时间：“您上午来还是下班后来？”

### 结束条件
- 完成：“好的，到时见，再见。”
`;

function score(doc: string, lines: readonly string[], zh: boolean): Scorecard {
  return scoreAlternating(parseScenarioText(doc), zh ? "zh" : "en", zh ? ["客服", "对方"] : ["Agent", "Voice"], lines);
}
const falseClaim = (card: Scorecard) => card.checks.find((c) => c.id === "false-claim");

describe("false-claim: a story the customer tells is no correction", () => {
  it("en: 'and I said mate, …' in a rambling reply leaves the statement before it standing", () => {
    const card = score(EN, ["Hello, it's Ivo from Example Bike Repairs. Am I speaking with Ms Petra Vance?", "Yes.", "Your bike is ready to collect from Thursday.", "go on. the courier was an hour late today and i said mate, i've got a shop to run", "Would you rather come in the morning or after work?", "Morning.", "Great, see you then. Goodbye.", "Bye."], false);
    expect(falseClaim(card)?.passed).toBe(true);
  });

  it("en: 'I said the morning' right after a read-back still marks it false", () => {
    const card = score(EN, ["Hello, it's Ivo from Example Bike Repairs. Am I speaking with Ms Petra Vance?", "Yes.", "Your bike is ready to collect from Thursday.", "Good.", "Would you rather come in the morning or after work?", "Morning.", "So after work it is.", "No, I said the morning.", "Great, see you then. Goodbye.", "Bye."], false);
    expect(falseClaim(card)?.turns).toEqual([6]);
  });

  it("zh: 顾客讲经过（“然后我说是你们自己的事”）不算纠正客服", () => {
    const card = score(ZH, ["您好，我是示例单车维修的小伊，请问是万佩佩女士吗？", "是我。", "您的车修好了，周四起可以来取。", "行。今天快递迟到一小时，然后我说是你们自己的事，别找我。", "您上午来还是下班后来？", "上午。", "好的，到时见，再见。", "再见。"], true);
    expect(falseClaim(card)?.passed).toBe(true);
  });

  it("zh: 复述错了、顾客当即说“我说的是上午”，仍记虚假陈述", () => {
    const card = score(ZH, ["您好，我是示例单车维修的小伊，请问是万佩佩女士吗？", "是我。", "您的车修好了，周四起可以来取。", "行。", "您上午来还是下班后来？", "上午。", "好的，那就下班后来。", "不对，我说的是上午。", "好的，到时见，再见。", "再见。"], true);
    expect(falseClaim(card)?.turns).toEqual([6]);
  });
});
