// Layout families the reader ignored before: step numbers in other glyphs (❷, 贰、, Ⅲ, 2/3), YAML front matter,
// emoji before a speaker label in objection pairs, <br>-split cells of a persona table, numbered headings with a
// quoted line each under a heading the reader does not know, rich-text HTML (<p>, <li><br>, <dl>), script tables
// whose rows continue a step, two-language YAML keys, timestamped transcripts, short end conditions, OpenAI content
// parts and a Pipecat tts_say pre-action. Documents written for this test.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";
import { plainStepNumber } from "../src/scenario/number-glyphs.js";
import { readPersonaDraft } from "../src/scenario/read-markdown.js";
import { importPlatform } from "../src/import/index.js";

describe("step numbers in other glyphs", () => {
  it("reads dingbat, formal Chinese, Roman and fraction numbers as plain ones", () => {
    expect(plainStepNumber("❷ 核对地址")).toBe("② 核对地址");
    expect(plainStepNumber("贰、核对地址")).toBe("二、核对地址");
    expect(plainStepNumber("Ⅲ. Confirm")).toBe("3. Confirm");
    expect(plainStepNumber("Ⅱ 提续卡：“…”")).toBe("2. 提续卡：“…”");
    expect(plainStepNumber("2/3 Confirm")).toBe("2. Confirm");
    expect(plainStepNumber("贰拾块钱")).toBe("贰拾块钱");
    expect(plainStepNumber("5/3 is no step")).toBe("5/3 is no step");
  });

  it("a script numbered 壹、贰、叁 has its steps", () => {
    const doc = [
      "你是晴川家政的回访专员，名字叫许安。",
      "",
      "## 通话步骤",
      "",
      "壹、问候",
      "“您好，我是晴川家政的许安。”",
      "",
      "贰、了解满意度",
      "“上次保洁您还满意吗？”",
      "若客户不满意，则记下原因。",
      "",
      "叁、道别",
      "“谢谢您，再见。”",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["问候", "了解满意度", "道别"]);
    expect(s.caller.steps[1]?.branches).toHaveLength(1);
  });
});

describe("front matter", () => {
  const doc = [
    "---",
    "title: Boiler service reminder",
    "owner: ops team",
    "agent: Priya Shah",
    "company: Warmway Heating",
    "---",
    "",
    "# Boiler service reminder",
    "",
    "## Script",
    "",
    "1. Greet: \"Hello, it's Priya.\"",
    "2. Offer: \"Your boiler is due its yearly service; shall I book it?\"",
  ].join("\n");

  it("is metadata, not a section or a profile, and may state the identity", () => {
    const s = parseScenarioText(doc);
    expect(s.caller.customerProfile).toEqual([]);
    expect(s.caller.steps).toHaveLength(2);
    expect(s.caller.name).toBe("Priya Shah");
    expect(s.caller.organization).toBe("Warmway Heating");
    expect(s.caller.extraSections.map((x) => x.title)).toContain("front matter");
  });
});

describe("emoji-marked objection pairs", () => {
  it("'⚠️ 客户：“…”' over '✅ 回应：“…”' is one objection", () => {
    const doc = [
      "你是晴川家政的回访专员，名字叫许安。",
      "",
      "## 通话步骤",
      "",
      "1. “您好，我是晴川家政的许安。”",
      "2. “上次保洁您还满意吗？”",
      "",
      "## 异议应对",
      "",
      "⚠️ 客户：“太贵了。”",
      "✅ 回应：“这次有老客户折扣。”",
    ].join("\n");
    const kb = parseScenarioText(doc).caller.knowledgeBase;
    expect(kb).toEqual([{ question: "太贵了。", answer: "这次有老客户折扣。", kind: "objection" }]);
  });
});

