// Small documents written inline: each step, Q&A, side-name and identity style reads to exact values.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const OPENING_ZH = "### 开场白\n“您好，我是客服小王。”\n";

function zh(steps: string, extra = ""): string {
  return `## 拨打方\n\n### 角色\n王磊——蓝天科技客服专员。\n\n### 分步流程\n${steps}\n${extra}\n## 接听方\n\n### 角色\n赵六，30岁，工程师。\n`;
}

describe("step styles", () => {
  const expected = [
    { index: 1, title: "开场", lines: ["您好，请问是赵先生吗？"] },
    { index: 2, title: "说明来意", lines: ["这次来电是确认您的订单。"] },
  ];
  const variants: [string, string][] = [
    ["1. with “ ” quotes", "1. 开场\n   - “您好，请问是赵先生吗？”\n2. 说明来意\n   - “这次来电是确认您的订单。”"],
    ["1） with 「」 quotes", "1）开场\n「您好，请问是赵先生吗？」\n2）说明来意\n「这次来电是确认您的订单。」"],
    ["（1） with straight quotes", "（1）开场\n- \"您好，请问是赵先生吗？\"\n（2）说明来意\n- \"这次来电是确认您的订单。\""],
    ["步骤1： unquoted after a dash", "步骤1：开场\n- 您好，请问是赵先生吗？\n步骤2：说明来意\n- 这次来电是确认您的订单。"],
    ["第一步： with the line on the title", "第一步：开场：“您好，请问是赵先生吗？”\n第二步：说明来意：“这次来电是确认您的订单。”"],
    ["**1. title** bold", "**1. 开场**\n- “您好，请问是赵先生吗？”\n\n**2. 说明来意**\n- “这次来电是确认您的订单。”"],
    ["1. **title** bold", "1. **开场**\n   - “您好，请问是赵先生吗？”\n2. **说明来意**\n   - “这次来电是确认您的订单。”"],
    ["#### 步骤1 nested headings", "#### 步骤1 开场\n“您好，请问是赵先生吗？”\n#### 步骤2 说明来意\n“这次来电是确认您的订单。”"],
    ["- bullets without numbers", "- 开场：“您好，请问是赵先生吗？”\n- 说明来意：“这次来电是确认您的订单。”"],
  ];
  for (const [label, steps] of variants) {
    it(`reads steps written as ${label}`, () => {
      const s = parseScenarioText(zh(steps, OPENING_ZH));
      expect(s.caller.steps).toEqual(expected);
      // Step numbering is structure, never a fact.
      expect(s.facts).toEqual([]);
    });
  }

  it("reads Step N: in English, keeps a condition as a branch, prefers quoted text and ignores deeper numbering", () => {
    const text = [
      "## Caller", "### Role", "Ann Lee - agent at Acme.", "### Call flow",
      "Step 1: Greet", "  - \"Hi, this is Ann from Acme.\"", "  - If they are busy: offer to call back.",
      "Step 2 - Explain", "  1. \"First, the plan changes on May 1.\"", "  2. \"Second, nothing else changes.\"",
      "  - Say it slowly: \"The price stays at $20.\"",
    ].join("\n");
    const s = parseScenarioText(text);
    expect(s.caller.steps).toEqual([
      { index: 1, title: "Greet", lines: ["Hi, this is Ann from Acme."], branches: ["If they are busy: offer to call back."] },
      { index: 2, title: "Explain", lines: ["First, the plan changes on May 1.", "Second, nothing else changes.", "The price stays at $20."] },
    ]);
    expect(s.caller.opening).toBeNull();
    expect(s.facts.map((f) => f.text)).toEqual(["May 1", "$20"]);
  });
});

