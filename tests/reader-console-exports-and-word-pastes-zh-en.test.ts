// Two layouts real teams hand over, read from their structure (invented documents, zh and en):
// - a voice-agent console export: "**First message:**" as the opening, a table of `{{variables}}` filled in where the
//   prompt uses them, the call's order as a numbered list under "## Goal", a retired item struck through with a note
//   on why that runs on to the next line;
// - a 话术 pasted from a word processor: every body indented two spaces under "一、…" titles framed by "====", steps
//   "第N步" under "四、主流程" followed by "五、…" (the next section, not a step), a struck-through step with its note,
//   an opening section with ■ rules quoting what not to say, closings as "【ending】 “…”", a step titled
//   "结束 —— 用…那句。" (a name and how, nothing said).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const CONSOLE = `<!-- Exported from the agent console · project "Outbound" -->
# Agent: Meter swaps — Harbourline Water

**First message:** "Hello, this is Tomas from Harbourline Water. Am I speaking with {{customer_name}}?"
**Voice:** en-GB

| variable | value |
| --- | --- |
| \`{{customer_name}}\` | Mr Ravi Osei |
| \`{{slot_note}}\` | mornings only |

## Personality

You are Tomas, a scheduler for Harbourline Water. You are calm and brief.

## Goal

Book the meter swap, in this order:

1. **Greet** with the first message and find out who you are speaking to.
2. **Check** the postcode before any detail: "Could you confirm your postcode for me?"
3. **Explain**: "Your old meter is due for a swap; it takes about forty minutes."
4. **Offer** the dates: Monday or Wednesday, {{slot_note}}.
5. **Close** with the matching line from the endings.

~~6. Offer the leak-check add-on to everyone.~~ *Withdrawn in spring by the
team lead: do not bring it up.*

## Knowledge base

| they might ask | answer |
| --- | --- |
| Will the water be off? | For about forty minutes while the meter is swapped. |
| Does it cost anything? | No, the swap is free. |

## Endings

| situation | say exactly |
| --- | --- |
| booked | "Lovely, that's booked. Goodbye." |
| wrong person | "Sorry, wrong number. Goodbye." |

---

# Tester persona (simulation only)

## Persona
Ravi Osei, 64, retired ferry engineer.

## Concerns
- Whether the water will be off for long.

## End the call when
A date is booked.
`;

const WORD = `澄湖物业（东区服务中心）
外呼话术 · 供暖报修回访

================================================================
一、客户信息（本通电话）
================================================================
  外呼人      ：客服 小顾，澄湖物业东区服务中心
  业主        ：钱立新 钱先生
  房号        ：7 栋 1202

================================================================
二、开场白
================================================================
  “您好，我是澄湖物业东区服务中心的小顾，请问是7栋1202的钱先生吗？”

  ■ 开场必须说清公司和自己是谁。不要一上来就“喂，钱先生是吧”。
  ■ 接电话的不是钱先生本人 → 先问“请问您是哪位？”。

================================================================
三、主流程
================================================================
  第1步  说明来意
         “上周您报修的暖气不热，师傅已经上门处理过了，想跟您确认一下效果。”

  ~~第2步  推荐保养：“我们有一个暖气年度保养套餐……”~~
  （已停用：回访时不推荐任何套餐。）

  第2步  确认效果
         “现在屋里温度怎么样？暖气都热了吗？”

  第3步  满意度
         “这次维修您满意吗？1到5分您打几分？”

  第4步  结束 —— 用五、结束语里对应的那句。

================================================================
四、异常处理
================================================================
  1. 业主说在忙 → 约回电时间，用【业主忙】。
  2. 家人接的 → 只留言，用【留言】。

================================================================
五、结束语
================================================================
  【已确认】   “好的钱先生，那就不打扰您了，有问题随时找物业，再见！”
  【业主忙】   “那不打扰您了，我晚点再给您打过来，再见。”
  【留言】     “麻烦您转告钱先生，方便时回个电话给物业，谢谢，再见。”
`;

describe("a voice-agent console export (en)", () => {
  const scenario = parseScenarioText(CONSOLE, { id: "console" });
  const caller = scenario.caller;

  it("takes the first message as the opening, with its variable filled in", () => {
    expect(caller.opening).toBe("Hello, this is Tomas from Harbourline Water. Am I speaking with Mr Ravi Osei?");
  });

  it("reads the numbered list under the goal as the script, and leaves the struck item and its note out", () => {
    expect(caller.steps.map((s) => s.title)).toEqual(["Greet", "Check", "Explain", "Offer", "Close"]);
    expect(JSON.stringify({ ...scenario, diagnostics: [] })).not.toMatch(/leak-check|Withdrawn|bring it up/u);
    expect(scenario.diagnostics.some((d) => d.message.includes("struck-through"))).toBe(true);
  });

  it("fills a variable inside a step and keeps the persona on the callee side", () => {
    expect(JSON.stringify(caller.steps)).toContain("mornings only");
    expect(JSON.stringify(caller.steps)).not.toContain("{{");
    expect(scenario.callee.name).toBe("Ravi Osei");
    expect(caller.knowledgeBase).toHaveLength(2);
  });
});