describe("numbered headings under an unknown heading", () => {
  it("each holding a quoted line, they are the script", () => {
    const doc = [
      "# 回访",
      "",
      "你是晴川家政的回访专员，名字叫许安。",
      "",
      "### 电话",
      "",
      "###### 一、问候",
      "",
      "「您好，我是晴川家政的许安。」",
      "",
      "###### 二、道别",
      "",
      "「谢谢您，再见。」",
    ].join("\n");
    expect(parseScenarioText(doc).caller.steps.map((s) => s.lines)).toEqual([["您好，我是晴川家政的许安。"], ["谢谢您，再见。"]]);
  });
});

describe("a persona table with <br> in its cells", () => {
  it("reads each cell line as an item of the row's part", () => {
    const persona = [
      "| 项目 | 内容 |",
      "|---|---|",
      "| 你是谁 | 贺明，40 岁，开面馆 |",
      "| 你担心的 | 1. 价格<br>2. 时间 |",
      "| 什么时候挂 | 1. 约好了<br>2. 店里来客人 |",
    ].join("\n");
    const callee = readPersonaDraft(persona, () => undefined, []);
    expect(callee.name).toBe("贺明");
    expect(callee.concerns).toEqual(["价格", "时间"]);
    expect(callee.endConditions).toEqual(["约好了", "店里来客人"]);
  });
});