describe("Q&A styles", () => {
  const pairs = [
    { question: "能退款吗？", answer: "7天内可以全额退款。" },
    { question: "多久到账？", answer: "3个工作日内到账。" },
  ];
  const variants: [string, string][] = [
    ["- Q：… A：… on one line", "- Q：能退款吗？ A：7天内可以全额退款。\n- Q：多久到账？ A：3个工作日内到账。"],
    ["Q：/A： on separate lines", "- Q：能退款吗？\n  A：7天内可以全额退款。\n- Q：多久到账？\n  A：3个工作日内到账。"],
    ["问：/答： lines", "问：能退款吗？\n答：7天内可以全额退款。\n\n问：多久到账？\n答：3个工作日内到账。"],
    ["bold **问题1：** with the answer below", "**问题1：能退款吗？**\n7天内可以全额退款。\n**问题2：多久到账？**\n3个工作日内到账。"],
    ["numbered questions with 答：", "1. 能退款吗？\n   答：7天内可以全额退款。\n2. 多久到账？\n   答：3个工作日内到账。"],
    ["a Markdown table", "| 客户问题 | 参考回答 |\n|:---|:---|\n| 能退款吗？ | 7天内可以全额退款。 |\n| 多久到账？ | 3个工作日内到账。 |"],
    ["questions ending in ？ with plain answers", "能退款吗？\n7天内可以全额退款。\n多久到账？\n3个工作日内到账。"],
  ];
  for (const [label, kb] of variants) {
    it(`reads ${label}`, () => {
      const s = parseScenarioText(zh("1. 开场\n- “您好。”", `### 常见问题\n${kb}\n`));
      expect(s.caller.knowledgeBase).toEqual(pairs);
      expect(s.facts.map((f) => f.text)).toEqual(["7天", "3个工作日"]);
    });
  }
});

describe("side and section names", () => {
  const body = (caller: string, callee: string): string =>
    `${caller}\n### 角色\n李雷——远航旅行社客服。\n### 开场白\n“您好。”\n${callee}\n### 角色\n韩梅，25岁，学生。\n### 结束条件\n- 挂断\n`;
  const pairs: [string, string][] = [
    ["## 坐席", "## 客户"], ["## 客服", "## 用户"], ["## 呼出方", "## 被叫方"], ["【拨打方】", "【接听方】"],
    ["## Agent", "## Customer"], ["## Caller (agent)", "## Callee (customer)"], ["一、外呼方", "二、接听方"], ["**电话拨打方**", "**电话接听方**"],
  ];
  for (const [caller, callee] of pairs) {
    it(`tells the sides apart with '${caller}' / '${callee}'`, () => {
      const s = parseScenarioText(body(caller, callee));
      expect(s.caller.name).toBe("李雷");
      expect(s.caller.organization).toBe("远航旅行社");
      expect(s.callee.name).toBe("韩梅");
      expect(s.callee.endConditions).toEqual(["挂断"]);
    });
  }

  it("reads English section synonyms and reply-style labels", () => {
    const text = [
      "## Caller", "### Persona", "Kim Ho, sales rep at Nova Bank.", "### Goal", "Sell the card.", "### Customer profile", "- Age 40",
      "### Script", "1. Hello", "   - \"Hi!\"", "### FAQ", "Q: Fees?", "A: None.", "### Opening", "\"Hi, Kim here.\"",
      "### End conditions", "- Customer says no", "### Closing lines", "- \"Bye now.\"",
      "## Customer", "### Role", "Lee Park, 40, nurse.", "### Background", "- Night shifts", "### Concerns", "- Fees",
      "### Behaviour", "- Short answers", "### Reply style examples", "Negative:", "\"I appreciate your call.\"", "Positive:", "\"Yeah?\"", "\"No thanks.\"",
      "### End conditions", "- Says no twice",
    ].join("\n");
    const s = parseScenarioText(text);
    expect(s.language).toBe("en");
    expect([s.caller.name, s.caller.organization, s.caller.task]).toEqual(["Kim Ho", "Nova Bank", "Sell the card."]);
    expect(s.caller.customerProfile).toEqual(["Age 40"]);
    expect(s.caller.knowledgeBase).toEqual([{ question: "Fees?", answer: "None." }]);
    expect(s.caller.opening).toBe("Hi, Kim here.");
    expect(s.caller.endConditions).toEqual(["Customer says no"]);
    expect(s.caller.closingLines).toEqual(["Bye now."]);
    expect(s.callee).toMatchObject({ name: "Lee Park", background: "Night shifts", concerns: ["Fees"], behaviours: ["Short answers"], endConditions: ["Says no twice"] });
    expect(s.callee.style).toEqual({ positive: ["Yeah?", "No thanks."], negative: ["I appreciate your call."] });
    expect(s.diagnostics).toEqual([]);
  });

  it("splits a combined end section on bold sub-labels, or by quotes when it has none", () => {
    const labelled = parseScenarioText(zh("1. 开场\n- “您好。”", "### 结束条件与结束语\n**结束条件**\n1. 客户同意；\n2. 客户拒绝。\n\n**结束语**\n- “谢谢，再见。”\n"));
    expect(labelled.caller.endConditions).toEqual(["客户同意", "客户拒绝"]);
    expect(labelled.caller.closingLines).toEqual(["谢谢，再见。"]);
    const unlabelled = parseScenarioText(zh("1. 开场\n- “您好。”", "### 结束条件与结束语\n- 客户同意\n- “谢谢，再见。”\n"));
    expect(unlabelled.caller.endConditions).toEqual(["客户同意"]);
    expect(unlabelled.caller.closingLines).toEqual(["谢谢，再见。"]);
  });
});

