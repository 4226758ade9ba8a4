// "Q 要多久？→ 一小时": a question marked by a bare Q, the answer after an arrow, under a lead-in the reader does not
// know: the lines are question-and-answer pairs of the knowledge base.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const zh = (qa: string[]): string => ["## 通话流程", "1. 问好", "2. 确认时间", "", "被问到再回答：", ...qa].join("\n");
const en = (qa: string[]): string => ["## Call flow", "1. Greet", "2. Confirm the time", "", "Only if asked:", ...qa].join("\n");

describe("bare Q lines with an arrow to the answer", () => {
  it("reads them as knowledge-base pairs (zh)", () => {
    const s = parseScenarioText(zh(["Q 要多长时间？→ 大约一小时", "Q 收费吗？→ 不收费"]), { id: "q-zh" });
    expect(s.caller.knowledgeBase.map((e) => [e.question, e.answer])).toEqual([["要多长时间？", "大约一小时"], ["收费吗？", "不收费"]]);
  });

  it("reads them as knowledge-base pairs (en)", () => {
    const s = parseScenarioText(en(["Q How long does it take? -> About an hour", "Q Is there a charge? -> No charge"]), { id: "q-en" });
    expect(s.caller.knowledgeBase.map((e) => [e.question, e.answer])).toEqual([["How long does it take?", "About an hour"], ["Is there a charge?", "No charge"]]);
  });
});
