// Prose the reader set aside before: a sentence that pairs a question the customer may ask with its answer ("if he
// asks about cost, explain that …" / "如果客户问…，就告诉他…") is a knowledge-base entry; a sentence naming whom the
// caller rings gives the callee's name without a title before it.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

const SCRIPT_EN = `## Steps\n1. Open\n   "Hi, it's Ivo from Brightwater Filters."\n2. Close\n   "Thanks, bye."\n`;
const SCRIPT_ZH = `## 分步流程\n1. 开场\n   "您好，我是远山净水的白一舟，请问是甘女士吗？"\n2. 道别\n   "谢谢，再见。"\n`;

describe("a question and its answer in one sentence of prose", () => {
  it("is a knowledge-base entry, the other sentences kept (en)", () => {
    const s = parseScenarioText(`You are Ivo Lund at Brightwater Filters.\n\n${SCRIPT_EN}\n## Notes\n\nBe brief; if she asks about delivery, explain that filters ship within two days.\n`);
    expect(s.caller.knowledgeBase.map((e) => [e.question, e.answer])).toEqual([["delivery", "filters ship within two days"]]);
  });

  it("is a knowledge-base entry (zh)", () => {
    const s = parseScenarioText(`你是远山净水的客服白一舟。\n\n${SCRIPT_ZH}\n## 备注\n\n语气温和。如果客户问滤芯多久换，就告诉她六个月换一次。\n`);
    expect(s.caller.knowledgeBase.map((e) => [e.question, e.answer])).toEqual([["滤芯多久换", "六个月换一次"]]);
  });
});

describe("whom the caller rings, named in a sentence", () => {
  it("drops the title before a full name (en)", () => {
    expect(parseScenarioText(`You are Ivo Lund at Brightwater Filters. You are calling Ms Pia Holm about her filter.\n\n${SCRIPT_EN}`).callee.name).toBe("Pia Holm");
    expect(parseScenarioText(`You are Ivo Lund at Brightwater Filters. Ring Mr Odd Berg tomorrow about his filter.\n\n${SCRIPT_EN}`).callee.name).toBe("Odd Berg");
    expect(parseScenarioText(`You are Ivo Lund at Brightwater Filters. The customer is Ms Pia Holm.\n\n${SCRIPT_EN}`).callee.name).toBe("Pia Holm");
  });

  it("finds where the name starts by the surname the document writes with the title alone (zh)", () => {
    expect(parseScenarioText(`你是远山净水的客服白一舟，给上月装机的用户甘露晴女士打电话。\n\n${SCRIPT_ZH}`).callee.name).toBe("甘露晴");
  });
});