describe("names and organizations", () => {
  const roleOf = (role: string): { name: string; organization: string | null } => {
    const s = parseScenarioText(`## 拨打方\n### 角色\n${role}\n### 开场白\n“您好。”\n`);
    return { name: s.caller.name, organization: s.caller.organization };
  };
  it.each([
    ["李明——长江公司客户服务回访员", "李明", "长江公司"],
    ["Daniel Okafor — Senior Customer Success Manager at Cobaltix, the vendor.", "Daniel Okafor", "Cobaltix"],
    ["你是李明，长江公司的客服专员。", "李明", "长江公司"],
    ["You are Maria Lopez, a coordinator at BrightSmile Dental.", "Maria Lopez", "BrightSmile Dental"],
    ["- 姓名：王五\n- 公司：蓝天科技\n- 职位：顾问", "王五", "蓝天科技"],
    ["**周静**，女，入行6年的回访专员。", "周静", null],
    ["一位耐心的回访专员。", "", null],
  ])("reads %j", (role, name, organization) => {
    expect(roleOf(role)).toEqual({ name, organization });
  });

  it("takes the first of several quoted opening alternatives", () => {
    const s = parseScenarioText("## 拨打方\n### 角色\n李明——长江公司客服\n### 开场白\n- “您好，我是李明。”\n- “喂，您好，这里是长江公司。”\n");
    expect(s.caller.opening).toBe("您好，我是李明。");
  });

  it("reads CRLF line ends, a BOM and full-width colons", () => {
    const s = parseScenarioText("\uFEFF## 拨打方\r\n### 角色\r\n李明——长江公司客服\r\n### 核心任务：\r\n回访\r\n### 开场白\r\n“您好。”\r\n### 常见问题\r\n问：几点下班？\r\n答：晚上6点。\r\n");
    expect(s.caller.task).toBe("回访");
    expect(s.caller.knowledgeBase).toEqual([{ question: "几点下班？", answer: "晚上6点。" }]);
    expect(s.facts.map((f) => [f.text, f.line])).toEqual([["6点", 10]]);
  });
});

describe("facts", () => {
  it("skip label and list numbers but keep times and figures next to them", () => {
    const s = parseScenarioText([
      "## Caller", "### Role", "Bo Li, agent at Zed.", "### Steps", "1. Book", "   - \"We have a 9:30 slot on 2025-03-02.\"",
      "### FAQ", "Q1: Is it 2 hours?", "A1: No, 45 minutes.", "| 1 | Cost? | $30 |",
    ].join("\n"));
    expect(s.facts.map((f) => [f.text, f.value, f.unit, f.line])).toEqual([
      ["9:30", null, "time", 6], ["2025-03-02", null, "date", 6], ["2 hours", 2, "hours", 8], ["45 minutes", 45, "minutes", 9], ["$30", 30, "$", 10],
    ]);
  });
});

