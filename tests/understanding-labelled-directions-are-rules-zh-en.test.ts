// A profile line that is a direction to the caller under a label ("IDENTITY - ask for the postcode…", "Scam worries:
// tell her…", "家人接电话的：只留话…") is a rule of the call: ranked so a question it matches best gets no answer,
// never read out as a fact. The plain fact beside it still answers. Invented documents, zh and en.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { answerSource } from "../src/seats/rule/answer-source.js";

const EN = `## Caller

### Role
Nia Webb, office at Kestrel Drain Care.

### Customer profile
- Account: KD-4410, drain survey booked for 9 January
- Drains: 110 mm clay pipe, last cleared in March 2021
- IDENTITY - ask for the postcode or the account number before anything about the survey
- Scam worries: tell her to hang up and ring the office back

### Script
1. "Hi, it's Nia from Kestrel Drain Care. Is that Mrs Ola Brandt?"
2. "Your drain survey is booked for the 9th of January. Does that still suit?"
`;

const ZH = `## 主叫方

### 角色
许晴，清源管道疏通客服。

### 客户资料
- 账户：QY-4410，1月9日上门检测管道
- 家人接电话的：只留话，请吴女士回电，不说检测的事
- 怀疑是骗子的 → 请她挂断后打门店电话核实

### 话术
1. "您好，我是清源管道的小许，请问是吴秋萍女士吗？"
2. "您家的管道检测约在1月9日，这个时间还可以吗？"
`;

const CASES = [
  { language: "en", document: EN, rule: "should I ring the office back", fact: "when were my drains last cleared", factText: "March 2021" },
  { language: "zh", document: ZH, rule: "门店电话多少 我挂了打过去核实", fact: "我的账户号是多少来着", factText: "QY-4410" },
];

describe.each(CASES)("a labelled direction in the profile ($language)", (c) => {
  const plan = callerPlan(callerView(parseScenarioText(c.document)));
  it("is a rule: the question it matches gets no fact read out", () => {
    expect(answerSource(plan, c.rule)).toEqual({ kind: "none" });
  });
  it("the plain fact beside it still answers", () => {
    const got = answerSource(plan, c.fact);
    expect(got.kind === "fact" ? got.text : "").toContain(c.factText);
  });
});