describe("rich-text HTML export", () => {
  it("reads <p> paragraphs, <li> items with <br> lines under them and a <dl> of questions", () => {
    const doc = [
      "# Ceramics taster follow-up",
      "",
      "<p><b>Who you are:</b> You are Jo from Kiln Corner, a pottery studio.</p>",
      "",
      "<p><b>Call flow:</b></p>",
      "<ol>",
      "  <li><b>Pick-up</b><br>\"Your bowl is out of the kiln.\"</li>",
      "  <li><b>Offer</b><br>\"Would you like the eight-week course?\"<br><i>If they say it is too dear, mention the taster credit.</i></li>",
      "</ol>",
      "",
      "<p><b>FAQ:</b></p>",
      "<dl>",
      "  <dt>Is the glaze food safe?</dt>",
      "  <dd>Yes, every glaze we use is.</dd>",
      "</dl>",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect(s.caller.steps.map((step) => step.lines)).toEqual([["Your bowl is out of the kiln."], ["Would you like the eight-week course?"]]);
    expect(s.caller.steps[1]?.branches).toHaveLength(1);
    expect(s.caller.knowledgeBase).toEqual([{ question: "Is the glaze food safe?", answer: "Yes, every glaze we use is." }]);
  });
});

describe("a script table whose rows continue a step", () => {
  it("an empty step cell continues the step above; a kind column only labels the row", () => {
    const doc = [
      "你是晴川家政的回访专员，名字叫许安。",
      "",
      "## 通话脚本",
      "",
      "| 环节 | 类型 | 内容 |",
      "|---|---|---|",
      "| 1 问候 | 话术 | “您好，我是晴川家政的许安。” |",
      "| | 分支 | 若客户在忙，则约个时间再打 |",
      "| | 提示 | 语气放慢 |",
      "| 2 道别 | 话术 | “谢谢您，再见。” |",
    ].join("\n");
    const steps = parseScenarioText(doc).caller.steps;
    expect(steps).toHaveLength(2);
    expect(steps[0]?.lines).toEqual(["您好，我是晴川家政的许安。"]);
    expect(steps[0]?.branches).toEqual(["若客户在忙，则约个时间再打"]);
    expect(steps[0]?.instructions).toEqual(["语气放慢"]);
  });
});

describe("a fenced configuration with two-language keys", () => {
  it("reads 'say话术' and 'if分支' by their Latin half", () => {
    const doc = [
      "# 配置",
      "",
      "```yaml",
      "agent坐席:",
      "  name姓名: 许安",
      "  org机构: 晴川家政（南城）有限公司",
      "opening开场白: \"您好，我是晴川家政的许安。\"",
      "steps步骤:",
      "  - title标题: 问满意度",
      "    say话术: \"上次保洁您还满意吗？\"",
      "    if分支: 若客户不满意，则记下原因",
      "  - title标题: 道别",
      "    say话术: |",
      "      \"谢谢您，再见。\"",
      "```",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect(s.caller.name).toBe("许安");
    expect(s.caller.organization).toBe("晴川家政（南城）有限公司");
    expect(s.caller.steps.map((step) => step.lines)).toEqual([["上次保洁您还满意吗？"], ["谢谢您，再见。"]]);
    expect(s.caller.steps[0]?.branches).toHaveLength(1);
  });
});

describe("a timestamped sample transcript and short end conditions", () => {
  it("reads '[00:04] 客户：…' as the customer's line and '约好了：“…”' as a condition with its closing", () => {
    const doc = [
      "# Role",
      "",
      "你是晴川家政的回访客服 Amy，中文名许安。",
      "",
      "# Flow",
      "",
      "1. 问候：“您好，我是晴川家政的许安。”",
      "2. 满意度：“上次保洁您还满意吗？”",
      "",
      "# Sample call",
      "",
      "```",
      "[00:01] 坐席：您好 我是晴川家政的许安",
      "[00:03] 客户：哦 你好",
      "```",
      "",
      "# Ending",
      "",
      "- 约好了：“好的，到时候见。”",
      "- 没空：“那不打扰了，再见。”",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect(s.caller.name).toBe("许安");
    expect(s.caller.exampleLines).toEqual(["您好 我是晴川家政的许安"]);
    expect(s.caller.endConditions).toEqual(["约好了", "没空"]);
    expect(s.caller.closingLines).toHaveLength(2);
  });
});

describe("platform exports", () => {
  it("an OpenAI system message whose content is an array of text parts is read whole", () => {
    const data = {
      messages: [{ role: "system", content: [
        { type: "text", text: "You are Jo from Kiln Corner." },
        { type: "text", text: "Steps:\n1. Greet: \"Hello, it's Jo from Kiln Corner.\"\n2. Offer: \"Would you like the course?\"" },
      ] }],
    };
    const reading = importPlatform(data, "prompt.json");
    expect(reading?.scenario.caller.steps).toHaveLength(2);
  });

  it("a Pipecat first node's tts_say pre-action is the opening", () => {
    const data = {
      initial_node: "greet",
      nodes: {
        greet: {
          role_messages: [{ role: "system", content: "You are Jo from Kiln Corner." }],
          task_messages: [{ role: "system", content: "Ask whether the bowl was collected. Say: \"Did you get your bowl?\"" }],
          pre_actions: [{ type: "tts_say", text: "Hello, it's Jo from Kiln Corner." }],
        },
      },
    };
    expect(importPlatform(data, "flow.json")?.scenario.caller.opening).toBe("Hello, it's Jo from Kiln Corner.");
  });
});

describe("endings and time lines", () => {
  it("a section titled by a condition, holding only a quoted line after the script, is that ending's closing", () => {
    const doc = [
      "ROLE",
      "You are Sam from Hillside Bakes. You call customers whose bread subscription is paused.",
      "",
      "STEPS",
      "1. Ask: \"What made you pause?\"",
      "2. Offer: \"Shall I restart it next week?\"",
      "",
      "IF THEY DECLINE",
      "\"No problem, I'll leave it paused. Bye for now!\"",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect(s.caller.closingLines).toEqual(["No problem, I'll leave it paused. Bye for now!"]);
    expect(s.caller.endConditions).toEqual(["IF THEY DECLINE"]);
  });

  it("a time line's first and last slots named as opening and close are the opening and closing", () => {
    const doc = [
      "你是晴川家政的回访专员，名字叫许安。",
      "",
      "### 时间轴",
      "",
      "**00:00–00:20 开场**",
      "“您好，我是晴川家政的许安。”",
      "",
      "**00:20–01:00 满意度**",
      "- 说：“上次保洁您还满意吗？”",
      "",
      "**01:00–02:00 预约**",
      "- 说：“下次还约周六吗？”",
      "",
      "**02:00–02:30 收尾**",
      "“谢谢您，再见。”",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect(s.caller.opening).toBe("您好，我是晴川家政的许安。");
    expect(s.caller.steps.map((step) => step.title)).toEqual(["满意度", "预约"]);
    expect(s.caller.closingLines).toEqual(["谢谢您，再见。"]);
  });
});

describe("small marks", () => {
  it("an inch mark after a figure opens no quoted line", () => {
    const doc = [
      "You are Sam from Hillside Vans.",
      "",
      "## Steps",
      "1. Bed: \"Is the rear bed still right for you?\"",
      "   If the customer is taller than 6'1\", then offer the lengthways bed.",
      "2. Close: \"Thanks, bye!\"",
    ].join("\n");
    const steps = parseScenarioText(doc).caller.steps;
    expect(steps[0]?.lines).toEqual(["Is the rear bed still right for you?"]);
    expect(steps[0]?.branches).toHaveLength(1);
  });

  it("a name field in brackets after a description names the callee", () => {
    const persona = ["你扮演小宝爸爸（姓名：贺明），40 岁，开面馆。", "", "## 你担心的", "- 价格"].join("\n");
    expect(readPersonaDraft(persona, () => undefined, []).name).toBe("贺明");
  });
});

describe("a prompt written as plain paragraphs", () => {
  it("reads the FAQ told as 'may ask … Tell them …', the endings told as 'When …, say: “…”' and whom it calls", () => {
    const doc = [
      "You are Sam Ode from Hillside Bakes. You call customers whose bread subscription is paused.",
      "",
      "The customer you're calling is Rita Moss. She paused in May.",
      "",
      "First, ask why: \"What made you pause the bread?\"",
      "",
      "Next, offer a restart: \"Shall I restart it next week?\"",
      "",
      "They may ask whether the loaves are sliced. Tell them yes, on request. They may also ask about delivery days. Tell them Tuesdays and Fridays.",
      "",
      "When the restart is booked, say: \"Lovely, see you Tuesday!\" If they want to wait, say: \"No problem, bye for now!\"",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect(s.caller.knowledgeBase.map((e) => e.question)).toEqual(["whether the loaves are sliced.", "delivery days."]);
    expect(s.caller.endConditions).toEqual(["When the restart is booked", "If they want to wait"]);
    expect(s.caller.closingLines).toEqual(["Lovely, see you Tuesday!", "No problem, bye for now!"]);
    expect(s.callee.name).toBe("Rita Moss");
  });
});

describe("问/答 pairs run on at the end of a paragraph", () => {
  it("are the knowledge base; the paragraph before them stays the role", () => {
    const doc = [
      "你是晴川家政的回访专员许安，语气轻快。常见问题：问：能改时间吗？答：能，提前一天说。问：要付押金吗？答：不用。",
      "",
      "## 通话步骤",
      "1. 问候：“您好，我是晴川家政的许安。”",
      "2. 道别：“谢谢您，再见。”",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect(s.caller.knowledgeBase).toEqual([{ question: "能改时间吗？", answer: "能，提前一天说。" }, { question: "要付押金吗？", answer: "不用。" }]);
    expect(s.caller.role).toBe("你是晴川家政的回访专员许安，语气轻快。");
  });
});

describe("a record opening on a role noun run into the name", () => {
  it("names the callee ('报名人某某，…')", () => {
    const doc = [
      "你是晴川家政的回访专员，名字叫许安。",
      "",
      "客户资料：",
      "- 报名人贺明，报了周六的保洁，已付定金",
      "",
      "## 通话步骤",
      "1. 问候：“您好，我是晴川家政的许安。”",
      "2. 道别：“谢谢您，再见。”",
    ].join("\n");
    expect(parseScenarioText(doc).callee.name).toBe("贺明");
  });
});

describe("a role field written as organisation, title, space, name", () => {
  it("names the caller", () => {
    const doc = [
      "**坐席**：晴川家政的保洁督导 许安（对外叫“小许”）",
      "",
      "## 通话步骤",
      "1. 问候：“您好，我是晴川家政的小许。”",
      "2. 道别：“谢谢您，再见。”",
    ].join("\n");
    const s = parseScenarioText(doc);
    expect(s.caller.name).toBe("许安");
  });
});