describe("headings that look like sections but are not", () => {
  it("keeps numbered step headings at the script's level inside the script", () => {
    const s = parseScenarioText("## 拨打方\n### 角色\n李明——长江公司客服\n### 分步流程\n### 步骤一：开场\n“您好。”\n### 步骤二：结束语\n“再见。”\n### 开场白\n“您好，我是李明。”\n");
    expect(s.caller.steps).toEqual([
      { index: 1, title: "开场", lines: ["您好。"] },
      { index: 2, title: "结束语", lines: ["再见。"] },
    ]);
    expect(s.caller.opening).toBe("您好，我是李明。");
  });

  it("does not take a '角色：' label for the name", () => {
    const s = parseScenarioText("## 拨打方\n### 角色\n角色：李明——长江公司客服\n### 开场白\n“您好。”\n## 接听方\n### Role\nRole: Priya Raman, 39, IT manager.\n");
    expect([s.caller.name, s.caller.organization, s.callee.name]).toEqual(["李明", "长江公司", "Priya Raman"]);
  });
});

describe("a script written as a table", () => {
  it("reads one step per row, skipping the number column", () => {
    const s = parseScenarioText(zh("| 序号 | 环节 | 话术 |\n|---|---|---|\n| 1 | 开场 | “您好，请问是赵先生吗？” |\n| 2 | 说明来意 | “这次来电是确认您的订单。”<br>“大概需要2分钟。” |"));
    expect(s.caller.steps).toEqual([
      { index: 1, title: "开场", lines: ["您好，请问是赵先生吗？"] },
      { index: 2, title: "说明来意", lines: ["这次来电是确认您的订单。", "大概需要2分钟。"] },
    ]);
    expect(s.facts.map((f) => f.text)).toEqual(["2分钟"]);
  });
});

describe("inline labels, nested sub-headings and emoji labels", () => {
  it("reads **label**：content lines, #### sub-headings in a combined end section and ✅/❌ style labels", () => {
    const s = parseScenarioText([
      "## 电话拨打方", "**角色**：李明——长江公司客服", "**开场白**：“您好，我是李明。”", "### 分步流程", "1. 开场：“您好。”", "2. 介绍：“我们有新服务。”",
      "### 结束条件与结束语", "#### 结束条件", "- 客户挂断", "#### 结束语", "- “再见。”",
      "## 电话接听方", "### 角色", "张三，40岁", "### 回复风格示例", "✅ 正面示例：", "- 喂？哪位？", "❌ 反面示例：", "- 您好，很高兴接到您的电话。",
    ].join("\n"));
    expect([s.caller.name, s.caller.organization, s.caller.opening]).toEqual(["李明", "长江公司", "您好，我是李明。"]);
    expect(s.caller.steps).toEqual([{ index: 1, title: "开场", lines: ["您好。"] }, { index: 2, title: "介绍", lines: ["我们有新服务。"] }]);
    expect([s.caller.endConditions, s.caller.closingLines]).toEqual([["客户挂断"], ["再见。"]]);
    expect(s.callee.style).toEqual({ positive: ["喂？哪位？"], negative: ["您好，很高兴接到您的电话。"] });
  });
});

describe("text before the sides", () => {
  it("keeps a description under the title as an extra section", () => {
    const s = parseScenarioText("# 宽带回访\n本场景模拟一次故障后的回访。\n\n## 拨打方\n### 开场白\n“您好。”\n");
    expect(s.title).toBe("宽带回访");
    expect(s.caller.extraSections).toEqual([{ title: "宽带回访", body: "本场景模拟一次故障后的回访。" }]);
  });
});