describe("a 话术 pasted from a word processor (zh)", () => {
  const scenario = parseScenarioText(WORD, { id: "word" });
  const caller = scenario.caller;

  it("reads the indented steps, leaving the struck step and the next numbered section out of the script", () => {
    expect(caller.steps.map((s) => s.title)).toEqual(["说明来意", "确认效果", "满意度", "结束"]);
    expect(JSON.stringify(caller.steps)).not.toMatch(/保养|异常处理/u);
  });

  it("says nothing for a step named with how it is done", () => {
    const last = caller.steps[3];
    expect(last?.lines).toEqual([]);
    expect(last?.instructions ?? []).toContain("用五、结束语里对应的那句。");
  });

  it("takes the quoted line on its own as the opening, not a line a rule says not to use", () => {
    expect(caller.opening).toBe("您好，我是澄湖物业东区服务中心的小顾，请问是7栋1202的钱先生吗？");
  });

  it("pairs each bracketed ending with its closing line", () => {
    expect(caller.endConditions).toEqual(["已确认", "业主忙", "留言"]);
    expect(caller.closingLines).toHaveLength(3);
    expect(caller.closingLines[1]).toBe("那不打扰您了，我晚点再给您打过来，再见。");
  });

  it("reads the padded 'label ：value' fields of the customer record", () => {
    expect(caller.customerProfile.join("\n")).toContain("钱立新");
    expect(caller.customerProfile.join("\n")).not.toMatch(/^：/mu);
  });
});

// A team's own YAML config: closings keyed by a program's ending names ("identity_fail" recalls no part of its own).
const CONFIG = `caller:
  org: 北岸社区服务中心
  name: 陆琳
steps:
  - name: 开场
    say: 您好，我是北岸社区服务中心的陆琳，请问是何先生吗？
  - name: 说明
    say: 您报名的防诈讲座改到周五下午三点，在二楼活动室。
closings:
  booked: 好的何先生，那周五下午三点见，再见。
  identity_fail: 不好意思，信息对不上，我这边不能继续说了，再见。
  callback: 好的，不打扰您了，我晚点再打过来，再见。
`;

// An agent export with its test suite's simulated customer after the agent, and the first message as a key.
const EXPORT = JSON.stringify({
  assistant: {
    name: "Rota reminder",
    firstMessage: "Hi, it's Noor from Ashgrove Library. Is that Mr Idris Bello?",
    model: { systemPrompt: "You are Noor, a volunteer coordinator at Ashgrove Library. Confirm the Saturday shift." },
    script: { steps: [{ name: "Confirm", say: "Can you still do Saturday from ten till one?" }, { name: "Close", say: "Thanks, see you Saturday." }] },
    knowledgeBase: { faqs: [{ question: "Is there parking?", answer: "Yes, behind the library, free on Saturdays." }, { question: "Do I need a badge?", answer: "Your badge is at the front desk." }] },
  },
  testSuite: {
    simulatedCustomer: {
      persona: "Idris Bello, 70, retired postman who volunteers on Saturdays.",
      concerns: "Whether he can park close to the door.",
      behaviours: "Asks about parking, then confirms the shift.",
    },
  },
});

describe("structured exports (zh YAML, en JSON)", () => {
  it("keeps every keyed closing, a snake_case key too", async () => {
    const { loadStructured } = await import("../src/scenario/load-structured.js");
    const { scenario } = loadStructured(CONFIG, ".yaml", "config.yaml");
    expect(scenario.caller.closingLines).toHaveLength(3);
    expect(scenario.caller.closingLines[1]).toBe("不好意思，信息对不上，我这边不能继续说了，再见。");
  });

  it("reads the first message as the opening, and the simulated customer (after the agent) as the callee only", async () => {
    const { loadStructured } = await import("../src/scenario/load-structured.js");
    const { scenario } = loadStructured(EXPORT, ".json", "export.json");
    expect(scenario.caller.opening).toBe("Hi, it's Noor from Ashgrove Library. Is that Mr Idris Bello?");
    expect(scenario.caller.knowledgeBase).toHaveLength(2);
    expect(scenario.callee.concerns.join(" ")).toContain("park");
  });
});
