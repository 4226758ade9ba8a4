// A question answered by a later script sentence that states something and then asks ("…, we can swap it for a
// plastic one, shall we?") gets that sentence's statement, not "I don't know"; when the step comes the caller asks only
// the clause it has not said. Invented documents, zh and en.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { runCall } from "../src/call/index.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import { leftToAsk, statementAnswer } from "../src/seats/rule/asking-step-answer.js";
import { packFor } from "../src/lang/index.js";
import { ScriptedSeat } from "./fixtures/call-scenario.js";

const ZH = `## 主叫方

### 角色
陆青，星河玩具店客服。

### 话术
1. "您好，我是星河玩具店的陆青，请问是邓先生吗？"
2. "您订的积木套装明天发货，跟您确认两个细节。"
3. "明天用快递发出，后天就能到。"
4. "您订单备注孩子三岁，这套积木里有玻璃珠配件，我们可以免费换成木珠配件，您看需要换吗？"
5. "好的，明天发货后会短信通知您，再见。"
`;

const EN = `## Caller

### Role
Nell Ward, support at Brightwood Toys.

### Script
1. "Hi, this is Nell from Brightwood Toys. Is that Mr Dunne?"
2. "Your building-block set ships tomorrow and I'd like to check two details."
3. "It goes out by courier tomorrow and arrives the day after."
4. "Your order notes say your son is three, the set has small glass beads in it, we can swap them for wooden beads at no cost, would you like that?"
5. "Great, you'll get a text when it ships. Bye."
`;

const CASES = [
  { language: "zh", document: ZH, lines: ["对，是我。", "孩子太小，会不会有什么危险？", "好的。", "需要换。", "好，再见。"], statement: /玻璃珠配件，我们可以免费换成木珠配件/, ask: "您看需要换吗？" },
  { language: "en", document: EN, lines: ["Yes, speaking.", "He's very small, is there anything dangerous in the beads set?", "Okay.", "Yes please.", "Bye."], statement: /glass beads in it, we can swap them for wooden beads/i, ask: "Would you like that?" },
] as const;

describe("a question answered by an asking step's statement", () => {
  for (const c of CASES) {
    it(`${c.language}: the statement answers; the step then asks only its last clause`, async () => {
      const scenario = parseScenarioText(c.document);
      const callee = new ScriptedSeat("callee", c.lines.map((text) => ({ text })));
      const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee, maxTurns: 12 });
      const callerLines = record.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
      const answer = callerLines.find((line) => c.statement.test(line)) ?? "";
      expect(answer).not.toBe("");
      expect(packFor(c.language).caller.unknown.some((u) => answer.includes(u.slice(0, 10)))).toBe(false);
      expect(callerLines.filter((line) => c.statement.test(line))).toHaveLength(1);
      expect(callerLines.some((line) => line.includes(c.ask))).toBe(true);
    });
  }

  it("a sentence that only asks, or states too little before it asks, gives no statement", () => {
    expect(statementAnswer("您看需要换吗？", packFor("zh"))).toBeNull();
    expect(statementAnswer("好的，您看呢？", packFor("zh"))).toBeNull();
    expect(statementAnswer("So, shall we?", packFor("en"))).toBeNull();
    expect(leftToAsk("Your set has glass beads in it, we can swap them for wooden ones, shall we?", ["To be clear: Your set has glass beads in it, we can swap them for wooden ones."], packFor("en"))).toBe("Shall we?");
  });
});
